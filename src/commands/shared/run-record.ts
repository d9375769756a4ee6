// The record of a run that can be replayed (issue 12; see replay.ts), and whether it still holds.
// Kept light on purpose: src/boot.ts asks it before the command's bundle is loaded, so a replayed
// `reform check` or `reform remind` loads neither the ledgers nor the command.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { contentKey } from '../../ledger/cache.js';
import { forgetReads, keepRead } from '../../ledger/read-once.js';
import { displayPath, ledgerFiles } from '../../ledger/files.js';
import { repoState, type StateRevParse } from '../../git/state.js';
import { isValidDate, todayIn } from '../../domain/dates.js';
import { terminalColumns } from './terminal.js';

/** What a recorded run read and printed. */
export interface RunRecord {
  /** The ledger folder, absolute. */
  dir: string;
  /** The ledger files (display paths), the SHA-256 of each one's bytes and their number, in the loader's order. */
  files: [string, string, number][];
  timezone: string;
  today: string;
  /** Paths whose existence the output depends on (the schemas named by modelines), and whether they existed. */
  exists?: [string, boolean][];
  /** The revisions the output depended on (with HEAD), and git's answer about them (repoState). */
  gitRevs?: string[];
  git?: string;
  stdout: string;
  stderr: string;
  code: number;
}

/** Where the record of a run started by src/boot.ts goes: its key, and the cache folder. */
export interface BootRun {
  key: string;
  root: string;
}
export const BOOT_RUN = Symbol.for('reform.boot-run');

/** Variables of the environment that never change an output (they change between shells). */
const IGNORED_ENV = new Set(['OLDPWD', '_', 'SHLVL']);

/**
 * The key of a run: a hash of what, besides the files, today and git, decides its output — the
 * command and its arguments (or options), the working folder, the environment (language, colour,
 * REFORM_TODAY…) and the terminal (colour, width).
 */
export function runKey(
  what: unknown,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const vars = Object.entries(env)
    .filter(([k]) => !IGNORED_ENV.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tty = (s: NodeJS.WritableStream) => !!(s as { isTTY?: boolean }).isTTY;
  const text = JSON.stringify({
    what,
    cwd: process.cwd(),
    env: vars,
    out: [tty(out), terminalColumns(out, env)],
    err: tty(err),
  });
  return createHash('sha256').update(text).digest('hex');
}

/** Today in `timeZone` as the commands read it (REFORM_TODAY, else the clock); undefined when REFORM_TODAY is bad. */
function today(timeZone: string, now: Date | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (now) return todayIn(timeZone, now);
  const fixed = env.REFORM_TODAY?.trim();
  if (fixed) return isValidDate(fixed) ? fixed : undefined;
  return todayIn(timeZone, new Date());
}

/** git's answer about the ledger folder's repository and `revs`; undefined when git cannot say. */
export async function gitAnswer(
  dir: string,
  revs: readonly string[],
  asked?: StateRevParse,
): Promise<string | undefined> {
  try {
    return await repoState(dir, revs, {}, asked);
  } catch {
    return undefined;
  }
}

/** Whether the record holds for the files, today and git as they are now. */
export async function stillHolds(
  rec: RunRecord | undefined,
  now?: Date,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  forgetReads(); // what an earlier check in this process read is not this run's
  if (!rec || typeof rec !== 'object' || !Array.isArray(rec.files) || typeof rec.stdout !== 'string')
    return false;
  if (typeof rec.dir !== 'string' || typeof rec.timezone !== 'string') return false;
  let files: ReturnType<typeof ledgerFiles>;
  try {
    files = ledgerFiles(rec.dir);
  } catch {
    return false;
  }
  if (files.length !== rec.files.length) return false;
  // names and sizes first (a file of another size has changed: no file need be read to know it)
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    const [name, , size] = rec.files[i]!;
    if (f.problem || displayPath(f.abs) !== name) return false;
    try {
      if (statSync(f.abs).size !== size) return false;
    } catch {
      return false;
    }
  }
  // then what costs nothing to ask (yesterday's record fails here, before any file is read)
  try {
    if (today(rec.timezone, now, env) !== rec.today) return false;
  } catch {
    return false; // a time zone Intl does not know: the command says so
  }
  for (const [path, was] of rec.exists ?? []) if (existsSync(path) !== was) return false;
  // the files read here are the run's, if it comes to run (read-once.ts)
  for (let i = 0; i < files.length; i++) {
    try {
      const bytes = readFileSync(files[i]!.abs);
      const key = contentKey(bytes);
      keepRead(files[i]!.abs, bytes, key);
      if (key !== rec.files[i]![1]) return false;
    } catch {
      return false;
    }
  }
  const holds =
    !rec.gitRevs || ((git) => git !== undefined && git === rec.git)(await gitAnswer(rec.dir, rec.gitRevs));
  if (holds) forgetReads(); // replayed: nothing is loaded
  return holds;
}
