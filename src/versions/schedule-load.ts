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
import { settleApprovals } from './history.js';
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
  let loc: Awaited<ReturnType<typeof ledgerPathInRepo>>;
  try {
    // one git process: the repository, and the baseline's commit
    loc = await ledgerPathInRepo(o.cwd ?? process.cwd(), o.dir, gopts, rev);
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
  let reader: BlobReader | undefined;
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
      });
    }
    const binfo: BaselineInfo = { rev, sha, date: info.date };
    return approvedSchedule({ current, baseline, diff, info: binfo, finalNames: FINAL_NODE });
  } finally {
    reader?.close();
  }
}
