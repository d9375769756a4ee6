// The files of a folder at a revision, without checking anything out.
import { GitError } from './git-error.js';
import { failure, runGit, type GitOptions } from './run-git.js';
import { resolveCommit } from './revision.js';
import { normalizeRepoPath } from './validate.js';

/** Regular files (not symlinks or submodules) under `dir` at `rev`, repo-relative, recursively, in git's order. */
export async function listTree(
  cwd: string,
  rev: string,
  dir: string,
  opts: GitOptions = {},
): Promise<string[]> {
  const prefix = normalizeRepoPath(dir);
  const sha = await resolveCommit(cwd, rev, opts);
  const tree = prefix === '' ? `${sha}^{tree}` : `${sha}:${prefix}`;
  const r = await runGit(cwd, ['ls-tree', '-r', '-z', '--full-tree', tree], opts);
  if (r.code !== 0) {
    if (/not a valid object name|not a tree object/i.test(r.stderr)) {
      throw new GitError('missing-path', { rev, path: prefix });
    }
    throw failure(r, cwd);
  }
  const files: string[] = [];
  for (const entry of r.stdout.toString('utf8').split('\0')) {
    // <mode> SP <type> SP <object> TAB <name>
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type] = entry.slice(0, tab).split(' ');
    if (type !== 'blob' || mode === '120000') continue;
    const name = entry.slice(tab + 1);
    files.push(prefix === '' ? name : `${prefix}/${name}`);
  }
  return files;
}
