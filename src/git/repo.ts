// The repository around a folder: its root, the user's name, and where a ledger folder on
// disk lies inside it (git speaks repo-relative paths; users give folders relative to where
// they stand, or, as in CI configuration, relative to the repository root).
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GitError, isGitError } from './git-error.js';
import { failure, gitOutput, runGit, type GitOptions } from './run-git.js';
import { assertRevision } from './validate.js';
import { stateRevParse, type StateRevParse } from './state.js';

/** The top folder of the work tree containing `cwd`. */
export async function repoRoot(cwd: string, opts: GitOptions = {}): Promise<string> {
  const out = await gitOutput(cwd, ['rev-parse', '--show-toplevel'], opts);
  const root = out.replace(/\r?\n$/, '');
  if (root === '') throw new GitError('not-a-repo', { path: cwd });
  return resolve(root);
}

/** A commit asked for beside the repository's root, in the same git process. */
export interface CommitProbe {
  /** The commit's full hash; undefined when git has no such commit. */
  sha: string | undefined;
  /** Whether the clone is shallow (a missing commit may then be history not fetched). */
  shallow: boolean;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The same answers from repoState's rev-parse (src/git/state.ts: shallow, root, HEAD, the
 * commit), so that a command recording its run asks git once; undefined when that rev-parse
 * answered anything but a commit found or a commit missing (the caller then asks as always).
 */
async function fromStateRevParse(
  cwd: string,
  rev: string,
  opts: GitOptions,
): Promise<{ root: string; commit: CommitProbe; state: StateRevParse } | undefined> {
  const r = await runGit(cwd, stateRevParse([rev]), opts);
  const stdout = r.stdout.toString('utf8');
  const lines = stdout.split('\n');
  if (lines.length !== 5 || lines[4] !== '') return undefined;
  const [shallow = '', top = '', head = '', sha = ''] = lines;
  if ((shallow !== 'true' && shallow !== 'false') || top === '' || !SHA.test(head)) return undefined;
  const asked = `${rev}^{commit}`;
  const found = r.code === 0 && SHA.test(sha);
  // git names the revision it cannot find, and says so (exit 128)
  const missing = r.code === 128 && sha === asked && r.stderr.includes(`'${asked}'`);
  if (!found && !missing) return undefined;
  return {
    root: resolve(top),
    commit: { sha: found ? sha : undefined, shallow: shallow === 'true' },
    state: { revs: [rev], code: r.code, stdout },
  };
}

/** The top folder of the work tree containing `cwd`, and what git knows of the commit `rev` names. */
async function repoRootAndCommit(
  cwd: string,
  rev: string,
  opts: GitOptions,
  withState = false,
): Promise<{ root: string; commit: CommitProbe; state?: StateRevParse }> {
  if (withState) {
    const answer = await fromStateRevParse(cwd, rev, opts);
    if (answer) return answer;
  }
  const r = await runGit(
    cwd,
    [
      'rev-parse',
      '--show-toplevel',
      '--is-shallow-repository',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${rev}^{commit}`,
    ],
    opts,
  );
  // 1 with nothing on stderr: the commit is missing, the other answers are there
  if (r.code !== 0 && !(r.code === 1 && r.stderr.trim() === '')) throw failure(r, cwd);
  const [top = '', shallow = '', sha = ''] = r.stdout.toString('utf8').split('\n');
  if (top === '') throw new GitError('not-a-repo', { path: cwd });
  return {
    root: resolve(top),
    commit: {
      sha: r.code === 0 && sha.trim() !== '' ? sha.trim() : undefined,
      shallow: shallow.trim() === 'true',
    },
  };
}

/** `git config user.name` as git sees it from `cwd`; undefined when not set. */
export async function userName(cwd: string, opts: GitOptions = {}): Promise<string | undefined> {
  const r = await runGit(cwd, ['config', '--get', 'user.name'], opts);
  if (r.code === 1) return undefined;
  if (r.code !== 0) throw failure(r, cwd);
  const name = r.stdout.toString('utf8').trim();
  return name === '' ? undefined : name;
}

export interface RepoLocation {
  /** The repository's top folder (the cwd to give the other functions). */
  root: string;
  /** The folder relative to `root`, with `/` separators; '.' for the root itself. */
  path: string;
  /** The folder on disk (absolute; it may no longer exist in the work tree). */
  absolute: string;
  /** The commit asked for with the location (`ledgerPathInRepo`'s `rev`), from the same git process. */
  commit?: CommitProbe;
  /**
   * That process's answer as repoState takes it (repoState(resolve(cwd, dir), [rev]) then asks
   * git no more), when asked for, the folder exists and `dir` was taken relative to `cwd`.
   */
  state?: StateRevParse;
}

/** realpath of the deepest existing ancestor, with the rest appended (symlinks, /private/tmp). */
function realpathLoose(abs: string): string {
  const rest: string[] = [];
  let cur = abs;
  while (!existsSync(cur)) {
    const parent = dirname(cur);
    if (parent === cur) return abs;
    rest.unshift(basename(cur));
    cur = parent;
  }
  return join(realpathSync.native(cur), ...rest);
}

function existingDir(abs: string): string {
  let cur = abs;
  while (!existsSync(cur) || !statSync(cur).isDirectory()) {
    const parent = dirname(cur);
    if (parent === cur) return cur;
    cur = parent;
  }
  return cur;
}

async function locate(abs: string, opts: GitOptions, rev?: string, wantState = false): Promise<RepoLocation> {
  const real = realpathLoose(abs);
  let root: string;
  let commit: CommitProbe | undefined;
  let state: StateRevParse | undefined;
  try {
    const from = existingDir(real);
    if (rev === undefined) root = await repoRoot(from, opts);
    else ({ root, commit, state } = await repoRootAndCommit(from, rev, opts, wantState && from === real));
  } catch (err) {
    // `/nonexistent`: git was asked about `/`; the user needs to hear that the folder is not there
    if (isGitError(err, 'not-a-repo') && !existsSync(abs)) throw new GitError('no-folder', { path: abs });
    throw err;
  }
  const rel = relative(realpathLoose(root), real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new GitError('outside-repo', { path: abs, detail: root }); // detail: the repository's root
  }
  const loc: RepoLocation = { root, path: rel === '' ? '.' : rel.split(sep).join('/'), absolute: real };
  if (commit) loc.commit = commit;
  if (state) loc.state = state;
  return loc;
}

/**
 * Where the ledger folder `dir` lies in its repository. `dir` is taken relative to `cwd`;
 * when nothing is there but the same relative path exists under the repository root of
 * `cwd` (a user in a subfolder typing the path CI uses), that one is meant. A folder that
 * exists in neither place (deleted from the work tree, present in history) is taken
 * relative to `cwd`. The repository is the one holding the folder, not necessarily `cwd`'s.
 */
export async function ledgerPathInRepo(
  cwd: string,
  dir: string,
  opts: GitOptions = {},
  rev?: string,
  /** true: the location's `state` too (for a run recorded for replay), when it can be had. */
  wantState = false,
): Promise<RepoLocation> {
  if (rev !== undefined) assertRevision(rev);
  const fromCwd = resolve(cwd, dir);
  if (isAbsolute(dir) || existsSync(fromCwd)) return locate(fromCwd, opts, rev, wantState);
  const root = await repoRoot(cwd, opts);
  const fromRoot = resolve(root, dir);
  if (existsSync(fromRoot)) return locate(fromRoot, opts, rev);
  return locate(fromCwd, opts, rev);
}
