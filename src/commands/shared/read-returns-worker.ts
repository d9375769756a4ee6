// The worker thread of read-returns.ts (bundled alone into dist/workers/read-returns.cjs): claims
// the next unread return from the shared counter, reads its sheets, posts them on its port; then
// says done.
import { parentPort, workerData } from 'node:worker_threads';
import { readSheets } from '../../returns/read.js';
import type { WorkerInput, WorkerMessage } from './read-returns.js';

async function main(): Promise<void> {
  const { files, next: buffer, port } = workerData as WorkerInput;
  const next = new Int32Array(buffer);
  const post = (m: WorkerMessage) => {
    port.postMessage(m);
    parentPort!.postMessage('i' in m ? 1 : 0); // one more return to take (or none: done)
  };
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
  port.close();
}

void main();
