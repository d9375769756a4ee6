// The worker thread of parallel-load.ts: reads the ledger folder at one revision through its own
// `git cat-file --batch` process, parses it, and posts it back as JSON. Built as
// dist/revision-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { loadForWorker, type WorkerRequest } from './parallel-load.js';

if (parentPort && workerData) {
  parentPort.postMessage(await loadForWorker(workerData as WorkerRequest));
}
