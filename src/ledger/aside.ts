// Reading part of a ledger beside the main thread: the bytes of a file (or of its last items) go
// to a worker thread, which decodes them, runs the checks every text goes through and the fast
// reader, and tells for each list entry whether the compiled validator accepts it as it is. The
// main thread meanwhile reads the rest; it then takes the worker's answer synchronously, so the
// loader stays synchronous. Whenever a worker cannot be had or does not answer in time, or its
// part is anything but plain (a finding, YAML the fast reader leaves alone), `take()` gives
// undefined and the caller reads the bytes itself, as it always did: the result never depends on
// whether a worker helped, only the time does (issue 12: the benchmark machine has two cores).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { FileKind } from '../schema/kinds.js';

/** A worker's job: the bytes of one file, or of its last items (then `header` is `key:\n`). */
export interface AsideJob {
  kind: FileKind;
  /** Text put before the decoded bytes (the top-level key line when they are a file's last items). */
  header: string;
  bytes: Uint8Array;
}

/** What the worker read: the data, and per list key 1 where the entry passes the schema as it is. */
export interface AsideResult {
  data: unknown;
  raw: Record<string, Uint8Array>;
  /** Whether the text holds `yaml-language-server` (a modeline to look for). */
  modeline: boolean;
}

/** What the worker posts back (data as JSON: much cheaper to take in than a structured clone). */
export type AsideMessage =
  | { ok: true; json: string; raw: Record<string, Uint8Array>; modeline: boolean }
  | { ok: false; reason: string };

export interface AsideOptions {
  /** The worker's script (tests); by default the built one beside the bundle, if any. */
  workerFile?: string;
  /** How long take() waits at least before reading the bytes itself (ms). */
  minWaitMs?: number;
}

export interface AsideHandle {
  /** Blocks until the worker has answered; undefined when the caller must read the bytes itself. */
  take(): AsideResult | undefined;
}

/** The built worker, next to the bundle this module is in (dist/fast/, dist/chunks/ → dist/workers/). */
function builtWorker(): string | undefined {
  for (const rel of ['../workers/aside-worker.cjs', './workers/aside-worker.cjs']) {
    try {
      const file = fileURLToPath(new URL(rel, import.meta.url));
      if (existsSync(file)) return file;
    } catch {
      // not a file: URL (a test runner's module): no worker
    }
  }
  return undefined;
}

const WAITING = 0;

/** How many answers of a worker were taken (tests check that the worker did the reading). */
export const asideStats = { answered: 0 };

/** Starts a worker on `job`; undefined when none can be started here (no built worker, no threads). */
export function parseAside(job: AsideJob, options: AsideOptions = {}): AsideHandle | undefined {
  const file = options.workerFile ?? builtWorker();
  if (!file || !existsSync(file)) return undefined;
  const state = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const started = performance.now();
  // a copy of its own to hand over (the caller's bytes may share a buffer with other data)
  const bytes = new Uint8Array(job.bytes);
  let worker: Worker;
  try {
    worker = new Worker(file, {
      workerData: { job: { ...job, bytes }, state, port: port2 },
      transferList: [port2, bytes.buffer],
      stdout: true,
      stderr: true,
    });
  } catch {
    return undefined;
  }
  worker.unref();
  worker.on('error', () => {}); // its failure is a missing answer, handled by take()
  const minWait = options.minWaitMs ?? 10_000;
  return {
    take() {
      // a worker that died without answering (out of memory) never notifies: after three times as
      // long as the main thread worked since starting it (at least minWait), read the bytes here
      const deadline = started + Math.max(minWait, 3 * (performance.now() - started));
      while (Atomics.load(state, 0) === WAITING) {
        const left = deadline - performance.now();
        if (left <= 0) break;
        Atomics.wait(state, 0, WAITING, Math.min(left, 1000));
      }
      const got = receiveMessageOnPort(port1)?.message as AsideMessage | undefined;
      port1.close();
      if (!got) {
        void worker.terminate();
        return undefined;
      }
      if (!got.ok) return undefined;
      asideStats.answered++;
      return { data: JSON.parse(got.json), raw: got.raw, modeline: got.modeline };
    },
  };
}
