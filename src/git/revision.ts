// Revisions and tags: validated here, then resolved by git with `--end-of-options`, so a
// revision can never be read as an option. A revision that is missing from a shallow clone is
// reported as such, because the fix (fetch the history) differs from a typo.
import { GitError } from './git-error.js';
import { gitOutput, runGit, failure, type GitOptions } from './run-git.js';
import { assertRevision, isPlausibleTagName } from './validate.js';

export async function isShallow(cwd: string, opts: GitOptions = {}): Promise<boolean> {
  const out = await gitOutput(cwd, ['rev-parse', '--is-shallow-repository'], opts);
  return out.trim() === 'true';
}

/** The error for a revision git does not have: 'shallow' when the clone lacks history. */
export async function missingRevision(cwd: string, rev: string, opts: GitOptions = {}): Promise<GitError> {
  return new GitError((await isShallow(cwd, opts)) ? 'shallow' : 'unknown-revision', { rev });
}

/**
 * The full hash of the commit `rev` names (tags are peeled). One git process: whether the clone is
 * shallow is asked in the same call, for the error when the commit is missing.
 */
export async function resolveCommit(cwd: string, rev: string, opts: GitOptions = {}): Promise<string> {
  assertRevision(rev);
  const r = await runGit(
    cwd,
    ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
    opts,
  );
  const [shallow, sha] = r.stdout.toString('utf8').split('\n');
  if (r.code === 0 && sha) return sha.trim();
  if (r.code === 1 && r.stderr.trim() === '')
    throw new GitError(shallow?.trim() === 'true' ? 'shallow' : 'unknown-revision', { rev });
  throw failure(r, cwd);
}

/** Whether refs/tags/<tag> exists (a name git could not store simply does not exist). */
export async function tagExists(cwd: string, tag: string, opts: GitOptions = {}): Promise<boolean> {
  if (!isPlausibleTagName(tag)) return false;
  const r = await runGit(cwd, ['show-ref', '--verify', '--quiet', `refs/tags/${tag}`], opts);
  if (r.code === 0) return true;
  if (r.code === 1 && r.stderr.trim() === '') return false;
  throw failure(r, cwd);
}
