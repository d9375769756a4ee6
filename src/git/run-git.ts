// Starting git: always the executable with an argument array (never a shell), with a fixed
// environment so its messages are stable, and with errors sorted into GitError codes.
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { GitError } from './git-error.js';

export type SpawnFn = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

export interface GitOptions {
  /** The git executable; `git` from PATH by default. */
  git?: string;
  /** Replaces child_process.spawn, e.g. to count processes in tests. */
  spawn?: SpawnFn;
  /** Time zone of commit dates (YYYY-MM-DD); Asia/Shanghai by default. */
  timeZone?: string;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

const STDERR_LIMIT = 64 * 1024;

/** git in the C locale (English, parseable messages), never prompting, never taking locks it can skip. */
function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
  };
}

export function spawnGit(cwd: string, args: readonly string[], opts: GitOptions = {}): ChildProcess {
  const spawn = opts.spawn ?? nodeSpawn;
  return spawn(opts.git ?? 'git', args, {
    cwd,
    env: gitEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
  });
}

/** Turns a failure to start git into a GitError: no git, or no such folder. */
export function spawnError(err: NodeJS.ErrnoException, cwd: string): GitError {
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
    // Node reports a missing cwd exactly like a missing executable.
    if (!existsSync(cwd)) return new GitError('not-a-repo', { path: cwd });
    return new GitError('git-missing', { detail: err.message });
  }
  if (err.code === 'EACCES') return new GitError('git-missing', { detail: err.message });
  return new GitError('failed', { detail: err.message });
}

/** Sorts git's complaint (first line of stderr, C locale) into a code. */
export function failure(result: Pick<GitResult, 'code' | 'stderr'>, cwd: string): GitError {
  const text = result.stderr;
  if (/not a git repository|must be run in a work tree/i.test(text))
    return new GitError('not-a-repo', { path: cwd });
  if (/dubious ownership|safe\.directory/i.test(text)) return new GitError('unsafe-directory', { path: cwd });
  const first = text.split('\n').find((l) => l.trim() !== '') ?? `exit code ${result.code}`;
  return new GitError('failed', { detail: first.replace(/^(fatal|error): /, '').trim() });
}

/** Runs git to completion and collects its output; rejects only when git cannot start. */
export function runGit(cwd: string, args: readonly string[], opts: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawnGit(cwd, args, opts);
    } catch (err) {
      reject(spawnError(err as NodeJS.ErrnoException, cwd));
      return;
    }
    const out: Buffer[] = [];
    let err = '';
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => {
      if (err.length < STDERR_LIMIT) err += c.toString('utf8');
    });
    child.stdin!.on('error', () => {}); // git may exit before reading stdin; 'close' reports
    child.stdin!.end();
    child.on('error', (e) => reject(spawnError(e as NodeJS.ErrnoException, cwd)));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: err }));
  });
}

/** Runs git and returns stdout as UTF-8; throws a GitError when git fails. */
export async function gitOutput(
  cwd: string,
  args: readonly string[],
  opts: GitOptions = {},
): Promise<string> {
  const r = await runGit(cwd, args, opts);
  if (r.code !== 0) throw failure(r, cwd);
  return r.stdout.toString('utf8');
}
