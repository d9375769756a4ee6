// Replaying a run (issue 12): `check` and `remind` on ledgers that have not changed since the last
// run print what that run printed, without loading the ledgers. The record of a run is kept in the
// parse cache (src/ledger/cache.ts: content-addressed, outside the ledger folder, atomic, per
// build, off with --no-cache / REFORM_NO_CACHE=1), under a key made of everything the output
// depends on besides the files: the command and its options, the working folder, the language,
// the environment, and the terminal (colour, width). The record holds what the run read and the
// output; it is replayed only when
//   - the ledger folder lists the same files, and each one's bytes hash to the same SHA-256;
//   - today in the policy's time zone is the day the run was made;
//   - for a command that reads git, git answers the same about the repository (HEAD, the
//     baseline's commit, the folder's status: src/git/state.ts).
// Otherwise the command runs as always and its output is recorded for the next run. Only runs
// that ended normally (exit 0 or 1) and read every file are recorded.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentKey, openCache, type Cache } from '../../ledger/cache.js';
import { ledgerFiles } from '../../ledger/files.js';
import { displayPath, type Loaded } from '../../ledger/load.js';
import { repoState } from '../../git/index.js';
import { getLang } from '../../i18n/index.js';
import { EXIT_FINDINGS, EXIT_OK } from '../../cli/errors.js';
import { terminalColumns } from './terminal.js';
import { todayFor } from './today.js';

/** What a recorded run read and printed. */
interface RunRecord {
  /** The ledger files (display paths) and the SHA-256 of each one's bytes, in the loader's order. */
  files: [string, string][];
  timezone: string;
  today: string;
  /** git's answer (repoState) when the output depends on the repository. */
  git?: string;
  stdout: string;
  stderr: string;
  code: number;
}

export interface ReplaySpec {
  command: string;
  /** The ledger folder (--ledgers). */
  dir: string;
  /** The command's options: everything they hold is part of the key. */
  options: object;
  /** The test clock, if any. */
  now?: Date;
  /** The revisions the output depends on, given today (undefined: git is not asked). */
  gitRevs?: (today: string) => string[] | undefined;
}

/** What the command tells the recorder: the ledgers it read and today. */
export interface RunNotes {
  loaded(loaded: Loaded, today: string): void;
}

/** Variables of the environment that never change an output (they change between shells). */
const IGNORED_ENV = new Set(['OLDPWD', '_', 'SHLVL']);

function recordKey(spec: ReplaySpec, out: NodeJS.WritableStream, err: NodeJS.WritableStream): string {
  const env = Object.entries(process.env)
    .filter(([k]) => !IGNORED_ENV.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tty = (s: NodeJS.WritableStream) => !!(s as { isTTY?: boolean }).isTTY;
  // the test clock is not part of the key: what it decides (today) is compared with the record's
  const { now: _now, ...options } = spec.options as { now?: Date };
  return JSON.stringify({
    command: spec.command,
    options,
    cwd: process.cwd(),
    lang: getLang(),
    env,
    out: [tty(out), terminalColumns(out)],
    err: tty(err),
  });
}

/** A stream that passes writes on and keeps a copy of them. */
function tee(s: NodeJS.WritableStream, copy: string[]): NodeJS.WritableStream {
  const t = Object.create(s) as NodeJS.WritableStream;
  t.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    copy.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return (s.write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as NodeJS.WritableStream['write'];
  return t;
}

async function gitState(spec: ReplaySpec, dir: string, today: string): Promise<string | undefined> {
  const revs = spec.gitRevs?.(today);
  if (!revs) return '';
  try {
    return await repoState(dir, revs);
  } catch {
    return undefined; // no git, or a revision git would refuse: never replayed
  }
}

/** The record, when it still holds for the files, today and git as they are now. */
async function stillHolds(rec: RunRecord, spec: ReplaySpec, abs: string): Promise<boolean> {
  if (!rec || !Array.isArray(rec.files) || typeof rec.stdout !== 'string') return false;
  const files = ledgerFiles(abs);
  if (files.length !== rec.files.length) return false;
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    const [name, key] = rec.files[i]!;
    if (f.problem || displayPath(f.abs) !== name) return false;
    try {
      if (contentKey(readFileSync(f.abs)) !== key) return false;
    } catch {
      return false;
    }
  }
  try {
    if (todayFor(rec.timezone, spec.now) !== rec.today) return false;
  } catch {
    return false;
  }
  if (rec.git === undefined) return true;
  return (await gitState(spec, abs, rec.today)) === rec.git;
}

/**
 * Runs `body` (the command, writing to the streams it is given), or replays its last recorded
 * output when nothing it depends on has changed. Returns the exit code.
 */
export async function withReplay(
  spec: ReplaySpec,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  body: (out: NodeJS.WritableStream, err: NodeJS.WritableStream, notes: RunNotes) => Promise<number>,
): Promise<number> {
  const abs = resolve(spec.dir);
  let cache: Cache | undefined;
  try {
    cache = openCache(abs);
  } catch {
    cache = undefined;
  }
  if (!cache) return body(out, err, { loaded: () => {} });
  const ns = `run-${spec.command}`;
  const key = createHash('sha256')
    .update(recordKey(spec, out, err))
    .digest('hex');
  const rec = cache.get<RunRecord>(ns, key);
  if (rec && (await stillHolds(rec, spec, abs))) {
    if (rec.stdout) out.write(rec.stdout);
    if (rec.stderr) err.write(rec.stderr);
    return rec.code;
  }
  const stdout: string[] = [];
  const stderr: string[] = [];
  let read: { loaded: Loaded; today: string } | undefined;
  const code = await body(tee(out, stdout), tee(err, stderr), {
    loaded: (loaded, today) => {
      read = { loaded, today };
    },
  });
  if (!read || (code !== EXIT_OK && code !== EXIT_FINDINGS)) return code;
  const { loaded, today } = read;
  const files: [string, string][] = [];
  for (const f of loaded.files) {
    if (!f.key) return code; // a file the cache was not asked about (or not read): nothing recorded
    files.push([f.file, f.key]);
  }
  if (loaded.findings.some((f) => f.code === 'file-unreadable')) return code;
  const git = await gitState(spec, abs, today);
  if (git === undefined) return code;
  const record: RunRecord = {
    files,
    timezone: loaded.ledger.policy.timezone,
    today,
    ...(spec.gitRevs?.(today) ? { git } : {}),
    stdout: stdout.join(''),
    stderr: stderr.join(''),
    code,
  };
  cache.put(ns, key, record);
  return code;
}
