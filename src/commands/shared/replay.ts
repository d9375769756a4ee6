// Replaying a run (issue 12): `check` and `remind` on ledgers that have not changed since the last
// run print what that run printed, without loading the ledgers. The record of a run is kept in the
// cache (src/ledger/cache.ts: content-addressed, outside the ledger folder, atomic, per build, off
// with --no-cache / REFORM_NO_CACHE=1) under a key made of everything the output depends on
// besides the files (run-record.ts: the command and its options, the working folder, the
// environment, the terminal). It holds what the run read and printed, and is replayed only when
//   - the ledger folder lists the same files, and each one's bytes hash to the same SHA-256;
//   - today in the policy's time zone is the day the run was made;
//   - for a command that reads git, git answers the same about the repository (HEAD, the
//     baseline's commit, the folder's status: src/git/state.ts).
// Otherwise the command runs as always and its output is recorded for the next run. Only runs
// that ended normally (exit 0 or 1) and read every file are recorded.
//
// The binary looks the record up before it loads the command (src/boot.ts, keyed by the
// arguments, kept in the user's cache directory); a command called from code keys it by its
// options, in the parse cache beside the ledgers.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelineTarget } from '../../ledger/modeline.js';
import { openCache, type Cache } from '../../ledger/cache.js';
import { forgetReads } from '../../ledger/read-once.js';
import type { SourceInfo } from '../../ledger/types.js';
import type { Modeline } from '../../ledger/modeline.js';
import type { Finding } from '../../diagnostics/types.js';
import { getLang } from '../../i18n/index.js';
import { EXIT_FINDINGS, EXIT_OK } from '../../cli/errors.js';
import type { StateRevParse } from '../../git/state.js';
import { BOOT_RUN, gitAnswer, runKey, stillHolds, type BootRun, type RunRecord } from './run-record.js';

export interface ReplaySpec {
  command: string;
  /** The ledger folder (--ledgers). */
  dir: string;
  /** The command's options: everything they hold is part of the key (but `now`, see below). */
  options: object;
  /** The test clock, if any (what it decides, today, is compared with the record's). */
  now?: Date;
  /** The revisions the output depends on, given today (undefined: git is not asked). */
  gitRevs?: (today: string) => string[] | undefined;
}

/** What the record of a run is made from: the files read, their modelines, the time zone (a Loaded has them). */
export interface RunInputs {
  files: readonly SourceInfo[];
  findings: readonly Finding[];
  modelines(file: string): readonly Modeline[];
  ledger: { policy: { timezone: string } };
}

/** What the command tells the recorder: the ledgers it read and today. */
export interface RunNotes {
  loaded(loaded: RunInputs, today: string): void;
  /** What git already answered from the ledger folder (repoState's rev-parse), to be asked no more. */
  git?(asked: Promise<StateRevParse | undefined>): void;
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

/** The run the binary started (src/boot.ts looked its record up already), when this is it. */
function bootRun(out: NodeJS.WritableStream): BootRun | undefined {
  const run = (globalThis as { [BOOT_RUN]?: BootRun })[BOOT_RUN];
  return run && out === process.stdout ? run : undefined;
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
  const boot = bootRun(out);
  let cache: Cache | undefined;
  try {
    cache = boot ? openCache(abs, { root: boot.root }) : openCache(abs);
  } catch {
    cache = undefined;
  }
  if (!cache) return body(out, err, { loaded: () => {} });
  const ns = `run-${spec.command}`;
  let key: string;
  if (boot) key = boot.key;
  else {
    // the test clock is not part of the key: what it decides (today) is compared with the record's
    const { now: _now, ...options } = spec.options as { now?: Date };
    key = runKey({ command: spec.command, options, lang: getLang() }, out, err);
    const rec = cache.get<RunRecord>(ns, key);
    if (rec && (await stillHolds(rec, spec.now))) {
      if (rec.stdout) out.write(rec.stdout);
      if (rec.stderr) err.write(rec.stderr);
      return rec.code;
    }
  }
  const stdout: string[] = [];
  const stderr: string[] = [];
  let read: { loaded: RunInputs; today: string } | undefined;
  let asked: Promise<StateRevParse | undefined> | undefined;
  let code: number;
  try {
    code = await body(tee(out, stdout), tee(err, stderr), {
      loaded: (loaded, today) => {
        read = { loaded, today };
      },
      git: (a) => {
        asked = a;
      },
    });
  } finally {
    forgetReads(); // the files the record's check read and the run did not take
  }
  if (!read || (code !== EXIT_OK && code !== EXIT_FINDINGS)) return code;
  const { loaded, today } = read;
  const files: RunRecord['files'] = [];
  for (const f of loaded.files) {
    // a file the cache was not asked about (or not read): nothing recorded
    if (!f.key || f.size === undefined) return code;
    files.push([f.file, f.key, f.size]);
  }
  if (loaded.findings.some((f) => f.code === 'file-unreadable')) return code;
  const gitRevs = spec.gitRevs?.(today);
  const git = gitRevs ? await gitAnswer(abs, gitRevs, await asked?.catch(() => undefined)) : undefined;
  if (gitRevs && git === undefined) return code;
  // the modelines' schemas: whether each exists decides a warning
  const exists: [string, boolean][] = [];
  for (const f of loaded.files) {
    for (const m of loaded.modelines(f.file)) {
      const target = modelineTarget(f.abs, m.schema);
      if (target !== undefined) exists.push([target, existsSync(target)]);
    }
  }
  const record: RunRecord = {
    dir: abs,
    files,
    timezone: loaded.ledger.policy.timezone,
    today,
    exists,
    ...(gitRevs ? { gitRevs, git } : {}),
    stdout: stdout.join(''),
    stderr: stderr.join(''),
    code,
  };
  cache.put(ns, key, record);
  return code;
}
