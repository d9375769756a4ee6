// The versions of the ledgers a diff or reconciliation compares: a git revision read through the
// one BlobReader, or the working tree on disk. Git problems are thrown as GitErrors; the
// command turns them into messages that say what to do.
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import {
  BlobReader,
  ledgerPathInRepo,
  resolveRevision,
  type CommitInfo,
  type GitOptions,
} from '../git/index.js';
import { readFileSync } from 'node:fs';
import { runGit } from '../git/run-git.js';
import { defaultsPolicy, loadTexts, type Loaded } from '../ledger/load.js';
import { openCache } from '../ledger/cache.js';
import { ledgerFiles } from '../ledger/files.js';
import { readRevision } from './at-revision.js';
import type { RevisionInfo } from '../reconcile/diff-report.js';

export type { RevisionInfo };

export interface Version {
  /** Undefined for the working tree. */
  revision?: RevisionInfo;
  loaded: Loaded;
  /** Path inside the repository of a file of `loaded`. */
  repoPath(file: string): string | undefined;
}

export interface GitLedgers {
  root: string;
  /** The ledger folder relative to the repository root ('.' for the root). */
  folder: string;
  reader: BlobReader;
  opts: GitOptions;
  close(): void;
}

/** The repository holding the ledger folder `dir` and one BlobReader over it. */
export async function openGitLedgers(
  dir: string,
  opts: GitOptions = {},
  cwd = process.cwd(),
): Promise<GitLedgers> {
  const loc = await ledgerPathInRepo(cwd, dir, opts);
  const reader = BlobReader.open(loc.root, opts);
  return { root: loc.root, folder: loc.path, reader, opts, close: () => reader.close() };
}

export async function revisionInfo(g: GitLedgers, rev: string): Promise<RevisionInfo> {
  const c: CommitInfo = await resolveRevision(g.root, rev, g.opts);
  return { rev, sha: c.sha, date: c.date, subject: c.subject };
}

/**
 * The ledgers at a revision, parsed whole, or read back from the parse cache: it is keyed by each
 * file's bytes, so a blob parsed once (the baseline, yesterday's HEAD) is not parsed again, and
 * `--no-cache` turns it off as for the working tree. (Reusing the entries of another version whose
 * text was unchanged measured slower than parsing again, 1.50× at 20,000 tasks, and was removed;
 * issue 12.)
 */
export async function loadRevision(g: GitLedgers, info: RevisionInfo): Promise<Version> {
  const { sources, repoPaths } = await readRevision(g.reader, g.root, info.sha, g.folder, g.opts);
  const loaded = loadTexts(sources, g.folder, { cache: openCache(g.root) ?? false });
  return { revision: info, loaded, repoPath: (f) => repoPaths.get(f) };
}

/** The working tree's ledgers (already loaded from `dir`) as a Version. */
export function worktreeVersion(g: GitLedgers, dir: string, loaded: Loaded): Version {
  const base = resolve(dir);
  return {
    loaded,
    repoPath: (file) => {
      const rel = relative(base, resolve(file));
      if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
      const inside = rel.split(sep).join('/');
      return g.folder === '.' ? inside : posix.join(g.folder, inside);
    },
  };
}

/** The policy's time zone from the working tree's policy.yaml (commit days are counted in it). */
export function policyTimeZone(dir: string): string {
  const abs = resolve(dir);
  const files = ledgerFiles(abs).filter((f) => f.kind === 'policy' && !f.problem);
  if (!files.length) return defaultsPolicy().timezone;
  try {
    // through the parse cache, as the ledgers are loaded: a warm run validates no policy again
    const sources = files.map((f) => ({ kind: f.kind, file: f.abs, bytes: readFileSync(f.abs) }));
    const loaded = loadTexts(sources, '', { cache: openCache(abs) ?? false });
    return loaded.ledger.policy.timezone;
  } catch {
    return defaultsPolicy().timezone;
  }
}

/** Findings that make entries unreadable (YAML and schema problems) in a loaded version. */
export function problemCount(loaded: Loaded): number {
  return loaded.findings.filter((f) => f.severity === 'error').length;
}

/**
 * Whether the ledger folder in the working tree is as committed in HEAD (`git status`, which
 * compares file stats with the index and reads no file it need not).
 */
export async function worktreeClean(g: GitLedgers): Promise<boolean> {
  const r = await runGit(
    g.root,
    ['status', '--porcelain', '--untracked-files=all', '--', g.folder === '.' ? '.' : g.folder],
    g.opts,
  );
  return r.code === 0 && r.stdout.length === 0;
}
