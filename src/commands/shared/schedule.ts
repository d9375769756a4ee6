// The approved schedule (年初批准的清单) as the assessment needs it: unapproved postponements,
// items deleted since the baseline, and the entries as they are judged (unapproved moves undone).
// It is found the way `reform reconcile` finds it: the baseline is a git revision (default: the
// tag baseline/<year>) or a ledger folder, the two versions are diffed and every postponement is
// judged against the history. This is the one function to change when the source changes.
import { isDirectory } from '../../ledger/files.js';
import { loadLedgers, type Loaded } from '../../ledger/load.js';
import { allPostponements, diffLedgers, type LedgerDiff } from '../../reconcile/diff.js';
import { settleApprovals, settleWithoutHistory } from '../../reconcile/history.js';
import { effectiveEntry } from '../../reconcile/reconcile.js';
import {
  gitUsage,
  loadRevision,
  openGitLedgers,
  revisionInfo,
  worktreeVersion,
} from '../../reconcile/versions.js';
import { tagExists } from '../../git/index.js';
import { unitIndex } from '../../domain/units.js';
import type { LedgerName } from '../../domain/delay.js';
import type { ScheduleInputs } from '../../assess/schedule.js';
import type { Pilot, Problem, Task } from '../../schema/index.js';

export interface ScheduleSource {
  /** What the baseline was: the revision or folder given, or the default tag. */
  baseline?: string;
  schedule?: ScheduleInputs;
}

function toInputs(diff: LedgerDiff, current: Loaded, asOf: string): ScheduleInputs {
  const names = unitIndex(current.ledger.units);
  const canon = (n: string) => names.get(n) ?? n;
  const out: ScheduleInputs = { postponements: [], deleted: [], effective: new Map() };
  const effective = out.effective as Map<string, Task | Pilot | Problem>;
  for (const { entry, postponement: p } of allPostponements(diff)) {
    if (entry.kind === 'units' || p.verdict?.status === 'approved') continue;
    out.postponements.push({
      item: entry.id,
      ledger: entry.kind,
      node: p.node,
      date: p.changedOn ?? asOf,
      from: p.from,
      to: p.to,
    });
  }
  for (const kind of ['tasks', 'pilots', 'problems'] as const) {
    for (const c of diff[kind].changed) {
      const judged = effectiveEntry(kind, c.before as Task, c.entry as Task, c.postponements);
      if (judged !== c.entry) effective.set(c.id, judged);
    }
    for (const r of diff[kind].removed) {
      const e = r.entry as Task | Pilot;
      out.deleted.push({
        item: r.id,
        ledger: kind as LedgerName,
        title: r.title,
        unit: canon(r.unit),
        responsible: kind === 'problems' ? [] : (e.responsible_units ?? []).map(canon),
        date: asOf,
      });
    }
  }
  return out;
}

/**
 * The schedule for the year, or no schedule when no baseline was given and the default tag does
 * not exist (the two rules that need it are then reported as not applied).
 */
export async function loadSchedule(
  dir: string,
  current: Loaded,
  opts: { year: number; asOf: string; today: string; baseline?: string; timeZone: string },
): Promise<ScheduleSource> {
  if (opts.baseline !== undefined && isDirectory(opts.baseline)) {
    const loaded = loadLedgers(opts.baseline);
    const diff = diffLedgers(loaded.ledger, current.ledger, {
      knownBefore: loaded.knownIds,
      knownAfter: current.knownIds,
    });
    settleWithoutHistory(diff, opts.today);
    return { baseline: opts.baseline, schedule: toInputs(diff, current, opts.asOf) };
  }
  const rev = opts.baseline ?? `baseline/${opts.year}`;
  let git: Awaited<ReturnType<typeof openGitLedgers>>;
  try {
    git = await openGitLedgers(dir, { timeZone: opts.timeZone });
  } catch (err) {
    if (opts.baseline === undefined) return {}; // not a repository: no default baseline
    throw err;
  }
  try {
    const g = git;
    if (opts.baseline === undefined && !(await gitUsage(() => tagExists(g.root, rev, g.opts)))) return {};
    const info = await revisionInfo(git, rev);
    const older = await loadRevision(git, info, current);
    const diff = diffLedgers(older.loaded.ledger, current.ledger, {
      knownBefore: older.loaded.knownIds,
      knownAfter: current.knownIds,
    });
    await settleApprovals(diff, {
      git,
      from: info,
      to: worktreeVersion(git, dir, current),
      today: opts.today,
    });
    return { baseline: rev, schedule: toInputs(diff, current, opts.asOf) };
  } finally {
    git.close();
  }
}
