// Reading the returns of an import while the ledger loads. The returns' sheets (exceljs's streaming
// reader: seconds for 80 large returns) do not depend on the ledger, so a worker thread reads them
// while the main thread loads and checks the ledger; once it has, the main thread takes each return
// in turn, judges it and edits its items while the worker reads the next ones. What the worker read
// comes back as the sheets' cells (structured clone) on a port of its own, taken one message at a
// time when the return is wanted (so that returns waiting their turn stay serialized instead of
// filling this thread's young heap), and is understood here by the same readReturn as a file read
// here, so a return reads the same either way. When no worker can be started, or it fails, the
// files it did not deliver are read here: the same result, later.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
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
  /** Where it posts each WorkerMessage (after each, it posts 1 to its parent, or 0 after done). */
  port: MessagePort;
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
  /**
   * Every return in the order of the files, each as soon as it is read: from the worker as it
   * delivers them; in this thread when there is no worker, when it has stopped without delivering
   * a file, or while many files are still unclaimed (a first read here costs the reader's
   * compilation, so this thread takes files only when the worker is far behind).
   */
  inOrder(): AsyncGenerator<ReadReturn>;
  /** Every return, in the order of the files. */
  all(): Promise<ReadReturn[]>;
  /** Stops the worker (when the import ends before the returns are needed). */
  stop(): Promise<void>;
  /** Whether a worker thread was started (tests). */
  readonly threaded: boolean;
  /** How many returns the worker delivered (tests). */
  delivered(): number;
}

/** Unclaimed files from which this thread reads beside the worker. */
const HELP_FROM = 16;

/** Starts reading `files`: in a worker thread when one can be started, else when asked. */
export function startReading(
  files: readonly string[],
  opts: ReadingOptions & { helpFrom?: number } = {},
): Reading {
  const n = files.length;
  const next = new Int32Array(new SharedArrayBuffer(4));
  /** Messages taken from the port before their turn. */
  const got = new Map<number, WorkerMessage>();
  let delivered = 0;
  const script = opts.worker === false || n < 2 ? undefined : (opts.worker ?? workerScript());
  let worker: Worker | undefined;
  let port: MessagePort | undefined;
  /** Whether returns may still come from the worker. */
  let alive = false;
  /** Wakes a reader waiting for the worker's next message or its end. */
  let wake: () => void = () => undefined;
  const stopped = () => {
    alive = false;
    wake();
  };
  if (script) {
    const channel = new MessageChannel();
    try {
      const w = new Worker(script, {
        workerData: { files: [...files], next: next.buffer, port: channel.port2 } satisfies WorkerInput,
        transferList: [channel.port2],
        stdout: true, // nothing it prints reaches the user
        stderr: true,
      });
      alive = true;
      port = channel.port1;
      w.on('message', (more: number) => {
        delivered += more;
        wake();
      });
      // a worker that fails or stops early: what it did not deliver is read here
      w.on('error', stopped);
      w.on('exit', stopped);
      worker = w;
    } catch {
      worker = undefined;
      channel.port1.close();
    }
  }
  /** The worker's message for file `i`, when posted: messages come in the order of their files. */
  const take = (i: number): WorkerMessage | undefined => {
    for (;;) {
      const m = got.get(i);
      if (m) {
        got.delete(i);
        return m;
      }
      const r = port && receiveMessageOnPort(port);
      if (!r) return undefined;
      const msg = r.message as WorkerMessage;
      if ('done' in msg) {
        alive = false; // everything it read has been taken
        return undefined;
      }
      got.set(msg.i, msg);
    }
  };
  const fromWorker = (m: WorkerMessage) => async (): Promise<Map<string, SheetRows>> => {
    if ('sheets' in m) return m.sheets;
    if ('error' in m)
      throw Object.assign(new Error(m.error.message), m.error.code ? { code: m.error.code } : {});
    throw new Error('no sheets');
  };
  const helpFrom = opts.helpFrom ?? HELP_FROM;
  async function* inOrder(): AsyncGenerator<ReadReturn> {
    const mine = new Map<number, ReadReturn>();
    try {
      for (let i = 0; i < n; i++) {
        for (;;) {
          const own = mine.get(i);
          if (own) {
            mine.delete(i);
            yield own;
            break;
          }
          const m = take(i);
          if (m) {
            yield await readReturn(files[i]!, fromWorker(m));
            break;
          }
          if (!alive) {
            // no worker, or it stopped: what it claimed and did not deliver is read here too
            if (Atomics.load(next, 0) <= i) Atomics.store(next, 0, i + 1);
            yield await readReturn(files[i]!);
            break;
          }
          if (n - Atomics.load(next, 0) >= helpFrom) {
            const j = Atomics.add(next, 0, 1);
            if (j < n) mine.set(j, await readReturn(files[j]!));
            continue;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      }
    } finally {
      wake = () => undefined;
    }
  }
  const stop = async () => {
    Atomics.store(next, 0, n);
    await worker?.terminate();
    port?.close();
  };
  return {
    threaded: !!worker,
    delivered: () => delivered,
    inOrder,
    async all() {
      const out: ReadReturn[] = [];
      for await (const r of inOrder()) out.push(r);
      return out;
    },
    stop,
  };
}
