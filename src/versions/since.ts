// `reform check --since REV`: unapproved postponements and deleted entries since a revision, as
// findings located at the entry in the current files (a deleted entry: at the list it was in).
import type { Finding, PathSeg } from '../diagnostics/types.js';
import type { Loaded } from '../ledger/load.js';
import type { Task, Pilot } from '../schema/index.js';
import { verdictParams } from '../reconcile/approval.js';
import { diffLedgers, type EntryChange, type LedgerDiff, type Postponement } from '../reconcile/diff.js';
import { prefetchHistory, settleApprovals, type HistoryPrefetch } from './history.js';
import {
  loadRevision,
  openGitLedgers,
  policyTimeZone,
  revisionInfo,
  worktreeVersion,
  type RevisionInfo,
  type Version,
} from './versions.js';

const LEDGERS = ['tasks', 'pilots', 'problems'] as const;

/** Where a postponed field is inside its entry. */
export function fieldPath(c: EntryChange, p: Postponement): PathSeg[] {
  if (!p.field.startsWith('milestones.')) return [p.field];
  const name = p.field.slice('milestones.'.length);
  const i = ((c.entry as Task | Pilot).milestones ?? []).findIndex((m) => m.name === name);
  return i >= 0 ? ['milestones', i, 'due'] : ['milestones'];
}

export interface SinceRun {
  /** The findings, once the working tree is loaded (the revision is read meanwhile). */
  findings(loaded: Loaded, today: string): Promise<Finding[]>;
  cancel(): void;
}

/**
 * Resolves `rev` for the ledger folder `dir` (a revision git does not have stops here, before
 * any work) and starts asking git for the history; call findings() after loading the working tree.
 */
export async function startSince(dir: string, rev: string): Promise<SinceRun> {
  const git = await openGitLedgers(dir, { timeZone: policyTimeZone(dir) });
  let info: RevisionInfo;
  let prefetch: HistoryPrefetch;
  try {
    info = await revisionInfo(git, rev);
    prefetch = prefetchHistory(git, info, undefined);
  } catch (err) {
    git.close();
    throw err;
  }
  return {
    cancel() {
      git.close();
    },
    async findings(loaded, today) {
      try {
        const newer = worktreeVersion(git, dir, loaded);
        const older = await loadRevision(git, info);
        const diff = diffLedgers(older.loaded.ledger, loaded.ledger, {
          knownBefore: older.loaded.knownIds,
          knownAfter: loaded.knownIds,
        });
        await settleApprovals(diff, { git, from: info, to: newer, today, prefetch });
        return historyFindings(diff, dir, loaded, newer, older, rev);
      } finally {
        git.close();
      }
    },
  };
}

function historyFindings(
  diff: LedgerDiff,
  dir: string,
  loaded: Loaded,
  newer: Version,
  older: Version,
  rev: string,
): Finding[] {
  const currentFiles = new Map<string, string>();
  for (const f of loaded.files) {
    const rp = newer.repoPath(f.file);
    if (rp) currentFiles.set(rp, f.file);
  }
  const out: Finding[] = [];
  for (const kind of LEDGERS) {
    for (const c of diff[kind].changed) {
      const o = loaded.origin(c.entry);
      if (!o) continue;
      for (const p of c.postponements) {
        const approved = p.verdict?.status === 'approved';
        // an approval recorded after the change (with its ref) is always listed for review
        if (approved && !p.verdict?.late) continue;
        out.push({
          severity: approved ? 'warning' : 'error',
          code: approved ? 'late-record' : 'unapproved-postponement',
          file: o.file,
          path: [...o.path, ...fieldPath(c, p)],
          params: { ...verdictParams(p), field: p.field, from: p.from, to: p.to },
        });
      }
    }
    for (const r of diff[kind].removed) {
      const o = older.loaded.origin(r.entry);
      // the same file in the working tree, when it is still there (named as check names it)
      const repoPath = o ? older.repoPath(o.file) : undefined;
      const file = (repoPath && currentFiles.get(repoPath)) ?? o?.file ?? dir;
      out.push({
        severity: 'error',
        code: 'entry-removed',
        file,
        path: [kind],
        at: 'key',
        params: { id: r.id, rev },
      });
    }
  }
  return out;
}
