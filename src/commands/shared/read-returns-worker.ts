// The worker thread of read-returns.ts (bundled alone into dist/workers/read-returns.cjs): claims
// the next unread return from the shared counter, reads its sheets, posts them; then says done,
// and edits the ledger items the main thread sends it (an import's items, beside its judging).
import { parentPort, workerData } from 'node:worker_threads';
import { readSheets } from '../../returns/read.js';
import { ListEditor } from '../../ledger/edit-entries.js';
import type { EditJob, EditReply, WorkerInput, WorkerMessage } from './read-returns.js';

async function main(): Promise<void> {
  const { files, next: buffer, port, edits: jobs } = workerData as WorkerInput;
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
  Atomics.store(next, 1, 1);
  post({ done: true });
  // then it edits the items the main thread sends, until it is stopped
  const editors = new Map<string, ListEditor>();
  jobs.on('message', (job: EditJob) => {
    const key = `${job.file}\0${job.listKey}`;
    let editor = editors.get(key);
    if (!editor && job.text !== undefined) editors.set(key, (editor = new ListEditor(job.text, job.listKey)));
    const parts = job.items.map(({ index, edits }) => editor?.item(index, edits)?.part ?? null);
    jobs.postMessage({ job: job.job, parts } satisfies EditReply);
  });
}

void main();
