// `reform remind`: whom to chase today and how hard (五级提醒), with advance notices; `--record`
// appends today's new reminders to the reminder log.
import { terminalColumns } from './shared/terminal.js';
import { recordInLog } from './shared/record.js';
import { usageErrors } from './shared/errors.js';
import { withReplay, type RunNotes } from './shared/replay.js';
import { baselineTag } from '../versions/schedule-load.js';
import { refuseBroken } from './shared/open.js';
import { userName } from '../git/repo.js';
import { unitIndex } from '../domain/units.js';
import { openLedgers } from './shared/open.js';
import type { LogEntry } from '../ledger/append-reminders.js';
import type { AtomicWriteHooks } from '../ledger/atomic-write.js';
import { lockWaiting, withLedgerLock, type LedgerLock } from '../ledger/lock.js';
import { calendarFor, uncoveredYears } from '../domain/delay.js';
import {
  buildReminders,
  buildUpcoming,
  contactIndex,
  markSchedule,
  scheduleSummary,
  filterReminders,
  filterUpcoming,
  type RemindFilter,
  type RemindResult,
} from '../domain/reminders.js';
import { isValidDate } from '../domain/dates.js';
import { LEVELS, type Level } from '../schema/kinds.js';
import type { Unit } from '../schema/index.js';
import { EXIT_OK, UsageError } from '../cli/errors.js';
import { RM } from '../render/remind/messages.js';
import { renderRemindText } from '../render/remind/text.js';
import { renderRemindJson } from '../render/remind/json.js';
import { renderRemindMarkdown } from '../render/remind/markdown.js';
import { renderRemindCsv } from '../render/remind/csv.js';
import { renderRemindNotice } from '../render/remind/notice.js';
import { assessAsOf, startEarlySchedule } from './shared/assess.js';
import type { EarlySchedule } from '../versions/schedule-load.js';
import { unreported } from '../domain/unreported.js';
import type { AsOfOptions } from './shared/options.js';

export type RemindFormat = 'text' | 'json' | 'markdown' | 'csv' | 'notice';

export interface RemindOptions extends AsOfOptions {
  unit?: string;
  level?: string;
  new?: boolean;
  format?: RemindFormat;
  record?: boolean;
  by?: string;
  /** For tests: the parse path to force (both must give the same result). */
  parse?: 'auto' | 'full';
  /** For tests: hooks into the atomic write of the reminder log. */
  writeHooks?: AtomicWriteHooks;
  /** For tests: where the git user name comes from (default: `git config user.name`, none when git fails). */
  gitUser?: (cwd: string) => Promise<string | undefined>;
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isValidDate(value)) throw new UsageError(RM.badDate({ value }));
  return value;
}

function checkLevel(value: string | undefined): Level | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (!(LEVELS as readonly string[]).includes(v)) throw new UsageError(RM.unknownLevel({ value }));
  return v as Level;
}

/** The canonical unit name of a name or alias given on the command line. */
function checkUnit(value: string | undefined, units: readonly Unit[]): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const known = unitIndex(units).get(v);
  if (known !== undefined) return known;
  const near = units.find(
    (u) => u.name.includes(v) || v.includes(u.name) || u.aliases?.some((a) => a.includes(v)),
  );
  throw new UsageError(RM.unknownUnit({ value, suggest: near?.name ?? '' }));
}

function render(
  res: RemindResult,
  format: RemindFormat,
  bands: Parameters<typeof renderRemindNotice>[1],
  columns?: number,
): string {
  switch (format) {
    case 'json':
      return renderRemindJson(res);
    case 'markdown':
      return renderRemindMarkdown(res);
    case 'csv':
      return renderRemindCsv(res);
    case 'notice':
      return renderRemindNotice(res, bands);
    default:
      return renderRemindText(res, columns);
  }
}

/** `git config user.name` seen from `cwd` (through git/), or undefined when unset or git fails. */
export function gitUserName(cwd: string): Promise<string | undefined> {
  return userName(cwd).catch(() => undefined);
}

export async function runRemind(
  opts: RemindOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  // Options that need no ledger are checked first: a bad date or level is a usage error even
  // when the ledger is broken.
  const date = checkDate(opts.date);
  const level = checkLevel(opts.level);
  if (!opts.record) {
    if (opts.baselineCache === false) return remind(opts, date, level, out, err);
    // what remind prints depends on the files, today, the options and, through the approved
    // schedule, on git (HEAD, the baseline's commit): replayed when none changed
    const spec = {
      command: 'remind',
      dir: opts.ledgers,
      options: opts,
      now: opts.now,
      gitRevs: (today: string) =>
        opts.baseline === false
          ? undefined
          : [typeof opts.baseline === 'string' ? opts.baseline : baselineTag(date ?? today)],
    };
    return usageErrors(() =>
      withReplay(spec, out, err, (o, e, notes) => remind(opts, date, level, o, e, undefined, notes)),
    );
  }
  // Recording: the whole run (load, compare with the log, append) holds the ledger lock, so a
  // second `--record` waits and then sees this one's entries.
  return usageErrors(() =>
    withLedgerLock(opts.ledgers, (lock) => remind(opts, date, level, out, err, lock), {
      onWait: (h) => err.write(lockWaiting(h) + '\n'),
    }),
  );
}

async function remind(
  opts: RemindOptions,
  date: string | undefined,
  level: Level | undefined,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  lock?: LedgerLock,
  notes?: RunNotes,
): Promise<number> {
  // git is asked what the schedule needs while this process is small (see startSchedule)
  const early = await startEarlySchedule(opts, date);
  // the same git process answers the record of the run (repoState), when it was for this folder
  if (early)
    notes?.git?.(
      early.loc.then(
        (l) => l.state,
        () => undefined,
      ),
    );
  try {
    return await remindWith(opts, date, level, out, err, early, lock, notes);
  } finally {
    early?.close();
  }
}

async function remindWith(
  opts: RemindOptions,
  date: string | undefined,
  level: Level | undefined,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  early: EarlySchedule | undefined,
  lock?: LedgerLock,
  notes?: RunNotes,
): Promise<number> {
  const opened = openLedgers(opts.ledgers, { now: opts.now, parse: opts.parse });
  notes?.loaded(opened.loaded, opened.today);
  const { ledger } = opened.loaded;
  if (opened.errors > 0) return refuseBroken(opened, opts.ledgers, 'remind', err);
  const unit = checkUnit(opts.unit, ledger.units);
  const asOf = date ?? opened.today;
  // A log entry dated after today would fail `reform check` (date-in-future).
  if (opts.record && asOf > opened.today)
    throw new UsageError(RM.recordFuture({ date: asOf, today: opened.today }));
  const { policy } = ledger;
  const workdays = policy.day_count === 'workdays';
  const { statuses, schedule, calendar } = await assessAsOf({
    dir: opts.ledgers,
    loaded: opened.loaded,
    asOf,
    today: opened.today,
    baseline: opts.baseline,
    baselineCache: opts.baselineCache,
    early,
  });
  if (calendar) {
    const years = uncoveredYears(statuses, asOf, calendar);
    if (years.length) {
      err.write(
        RM.uncovered({ years: years.join('、'), from: calendar.years.from, to: calendar.years.to }) + '\n',
      );
    }
  }
  const contacts = contactIndex(ledger.units);
  const filter: RemindFilter = {};
  if (unit) filter.unit = unit;
  if (level) filter.level = level;
  if (opts.new) filter.onlyNew = true;
  const reminders = filterReminders(buildReminders(statuses, ledger.reminders, asOf, contacts), filter);
  const upcoming = filterUpcoming(buildUpcoming(statuses, asOf, policy.prewarn_days, contacts), filter);
  markSchedule(schedule, reminders, upcoming);
  const office = ledger.units.find(
    (u) => u.kind === 'office' && (u.name === policy.office || u.aliases?.includes(policy.office)),
  );
  const res: RemindResult = {
    date: asOf,
    office: policy.office,
    workdays,
    prewarnDays: policy.prewarn_days,
    reminders,
    upcoming,
    filter,
    schedule: scheduleSummary(schedule),
  };
  if (!level && !opts.new) {
    const late = unreported(statuses, asOf, policy.returns_day, calendar ?? calendarFor(policy));
    const units = (unit ? late.units.filter((u) => u.unit === unit) : late.units).map((u) => {
      const contact = contacts.get(u.unit);
      return contact ? { ...u, contact } : u;
    });
    res.unreported = { ...late, units };
  }
  if (office?.contact) res.officeContact = office.contact;

  const columns = terminalColumns(out);
  out.write(render(res, opts.format ?? 'text', policy.bands, columns));

  if (opts.record) {
    const by = opts.by?.trim() || (await (opts.gitUser ?? gitUserName)(opts.ledgers));
    // a circular not yet decided by the committee is a candidate: never logged as issued
    const candidates = reminders.filter((r) => r.isNew && r.confirmed === false);
    if (candidates.length) err.write(RM.candidatesNotRecorded({ n: candidates.length }) + '\n');
    const wanted: LogEntry[] = reminders
      .filter((r) => r.isNew && r.confirmed !== false && !r.deleted)
      .map((r) => ({ date: asOf, item: r.item, level: r.level, to: r.unit, ...(by ? { by } : {}) }));
    const write = { ...opts.writeHooks, tmpDir: lock?.tmpDir };
    const { file, entries } = recordInLog(opts.ledgers, ledger, wanted, write, RM.recordFailed);
    err.write(
      `${entries.length ? RM.recorded({ n: entries.length, file, by: by ?? RM.byUnknown() }) : RM.recordedNone()}\n`,
    );
  }
  return EXIT_OK;
}
