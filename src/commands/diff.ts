// `reform diff [FROM] [TO]`: the semantic diff of the ledgers between two git revisions
// (default: HEAD against the working tree; `FROM..TO` also accepted).
import { writtenEntry } from '../ledger/written.js';
import { usageErrors } from './shared/errors.js';
import { UsageError, EXIT_OK } from '../cli/errors.js';
import type { GitOptions } from '../git/index.js';
import { todayFor } from './shared/today.js';
import { messagesOf } from '../i18n/index.js';
import { loadLedgers } from '../ledger/load.js';
import { diffLedgers, DIFF_KINDS, type LedgerDiff } from '../reconcile/diff.js';
import type { DiffReport } from '../reconcile/diff-report.js';
import { prefetchHistory, settleApprovals } from '../versions/history.js';
import {
  loadRevision,
  openGitLedgers,
  policyTimeZone,
  problemCount,
  revisionInfo,
  worktreeVersion,
  type Version,
} from '../versions/versions.js';
import { renderDiffJson } from '../render/diff/json.js';
import { renderDiffMarkdown } from '../render/diff/markdown.js';
import { renderDiffText } from '../render/diff/text.js';

const M = messagesOf('diffCommand');

export interface DiffCommandOptions {
  ledgers: string;
  format: 'text' | 'markdown' | 'json';
  from?: string;
  to?: string;
  /** For tests: the clock (today decides the day of a change still in the working tree). */
  now?: Date;
  /** For tests: how git is run. */
  git?: GitOptions;
}

/** FROM and TO from the arguments: `A B`, `A..B`, `A..` (to HEAD), `..B` (from HEAD), `A` (to the working tree). */
export function parseRange(from: string | undefined, to: string | undefined): { from: string; to?: string } {
  if (from !== undefined) {
    const i = from.indexOf('..');
    if (i >= 0 && from[i + 2] !== '.') {
      if (to !== undefined) throw new UsageError(M.range({ spec: from, to }));
      return { from: from.slice(0, i) || 'HEAD', to: from.slice(i + 2) || 'HEAD' };
    }
  }
  return { from: from ?? 'HEAD', to };
}

/** The file of each entry: the newer version's, or for a removed entry the older one's. */
export function locateRefs(diff: LedgerDiff, older: Version, newer: Version): void {
  for (const kind of DIFF_KINDS) {
    for (const r of [...diff[kind].added, ...diff[kind].changed]) r.file = newer.loaded.origin(r.entry)?.file;
    for (const r of diff[kind].removed) r.file = older.loaded.origin(r.entry)?.file;
  }
}

export function runDiff(
  opts: DiffCommandOptions,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  return usageErrors(() => diff(opts, out));
}

async function diff(opts: DiffCommandOptions, out: NodeJS.WritableStream): Promise<number> {
  const range = parseRange(opts.from, opts.to);
  const timeZone = policyTimeZone(opts.ledgers);
  const git = await openGitLedgers(opts.ledgers, { ...opts.git, timeZone });
  try {
    const fromInfo = await revisionInfo(git, range.from);
    const toInfo = range.to === undefined ? undefined : await revisionInfo(git, range.to);
    const prefetch = prefetchHistory(git, fromInfo, toInfo);
    const newer = toInfo
      ? await loadRevision(git, toInfo)
      : worktreeVersion(git, opts.ledgers, loadLedgers(opts.ledgers));
    const older = await loadRevision(git, fromInfo);
    const diff = diffLedgers(older.loaded.ledger, newer.loaded.ledger, {
      knownBefore: older.loaded.knownIds,
      knownAfter: newer.loaded.knownIds,
      written: writtenEntry,
    });
    locateRefs(diff, older, newer);
    await settleApprovals(diff, {
      git,
      from: fromInfo,
      to: newer,
      today: todayFor(timeZone, opts.now),
      prefetch,
    });
    const report: DiffReport = {
      from: fromInfo,
      to: newer.revision,
      diff,
      problems: { older: problemCount(older.loaded), newer: problemCount(newer.loaded) },
    };
    const text =
      opts.format === 'json'
        ? renderDiffJson(report)
        : opts.format === 'markdown'
          ? renderDiffMarkdown(report)
          : renderDiffText(report);
    out.write(text);
    return EXIT_OK;
  } finally {
    git.close();
  }
}
