// Loading the approved schedule for a command (remind, report, notices, assess): find the year's
// baseline in git (the tag baseline/<year> of the as-of day, or --baseline REV), read it (from
// the cache keyed by its commit id when there), find the postponements since, give each its
// verdict from the history, and hand all of it to the pure approvedSchedule().
//
//   const schedule = await loadSchedule({ dir, current: opened.loaded, asOf, today });
//   assessAll(schedule.ledger, { asOf, policy });
//
// Without git, or without a baseline for the year, the schedule is the dates as written
// (schedule.basis === 'written', schedule.reason says why); a --baseline git does not know is
// a GitError (the command makes it a usage error, exit 2).
import { FINAL_NODE } from '../domain/delay.js';
import {
  approvedSchedule,
  writtenSchedule,
  type ApprovedSchedule,
  type BaselineInfo,
} from '../domain/schedule.js';
import { GitError, ledgerPathInRepo, resolveRevision, BlobReader } from '../git/index.js';
import type { Loaded } from '../ledger/load.js';
import { baselineFor, readCachedBaseline, toCached, writeCachedBaseline } from './baseline-cache.js';
import { allPostponements, postponementDiff } from '../reconcile/diff.js';
import { prefetchHistory, settleApprovals, type HistoryPrefetch } from './history.js';
import { loadRevision, worktreeVersion, type GitLedgers, type RevisionInfo } from './versions.js';

export interface LoadScheduleOptions {
  /** The ledger folder. */
  dir: string;
  /** Today's ledgers, loaded. */
  current: Loaded;
  asOf: string;
  /** Today in the policy's time zone (the day of a change only in the working tree). */
  today: string;
  /** --baseline REV; default: the tag baseline/<year of asOf>. */
  baseline?: string;
  /** false (--no-baseline): dates as written, git not asked. */
  useBaseline?: boolean;
  /** false: neither read nor write the cache. */
  cache?: boolean;
  /** Where relative folders are taken from (default: process.cwd()). */
  cwd?: string;
  /** The git processes started before the ledgers were loaded (startSchedule), if they were. */
  early?: EarlySchedule;
}

type Location = Awaited<ReturnType<typeof ledgerPathInRepo>>;

/** What startSchedule asked git, for the folder, baseline and time zone it was started for. */
export interface EarlySchedule {
  key: string;
  loc: Promise<Location>;
  /** The history's git commands and the cat-file reader, started when the baseline exists. */
  history?: HistoryPrefetch;
  reader?: BlobReader;
  close(): void;
}

function earlyKey(dir: string, rev: string, cwd: string, timeZone: string): string {
  return JSON.stringify([dir, rev, cwd, timeZone]);
}

/**
 * Asks git, before the ledgers are loaded, what the schedule will need of it: the repository and
 * the baseline's commit, then (when the baseline exists) the commits since it, whether the
 * working tree is as committed, and a cat-file process for the history. Starting a process from a
 * small Node process is cheap; from one holding a large ledger it costs a copy of its memory map
 * each time. Never rejects: loadSchedule meets any error where it would have met it itself, and
 * ignores what was started for another folder, baseline or time zone. Call close() when done.
 */
export async function startSchedule(o: {
  dir: string;
  asOf: string;
  baseline?: string;
  timeZone: string;
  cwd?: string;
}): Promise<EarlySchedule> {
  const cwd = o.cwd ?? process.cwd();
  const rev = o.baseline ?? baselineTag(o.asOf);
  const gopts = { timeZone: o.timeZone };
  // with repoState's answer, for the record of the run (one git process, not two)
  const loc = ledgerPathInRepo(cwd, o.dir, gopts, rev, true);
  const early: EarlySchedule = {
    key: earlyKey(o.dir, rev, cwd, o.timeZone),
    loc,
    close: () => early.reader?.close(),
  };
  const found = await loc.catch(() => undefined);
  const sha = found?.commit?.sha;
  if (found && sha) {
    const reader = BlobReader.open(found.root, gopts);
    early.reader = reader;
    const g = { root: found.root, folder: found.path, reader, opts: gopts, close: () => reader.close() };
    early.history = prefetchHistory(g, { rev, sha, date: '', subject: '' }, undefined);
  }
  return early;
}

/** The tag of a year's approved list. */
export function baselineTag(asOf: string): string {
  return `baseline/${asOf.slice(0, 4)}`;
}

function isNoRepo(err: unknown): boolean {
  return (
    err instanceof GitError &&
    (err.code === 'not-a-repo' ||
      err.code === 'no-folder' ||
      err.code === 'outside-repo' ||
      err.code === 'git-missing')
  );
}

export async function loadSchedule(o: LoadScheduleOptions): Promise<ApprovedSchedule> {
  const current = o.current.ledger;
  if (o.useBaseline === false) return writtenSchedule(current, 'off');
  const timeZone = current.policy.timezone;
  const gopts = { timeZone };
  const rev = o.baseline ?? baselineTag(o.asOf);
  const cwd = o.cwd ?? process.cwd();
  // what was started early is used only when it was started for this very question
  const early = o.early?.key === earlyKey(o.dir, rev, cwd, timeZone) ? o.early : undefined;
  if (o.early && !early) o.early.close();
  let loc: Location;
  try {
    // one git process: the repository, and the baseline's commit
    loc = await (early?.loc ?? ledgerPathInRepo(cwd, o.dir, gopts, rev));
  } catch (err) {
    if (isNoRepo(err)) {
      if (o.baseline !== undefined) throw err;
      return writtenSchedule(current, 'no-git');
    }
    throw err;
  }
  const sha = loc.commit?.sha;
  if (sha === undefined) {
    if (o.baseline === undefined) return writtenSchedule(current, 'no-baseline');
    throw new GitError(loc.commit?.shallow ? 'shallow' : 'unknown-revision', { rev });
  }

  const useCache = o.cache !== false;
  let reader: BlobReader | undefined = early?.reader;
  // git cat-file starts only when the history is read (most postponements need none of it)
  const git = (): GitLedgers => ({
    root: loc.root,
    folder: loc.path,
    get reader() {
      reader ??= BlobReader.open(loc.root, gopts);
      return reader;
    },
    opts: gopts,
    close: () => reader?.close(),
  });
  try {
    const cached = useCache ? readCachedBaseline(loc.root, sha, loc.path) : undefined;
    let info: RevisionInfo;
    // the baseline reduced to what differs from today (the same whether cached or not)
    let baseline = cached && baselineFor(cached, current);
    if (cached && baseline) {
      info = { rev, sha, date: cached.header.date, subject: cached.header.subject };
    } else {
      const c = await resolveRevision(loc.root, sha, gopts);
      info = { rev, sha, date: c.date, subject: c.subject };
      const older = await loadRevision(git(), info);
      const errors = older.loaded.findings.filter((f) => f.severity === 'error').length;
      const fresh = toCached(
        older.loaded.ledger,
        { sha, folder: loc.path, date: c.date, subject: c.subject },
        older.loaded.knownIds,
        errors,
      );
      if (useCache) writeCachedBaseline(loc.root, sha, loc.path, fresh.bytes);
      baseline = baselineFor(fresh.data, current)!;
    }
    const diff = postponementDiff(baseline, current, {
      // (which baseline ids were unreadable does not matter here: only removals are listed, and
      // an id unreadable today is not removed)
      knownAfter: o.current.knownIds,
    });
    if (allPostponements(diff).length) {
      const g = git();
      await settleApprovals(diff, {
        git: g,
        from: info,
        to: worktreeVersion(g, o.dir, o.current),
        today: o.today,
        shallow: loc.commit?.shallow,
        ...(early?.history ? { prefetch: early.history } : {}),
      });
    }
    const binfo: BaselineInfo = { rev, sha, date: info.date };
    return approvedSchedule({ current, baseline, diff, info: binfo, finalNames: FINAL_NODE });
  } finally {
    reader?.close();
  }
}
