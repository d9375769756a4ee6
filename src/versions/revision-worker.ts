// The entry of the worker thread that loads a revision (bundled alone into
// dist/revision-worker.cjs by scripts/build.mjs): one job from workerData, one answer posted back.
// The files' bytes are moved, not copied (each in a buffer of its own).
import { parentPort, workerData } from 'node:worker_threads';
import { runRevisionJob, type RevisionAnswer, type RevisionJob } from './revision-job.js';

function movable(answer: RevisionAnswer): ArrayBuffer[] {
  if (!answer.ok) return [];
  const out: ArrayBuffer[] = [];
  const bytes = answer.packed.bytes;
  for (const [file, b] of Object.entries(bytes)) {
    if (typeof b === 'string') continue;
    const own = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
    bytes[file] = own;
    out.push(own.buffer as ArrayBuffer);
  }
  return out;
}

if (parentPort) {
  const port = parentPort;
  void runRevisionJob(workerData as RevisionJob).then((answer) => port.postMessage(answer, movable(answer)));
}
