// `reform reconcile --period 2026H1|2026H2|2026`: the ledger reconciled against the approved list
// (照单收账、对账销号). The baseline is a git revision (default: the tag baseline/<year>) or a
// ledger folder; `--close` writes close-outs, `--carry-over` (whole year) carry-overs.
import { terminalColumns } from './shared/terminal.js';
import { usageErrors } from './shared/errors.js';
import { refuseBroken } from './shared/open.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../cli/errors.js';
import { calendarFor } from '../domain/delay.js';
import { isValidDate, minDate } from '../domain/dates.js';
import { isShallow, tagExists } from '../git/index.js';
import { messagesOf } from '../i18n/index.js';
import type { AtomicWriteHooks } from '../ledger/atomic-write.js';
import { isDirectory } from '../ledger/files.js';
import { loadLedgers, type Loaded } from '../ledger/load.js';
import { lockWaiting, withLedgerLock, type LedgerLock } from '../ledger/lock.js';
import { openLedgers } from './shared/open.js';
import { planCloseOut } from '../reconcile/close.js';
import { writeCloseOut } from '../ledger/close-out.js';
import { diffLedgers } from '../reconcile/diff.js';
import {
  prefetchHistory,
  settleApprovals,
  settleWithoutHistory,
  type HistoryPrefetch,
} from '../versions/history.js';
import { parsePeriod, type Period } from '../reconcile/period.js';
import { reconcile } from '../reconcile/reconcile.js';
import type { ReconcileReport } from '../reconcile/reconcile-report.js';
import {
  loadRevision,
  openGitLedgers,
  policyTimeZone,
  revisionInfo,
  worktreeVersion,
  type GitLedgers,
  type RevisionInfo,
} from '../versions/versions.js';
import { renderReconcileCsv } from '../render/reconcile/csv.js';
import { renderReconcileJson } from '../render/reconcile/json.js';
import { renderReconcileMarkdown } from '../render/reconcile/markdown.js';
import { renderReconcileText } from '../render/reconcile/text.js';

const M = messagesOf('reconcileCommand');

export type ReconcileFormat = 'text' | 'markdown' | 'json' | 'csv';

export interface ReconcileOptions {
  ledgers: string;
  period?: string;
  baseline?: string;
  format?: ReconcileFormat;
  /** Today (YYYY-MM-DD); default: today in the policy's time zone. */
  date?: string;
  close?: boolean;
  carryOver?: boolean;
  dryRun?: boolean;
  /** For tests: the clock. */
  now?: Date;
  /** For tests: hooks into the atomic writes. */
  writeHooks?: AtomicWriteHooks;
}

interface Baseline {
  loaded: Loaded;
  revision?: RevisionInfo;
  folder?: string;
}

function render(report: ReconcileReport, format: ReconcileFormat, columns?: number): string {
  switch (format) {
    case 'json':
      return renderReconcileJson(report);
    case 'markdown':
      return renderReconcileMarkdown(report);
    case 'csv':
      return renderReconcileCsv(report);
    default:
      return renderReconcileText(report, columns);
  }
}

export function runReconcile(
  opts: ReconcileOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  return usageErrors(() => reconcileCommand(opts, out, err));
}

async function reconcileCommand(
  opts: ReconcileOptions,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  if (opts.period === undefined) throw new UsageError(M.noPeriod());
  const period = parsePeriod(opts.period);
  if (!period) throw new UsageError(M.badPeriod({ value: opts.period }));
  if (opts.date !== undefined && !isValidDate(opts.date))
    throw new UsageError(M.badDate({ value: opts.date }));
  if (opts.carryOver && period.half) throw new UsageError(M.carryHalf({ year: period.year }));
  // Writing close-outs or carry-overs: the whole run holds the ledger lock, so the ledger read
  // below is the one the edits are made to.
  if ((opts.close || opts.carryOver) && !opts.dryRun)
    return withLedgerLock(opts.ledgers, (lock) => reconcileRun(opts, period, out, err, lock), {
      onWait: (h) => err.write(lockWaiting(h) + '\n'),
    });
  return reconcileRun(opts, period, out, err);
}

interface BaselineRevision {
  git?: GitLedgers;
  info?: RevisionInfo;
  prefetch?: HistoryPrefetch;
}

/**
 * git is asked first (the baseline's revision, and in the background the history of the ledger
 * folder), so that a missing tag stops us before any work. Nothing is opened for a folder baseline.
 */
async function baselineRevision(opts: ReconcileOptions, period: Period): Promise<BaselineRevision> {
  if (opts.baseline !== undefined && isDirectory(opts.baseline)) return {};
  const git = await openGitLedgers(opts.ledgers, { timeZone: policyTimeZone(opts.ledgers) });
  try {
    const rev = opts.baseline ?? `baseline/${period.year}`;
    if (opts.baseline === undefined && !(await tagExists(git.root, rev, git.opts))) {
      const shallow = await isShallow(git.root, git.opts);
      throw new UsageError(shallow ? M.noTagShallow({ tag: rev }) : M.noTag({ tag: rev }));
    }
    const info = await revisionInfo(git, rev);
    return { git, info, prefetch: prefetchHistory(git, info, undefined) };
  } catch (err) {
    git.close();
    throw err;
  }
}

/** The baseline and what changed since, each postponement judged (from the history when in git). Closes git. */
async function sinceBaseline(
  opts: ReconcileOptions,
  { git, info, prefetch }: BaselineRevision,
  current: Loaded,
  today: string,
): Promise<{ baseline: Baseline; diff: ReturnType<typeof diffLedgers> }> {
  if (!git || !info) {
    const loaded = loadLedgers(opts.baseline!);
    const diff = diffLedgers(loaded.ledger, current.ledger, {
      knownBefore: loaded.knownIds,
      knownAfter: current.knownIds,
    });
    settleWithoutHistory(diff, today);
    return { baseline: { loaded, folder: opts.baseline }, diff };
  }
  try {
    const older = await loadRevision(git, info);
    const diff = diffLedgers(older.loaded.ledger, current.ledger, {
      knownBefore: older.loaded.knownIds,
      knownAfter: current.knownIds,
    });
    const to = worktreeVersion(git, opts.ledgers, current);
    await settleApprovals(diff, { git, from: info, to, today, prefetch });
    return { baseline: { loaded: older.loaded, revision: info }, diff };
  } finally {
    git.close();
  }
}

async function reconcileRun(
  opts: ReconcileOptions,
  period: Period,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  lock?: LedgerLock,
): Promise<number> {
  const { git, info, prefetch } = await baselineRevision(opts, period);
  const stop = () => git?.close();
  let opened: ReturnType<typeof openLedgers>;
  try {
    opened = openLedgers(opts.ledgers, { now: opts.now });
  } catch (err) {
    stop();
    throw err;
  }
  if (opened.errors > 0) {
    stop();
    return refuseBroken(opened, opts.ledgers, 'reconcile', err);
  }
  const current = opened.loaded;
  const today = opts.date ?? opened.today;
  const writing = !!(opts.close || opts.carryOver);
  if (writing && !opts.dryRun && today > opened.today) {
    stop();
    throw new UsageError(M.writeFuture({ date: today, today: opened.today }));
  }
  // carried only at year end (接转上一年度因客观原因未完成的任务): before, nothing is written
  if (opts.carryOver && today < `${period.year}-12-31`) {
    stop();
    throw new UsageError(M.carryBeforeYearEnd({ date: today, end: `${period.year}-12-31` }));
  }
  const asOf = minDate(period.end, today);
  const { policy } = current.ledger;

  const { baseline, diff } = await sinceBaseline(opts, { git, info, prefetch }, current, today);
  const baselineErrors = baseline.loaded.findings.filter((f) => f.severity === 'error').length;
  if (baselineErrors) err.write(M.brokenBaseline({ n: baselineErrors }) + '\n');

  const workdays = policy.day_count === 'workdays';
  const r = reconcile(baseline.loaded.ledger, current.ledger, diff, {
    period,
    asOf,
    policy,
    calendar: workdays ? calendarFor(policy) : undefined,
  });
  const report: ReconcileReport = {
    reconciliation: r,
    baseline: baseline.revision ? { revision: baseline.revision } : { folder: baseline.folder! },
    today,
    early: today < period.end,
    workdays,
  };
  if (writing) {
    const plans = planCloseOut(r, current, { close: !!opts.close, carryOver: !!opts.carryOver, on: today });
    report.closeOut = writeCloseOut(plans, {
      dryRun: !!opts.dryRun,
      hooks: { ...opts.writeHooks, tmpDir: lock?.tmpDir },
    });
  }
  out.write(render(report, opts.format ?? 'text', terminalColumns(out)));
  const failed = report.closeOut?.files.filter((f) => f.error) ?? [];
  for (const f of failed) err.write(M.writeFailed({ file: f.file, reason: f.error! }) + '\n');
  return failed.length ? EXIT_USAGE : EXIT_OK;
}
