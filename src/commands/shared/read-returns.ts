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
import type { EntryEdit } from '../../ledger/edit-entries.js';

/** What the worker posts: one file's sheets (or why they could not be read), or that it is done. */
export type WorkerMessage =
  | { i: number; sheets: Map<string, SheetRows> }
  | { i: number; error: { message: string; code?: string } }
  | { done: true };

/**
 * Items of one ledger file for the worker to edit once it has read every return (an import's
 * items are edited beside the main thread's judging; ListEditor, ledger/edit-entries.ts). The
 * file's text comes with its first job.
 */
export interface EditJob {
  job: number;
  file: string;
  listKey: string;
  text?: string;
  items: { index: number; edits: EntryEdit[] }[];
}

/** The worker's answer: each item's new text, verified alone, or null where it could not. */
export interface EditReply {
  job: number;
  parts: (string | null)[];
}

/** What the worker is given. */
export interface WorkerInput {
  files: string[];
  /**
   * Two Int32s: the index of the next file nobody has claimed; 1 once the worker has read every
   * file it claimed (then it takes EditJobs; the main thread looks without waiting for a message).
   */
  next: SharedArrayBuffer;
  /** Where it posts each WorkerMessage (after each, it posts 1 to its parent, or 0 after done). */
  port: MessagePort;
  /** Where it takes EditJobs (once it has read every return) and posts EditReplies. */
  edits: MessagePort;
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
  /** Whether the worker has read every return and can edit items. */
  canEdit(): boolean;
  /**
   * Items of a ledger file edited by the worker: each item's new text (verified alone), or
   * undefined where it could not, or when it stopped. `text`: the file's text, as the main
   * thread's ListEditor has it.
   */
  edit(
    file: string,
    listKey: string,
    text: () => string,
    items: { index: number; edits: EntryEdit[] }[],
  ): Promise<(string | undefined)[]>;
}

/** Unclaimed files from which this thread reads beside the worker. */
const HELP_FROM = 16;

/** Starts reading `files`: in a worker thread when one can be started, else when asked. */
export function startReading(
  files: readonly string[],
  opts: ReadingOptions & { helpFrom?: number } = {},
): Reading {
  const n = files.length;
  const next = new Int32Array(new SharedArrayBuffer(8));
  /** Messages taken from the port before their turn. */
  const got = new Map<number, WorkerMessage>();
  let delivered = 0;
  const script = opts.worker === false || n < 2 ? undefined : (opts.worker ?? workerScript());
  let worker: Worker | undefined;
  let port: MessagePort | undefined;
  /** Whether returns may still come from the worker. */
  let alive = false;
  /** Whether the worker is still there to edit items (once it has read every return). */
  let editing = true;
  /** Wakes a reader waiting for the worker's next message or its end. */
  let wake: () => void = () => undefined;
  /** Edit jobs sent and not answered, and the files whose text the worker has. */
  const pending = new Map<number, (parts: (string | null)[] | undefined) => void>();
  const sent = new Set<string>();
  let jobCount = 0;
  const stopped = () => {
    alive = false;
    editing = false;
    for (const answer of pending.values()) answer(undefined);
    pending.clear();
    wake();
  };
  let jobPort: MessagePort | undefined;
  if (script) {
    const channel = new MessageChannel();
    const jobs = new MessageChannel();
    try {
      const w = new Worker(script, {
        workerData: {
          files: [...files],
          next: next.buffer,
          port: channel.port2,
          edits: jobs.port2,
        } satisfies WorkerInput,
        transferList: [channel.port2, jobs.port2],
        stdout: true, // nothing it prints reaches the user
        stderr: true,
      });
      alive = true;
      port = channel.port1;
      jobPort = jobs.port1;
      jobPort.on('message', (reply: EditReply) => {
        pending.get(reply.job)?.(reply.parts);
        pending.delete(reply.job);
      });
      jobPort.unref(); // the worker keeps the process alive while a job is out
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
      jobs.port1.close();
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
  const canEdit = () => !!worker && editing && Atomics.load(next, 1) === 1;
  const stop = async () => {
    Atomics.store(next, 0, n);
    editing = false;
    await worker?.terminate();
    port?.close();
    jobPort?.close();
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
    canEdit,
    async edit(file, listKey, text, items) {
      const none = () => items.map(() => undefined);
      if (!canEdit() || !jobPort) return none();
      const job = jobCount++;
      const key = `${file}\0${listKey}`;
      const message: EditJob = { job, file, listKey, items };
      if (!sent.has(key)) {
        message.text = text();
        sent.add(key);
      }
      const parts = await new Promise<(string | null)[] | undefined>((resolve) => {
        pending.set(job, resolve);
        jobPort!.postMessage(message);
      });
      return parts ? parts.map((p) => p ?? undefined) : none();
    },
  };
}
