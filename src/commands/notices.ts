// `reform notices`: the urging chain as documents (公文), one file per document in a folder:
// 预告提醒短信, 电话提醒, 书面催办通知, 现场督办通知, 报请确认通报的请示, 通报, 约谈通知, 整改督办通知,
// in docx (GB/T 9704 layout), md or txt; `--record` logs what was issued, under the ledger lock.
import { existsSync, statSync } from 'node:fs';
import { recordInLog } from './shared/record.js';
import { refuseBroken } from './shared/open.js';
import { join } from 'node:path';
import { openLedgers } from './shared/open.js';
import type { LogEntry } from '../ledger/append-reminders.js';
import type { Policy } from '../schema/index.js';
import { lockWaiting, withLedgerLock, type LedgerLock } from '../ledger/lock.js';
import { assessAll, calendarFor } from '../domain/delay.js';
import {
  buildReminders,
  buildUpcoming,
  contactIndex,
  markSchedule,
  type ReminderRow,
} from '../domain/reminders.js';
import { addDays, isValidDate } from '../domain/dates.js';
import { unitIndex } from '../domain/units.js';
import type { WorkdayCalendar } from '../domain/workdays.js';
import { createWorkdayCalendar } from '../domain/workdays.js';
import { EXIT_OK, UsageError } from '../cli/errors.js';
import { messagesOf, t } from '../i18n/index.js';
import { officeIdentity } from '../documents/identity.js';
import type { OfficialDocument } from '../documents/model.js';
import { buildChain, DOC_KINDS, type DocKind } from '../render/documents/chain.js';
import { renderDocText } from '../render/documents/text.js';
import { renderDocMarkdown } from '../render/documents/markdown.js';
import { renderDocx } from '../render/documents/docx.js';
import { scheduleOf } from './shared/assess.js';
import { gitUserName } from './remind.js';
import type { AsOfOptions } from './shared/options.js';
import { makeOutputDir, writeOutputFile } from './shared/output.js';

const M = messagesOf('notices');

export type NoticeFormat = 'docx' | 'md' | 'txt';

export interface NoticesOptions extends AsOfOptions {
  kind?: string[];
  unit?: string;
  format?: NoticeFormat;
  output?: string;
  record?: boolean;
  by?: string;
  gitUser?: (cwd: string) => Promise<string | undefined>;
}

function checkKinds(values: readonly string[] | undefined): DocKind[] {
  const out: DocKind[] = [];
  for (const v of (values ?? []).flatMap((x) => x.split(','))) {
    const k = v.trim();
    if (!k) continue;
    if (!(DOC_KINDS as readonly string[]).includes(k))
      throw new UsageError(M.badKind({ value: k, kinds: DOC_KINDS.join(', ') }));
    out.push(k as DocKind);
  }
  return out;
}

/** N working days after the day (weekends and holidays skipped); calendar data or weekends only. */
function replyDate(calendar: WorkdayCalendar, date: string, n: number): string {
  let d = date;
  for (let i = 0; i < n; ) {
    d = addDays(d, 1);
    if (calendar.isWorkday(d)) i++;
  }
  return d;
}

function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_');
}

export function fileName(doc: OfficialDocument, ext: string): string {
  const kind = t().documentChain.fileKinds[doc.kind] ?? doc.kind;
  return `${doc.date}-${kind}${doc.subject ? `-${safeName(doc.subject)}` : ''}.${ext}`;
}

/** The log entries of what a document issued: one per item and unit, at the level it acts on. */
function logEntries(doc: OfficialDocument, rows: readonly ReminderRow[], by: string | undefined): LogEntry[] {
  const level: Partial<Record<DocKind, (r: ReminderRow) => string | undefined>> = {
    phone: () => 'phone',
    written: () => 'written',
    onsite: () => 'onsite',
    circular: () => 'circular',
    interview: () => 'interview',
    rectify: (r) => (r.level === 'circular' || r.level === 'interview' ? 'onsite' : r.level),
  };
  const f = level[doc.kind as DocKind];
  if (!f) return [];
  const note = `${t().documentChain.fileKinds[doc.kind]}${doc.number && !/〔\d{4}〕\s*　*号$/.test(doc.number) ? `（${doc.number}）` : ''}`;
  return rows.map((r) => ({
    date: doc.date,
    item: r.item,
    level: f(r)!,
    to: r.unit,
    ...(by ? { by } : {}),
    note,
  }));
}

export async function runNotices(
  opts: NoticesOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  if (opts.date !== undefined && !isValidDate(opts.date))
    throw new UsageError(M.badDate({ value: opts.date }));
  const kinds = checkKinds(opts.kind);
  const format = opts.format ?? 'docx';
  if (!['docx', 'md', 'txt'].includes(format)) throw new UsageError(M.badFormat({ value: format }));
  if (!opts.output) throw new UsageError(M.noOutput());
  if (existsSync(opts.output) && !statSync(opts.output).isDirectory())
    throw new UsageError(M.notDir({ dir: opts.output }));
  if (!opts.record) return notices(opts, kinds, format, out, err);
  return withLedgerLock(opts.ledgers, (lock) => notices(opts, kinds, format, out, err, lock), {
    onWait: (h) => err.write(`${lockWaiting(h)}\n`),
  });
}

async function notices(
  opts: NoticesOptions,
  kinds: DocKind[],
  format: NoticeFormat,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  lock?: LedgerLock,
): Promise<number> {
  const opened = openLedgers(opts.ledgers, { now: opts.now });
  const { ledger } = opened.loaded;
  if (opened.errors > 0) return refuseBroken(opened, opts.ledgers, 'notices', err);
  let unit: string | undefined;
  if (opts.unit !== undefined) {
    unit = unitIndex(ledger.units).get(opts.unit.trim());
    if (!unit) throw new UsageError(M.unknownUnit({ value: opts.unit }));
  }
  const asOf = opts.date ?? opened.today;
  if (opts.record && asOf > opened.today)
    throw new UsageError(M.recordFuture({ date: asOf, today: opened.today }));
  const { policy } = ledger;
  const workdays = policy.day_count === 'workdays';
  const calendar = calendarOf(policy);
  const schedule = await scheduleOf(opts, opened, asOf);
  const statuses = assessAll(schedule.ledger, { asOf, policy, calendar: workdays ? calendar : undefined });
  const contacts = contactIndex(ledger.units);
  let reminders = buildReminders(statuses, ledger.reminders, asOf, contacts).filter((r) => !r.deleted);
  let upcoming = buildUpcoming(statuses, asOf, policy.prewarn_days, contacts);
  markSchedule(schedule, reminders, upcoming);
  if (unit) {
    reminders = reminders.filter((r) => r.unit === unit);
    upcoming = upcoming.filter((r) => r.unit === unit);
  }
  const docs = buildChain({
    date: asOf,
    identity: officeIdentity(policy, ledger.units),
    units: ledger.units,
    reminders,
    upcoming,
    log: ledger.reminders,
    bands: policy.bands,
    prewarnDays: policy.prewarn_days,
    workdays,
    replyBy: (n) => replyDate(calendar, asOf, n),
    kinds,
  });
  if (unit) for (const d of docs) if (d.kind === 'request' || d.kind === 'circular') d.subject ||= unit;

  await writeDocs(docs, format, opts.output!, out);
  err.write(`${docs.length ? M.written({ n: docs.length, dir: opts.output! }) : M.none({ date: asOf })}\n`);

  if (opts.record) {
    const by = opts.by?.trim() || (await (opts.gitUser ?? gitUserName)(opts.ledgers));
    const wanted = docs.flatMap((doc) => logEntries(doc, itemsOf(doc, reminders), by));
    const { file, entries } = recordInLog(
      opts.ledgers,
      ledger,
      wanted,
      { tmpDir: lock?.tmpDir },
      M.recordFailed,
    );
    err.write(`${entries.length ? M.recorded({ n: entries.length, file }) : M.recordedNone()}\n`);
  }
  return EXIT_OK;
}

/** The policy's workday calendar (its holidays and make-up days); a bad one is a usage error. */
function calendarOf(policy: Policy): WorkdayCalendar {
  try {
    return policy.day_count === 'workdays'
      ? calendarFor(policy)
      : createWorkdayCalendar(policy.calendar ?? {});
  } catch (e) {
    throw new UsageError(M.badCalendar({ reason: e instanceof Error ? e.message : String(e) }));
  }
}

/** Each document into its own file in `dir` (a second file of the same name gets -2, -3, …). */
async function writeDocs(
  docs: readonly OfficialDocument[],
  format: NoticeFormat,
  dir: string,
  out: NodeJS.WritableStream,
): Promise<void> {
  makeOutputDir(dir);
  const used = new Set<string>();
  for (const doc of docs) {
    let name = fileName(doc, format);
    for (let i = 2; used.has(name); i++) name = fileName(doc, format).replace(/\.(\w+)$/, `-${i}.$1`);
    used.add(name);
    const path = join(dir, name);
    const data =
      format === 'docx'
        ? await renderDocx(doc)
        : format === 'md'
          ? renderDocMarkdown(doc)
          : renderDocText(doc);
    writeOutputFile(path, data);
    out.write(`${path}\n`);
  }
}

/** The reminder rows a document acts on (its ids in the body). */
function itemsOf(doc: OfficialDocument, rows: readonly ReminderRow[]): ReminderRow[] {
  const text = JSON.stringify(doc.body);
  return rows.filter((r) => {
    if (!text.includes(`（${r.item}）`)) return false;
    if (doc.subject && doc.kind !== 'circular' && doc.kind !== 'phone' && doc.kind !== 'prewarn')
      return r.unit === doc.subject;
    if (doc.kind === 'phone') return r.level === 'phone';
    return true;
  });
}
