// The worker thread of read-returns.ts (bundled alone into dist/workers/read-returns.cjs): claims
// the next unread return from the shared counter, reads its sheets, posts them; then says done.
import { parentPort, workerData } from 'node:worker_threads';
import { readSheets } from '../../returns/read.js';
import type { WorkerInput, WorkerMessage } from './read-returns.js';

async function main(): Promise<void> {
  const { files, next: buffer } = workerData as WorkerInput;
  const next = new Int32Array(buffer);
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    try {
      post({ i, sheets: await readSheets(files[i]!) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const message = e instanceof Error ? e.message : String(e);
      post({ i, error: code ? { message, code: String(code) } : { message } });
    }
  }
  post({ done: true });
}

void main();
