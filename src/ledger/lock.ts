// The ledger lock: every command that writes ledger files does so inside `withLedgerLock`, so two
// writers on one folder take turns instead of overwriting each other.
//
// API (for every writer of ledger files):
//
//   import { withLedgerLock } from '../ledger/lock.js';
//   const n = await withLedgerLock(ledgerDir, async (lock) => {
//     // 1. read (again) everything the write is based on: another writer may have changed it
//     //    between your first load and now;
//     // 2. compute the new text and write it with `atomicWrite(file, text, { tmpDir: lock.tmpDir })`
//     //    (or `lock.write(file, text)`, the same thing);
//     // 3. return what you wrote; report it to the user only after withLedgerLock has returned.
//   });
//
// - The lock is the file `<ledgerDir>/.reform/lock`, created exclusively; it holds the holder's
//   pid, host and start time. `.reform/` carries its own `.gitignore` (`*`), so neither the lock
//   nor the temporary files in `.reform/tmp/` ever show in `git status`.
// - A lock whose holder is gone (same host, pid no longer running: a kill -9) is taken over.
// - Otherwise we wait, up to `waitMs` (default 30 s; env REFORM_LOCK_WAIT in seconds), then throw a
//   LockError with one clear line saying who holds it and how to clear it. Nothing was written.
// - On acquiring, temporary files left by an interrupted write are removed (`.reform/tmp/*`, and
//   `.<name>.<pid>.<ms>.tmp` beside ledger files from older versions).
// - The lock is released when fn settles, also when it throws.
// The lock is advisory: it orders writers of this tool (and of any tool that honours it).
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError } from '../domain/input-error.js';
import { t } from '../i18n/index.js';
import { atomicWrite, type AtomicWriteHooks } from './atomic-write.js';
import { makeDir } from './make-dir.js';

/** The line to show while waiting for another writer. */
export function lockWaiting(h: Holder): string {
  return t().write.lockWaiting({ pid: h.pid });
}

/** The lock could not be taken: nothing was written. The message is one line for the user. */
export class LockError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'LockError';
  }
}

export interface LedgerLock {
  /** The ledger folder (absolute). */
  dir: string;
  /** Where temporary files of atomic writes go (same file system, ignored by git). */
  tmpDir: string;
  /** `atomicWrite` with the lock's temporary folder. */
  write(file: string, content: string | Uint8Array, hooks?: AtomicWriteHooks): void;
}

export interface LockOptions {
  /** How long to wait for another writer, in ms (default 30 000, or REFORM_LOCK_WAIT seconds). */
  waitMs?: number;
  /** Called once when we start waiting (e.g. to say so on stderr). */
  onWait?: (holder: Holder) => void;
}

export interface Holder {
  pid: number;
  host: string;
  since: string;
}

export const STATE_DIR = '.reform';
const LOCK = 'lock';
const BREAK = 'lock.break';
const TMP = 'tmp';

function defaultWait(): number {
  const env = Number(process.env.REFORM_LOCK_WAIT);
  return Number.isFinite(env) && env >= 0 ? env * 1000 : 30_000;
}

/** The state folder `<dir>/.reform` with its own .gitignore; created when missing. */
function stateDir(dir: string): string {
  const state = join(dir, STATE_DIR);
  makeDir(join(state, TMP));
  const ignore = join(state, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# reform: lock and temporary files, never committed\n*\n');
  return state;
}

function readHolder(path: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string')
      return { pid: h.pid, host: h.host, since: String(h.since ?? '') };
  } catch {
    // unreadable or half-written: judged by age below
  }
  return undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** A lock left by a process that no longer runs (or an empty lock file older than 10 s). */
function isStale(path: string): boolean {
  const h = readHolder(path);
  if (!h) return ageMs(path) > 10_000;
  return h.host === hostname() && h.pid !== process.pid && !alive(h.pid);
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(me) + '\n');
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock. Breaking is itself serialised by a short-lived `lock.break` file, so two
 * processes that both find the same stale lock cannot remove each other's fresh one.
 */
function breakStale(state: string): void {
  const lock = join(state, LOCK);
  const brk = join(state, BREAK);
  if (!tryCreate(brk)) {
    // someone else is breaking it; a break file left by a crash is cleared after 10 s
    if (ageMs(brk) > 10_000) rmSync(brk, { force: true });
    return;
  }
  try {
    if (isStale(lock)) rmSync(lock, { force: true });
  } finally {
    rmSync(brk, { force: true });
  }
}

function cleanTemporaries(dir: string, state: string): void {
  const tmp = join(state, TMP);
  for (const name of safeList(tmp)) rmSync(join(tmp, name), { force: true, recursive: true });
  // Temporary files beside ledger files, from writes before the lock existed (or on a
  // different file system): `.<file>.<pid>.<ms>.tmp`.
  for (const folder of [
    dir,
    ...safeList(dir)
      .map((n) => join(dir, n))
      .filter(isPlainDir),
  ]) {
    for (const name of safeList(folder)) {
      if (/^\..+\.ya?ml\.\d+\.\d+\.tmp$/.test(name)) rmSync(join(folder, name), { force: true });
    }
  }
}

function isPlainDir(p: string): boolean {
  try {
    return !p.endsWith(STATE_DIR) && statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes the lock, waiting up to `waitMs`; returns the release function. */
export async function acquireLedgerLock(
  dir: string,
  opts: LockOptions = {},
): Promise<{ lock: LedgerLock; release: () => void }> {
  const abs = resolve(dir);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new LockError(t().write.noFolder({ dir }));
  let state: string;
  try {
    state = stateDir(abs);
  } catch (e) {
    throw new LockError(t().write.cannotLock({ dir, reason: reasonOf(e) }));
  }
  const lockPath = join(state, LOCK);
  const waitMs = opts.waitMs ?? defaultWait();
  const start = Date.now();
  let told = false;
  let delay = 20;
  for (;;) {
    let got: boolean;
    try {
      got = tryCreate(lockPath);
    } catch (e) {
      throw new LockError(t().write.cannotLock({ dir, reason: reasonOf(e) }));
    }
    if (got) break;
    if (isStale(lockPath)) {
      breakStale(state);
      continue;
    }
    const holder = readHolder(lockPath);
    if (Date.now() - start >= waitMs) {
      throw new LockError(
        t().write.lockBusy({
          dir,
          pid: holder?.pid ?? '?',
          host: holder?.host ?? '?',
          since: holder?.since ?? '?',
          secs: Math.round(waitMs / 1000),
          lock: join(dir, STATE_DIR, LOCK),
        }),
      );
    }
    if (!told && holder) {
      told = true;
      opts.onWait?.(holder);
    }
    await sleep(Math.min(delay, Math.max(1, waitMs - (Date.now() - start))));
    delay = Math.min(delay * 2, 250);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    // only remove the lock if it is still ours
    const h = readHolder(lockPath);
    if (h && h.pid === process.pid && h.host === hostname()) rmSync(lockPath, { force: true });
  };
  try {
    cleanTemporaries(abs, state);
  } catch {
    // cleaning is best effort
  }
  const tmpDir = join(state, TMP);
  const lock: LedgerLock = {
    dir: abs,
    tmpDir,
    write: (file, content, hooks = {}) => atomicWrite(file, content, { ...hooks, tmpDir }),
  };
  return { lock, release };
}

/**
 * Runs fn while holding the lock on the ledger folder `dir`. Read what the write depends on
 * inside fn; report the write only after this returns. Throws LockError (nothing written) when
 * the lock cannot be had within the wait.
 */
export async function withLedgerLock<T>(
  dir: string,
  fn: (lock: LedgerLock) => T | Promise<T>,
  opts: LockOptions = {},
): Promise<T> {
  const { lock, release } = await acquireLedgerLock(dir, opts);
  const onExit = () => release();
  process.once('exit', onExit);
  try {
    return await fn(lock);
  } finally {
    process.removeListener('exit', onExit);
    release();
  }
}

function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ?? (err instanceof Error ? err.message : String(e));
}
