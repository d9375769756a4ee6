// Reading the returns of an import while the ledger loads. The returns' sheets (exceljs's streaming
// reader: seconds for 80 large returns) do not depend on the ledger, so a worker thread reads them
// while the main thread loads and checks the ledger; once it has, the main thread takes the files
// the worker has not started yet, both claiming the next file from one shared counter. What the
// worker read comes back as the sheets' cells (structured clone) and is understood here by the same
// readReturn as a file read here, so a return reads the same either way. When no worker can be
// started, or it fails, the files it did not deliver are read here: the same result, later.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readReturn, type ReadReturn, type SheetRows } from '../../returns/read.js';

/** What the worker posts: one file's sheets (or why they could not be read), or that it is done. */
export type WorkerMessage =
  | { i: number; sheets: Map<string, SheetRows> }
  | { i: number; error: { message: string; code?: string } }
  | { done: true };

/** What the worker is given. */
export interface WorkerInput {
  files: string[];
  /** One Int32: the index of the next file nobody has claimed. */
  next: SharedArrayBuffer;
}

/** The worker's script, next to the command's bundle (dist/fast/, dist/chunks/ → dist/workers/). */
function workerScript(): string | undefined {
  for (const rel of ['../workers/read-returns.cjs', './workers/read-returns.cjs']) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}

export interface ReadingOptions {
  /**
   * The worker's script: undefined finds it next to the bundle; false reads every return in this
   * thread (tests, and a single file, which a worker would only delay).
   */
  worker?: string | false;
}

export interface Reading {
  /** Every return, in the order of the files (the main thread reads what the worker has not). */
  all(): Promise<ReadReturn[]>;
  /** Stops the worker (when the import ends before the returns are needed). */
  stop(): Promise<void>;
  /** Whether a worker thread was started (tests). */
  readonly threaded: boolean;
  /** How many returns the worker delivered (tests). */
  delivered(): number;
}

/** Starts reading `files`: in a worker thread when one can be started, else when asked. */
export function startReading(files: readonly string[], opts: ReadingOptions = {}): Reading {
  const n = files.length;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const got = new Map<number, WorkerMessage>();
  const script = opts.worker === false || n < 2 ? undefined : (opts.worker ?? workerScript());
  let worker: Worker | undefined;
  let finished: Promise<void> = Promise.resolve();
  if (script) {
    try {
      const w = new Worker(script, {
        workerData: { files: [...files], next: next.buffer } satisfies WorkerInput,
        stdout: true, // nothing it prints reaches the user
        stderr: true,
      });
      finished = new Promise<void>((resolve) => {
        w.on('message', (m: WorkerMessage) => {
          if ('done' in m) resolve();
          else got.set(m.i, m);
        });
        // a worker that fails or stops early: what it did not deliver is read here
        w.on('error', () => resolve());
        w.on('exit', () => resolve());
      });
      worker = w;
    } catch {
      worker = undefined;
    }
  }
  const fromWorker = (m: WorkerMessage) => async (): Promise<Map<string, SheetRows>> => {
    if ('sheets' in m) return m.sheets;
    if ('error' in m)
      throw Object.assign(new Error(m.error.message), m.error.code ? { code: m.error.code } : {});
    throw new Error('no sheets');
  };
  return {
    threaded: !!worker,
    delivered: () => got.size,
    async all() {
      const out: (ReadReturn | undefined)[] = new Array(n);
      for (let i = Atomics.add(next, 0, 1); i < n; i = Atomics.add(next, 0, 1))
        out[i] = await readReturn(files[i]!);
      await finished;
      await worker?.terminate();
      for (let i = 0; i < n; i++) {
        if (out[i]) continue;
        const m = got.get(i);
        out[i] = m ? await readReturn(files[i]!, fromWorker(m)) : await readReturn(files[i]!);
      }
      return out as ReadReturn[];
    },
    async stop() {
      Atomics.store(next, 0, n);
      await worker?.terminate();
    },
  };
}
