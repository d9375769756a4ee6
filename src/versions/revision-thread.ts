// The older version of a diff or reconciliation, loaded in a worker thread while the main thread
// loads the newer one: on a machine with two cores the two parses overlap (issue 12: diff and
// reconcile at 20,000 tasks parse 16 MB at the baseline besides the 30 MB of the working tree).
// It saves waiting, not work: the CPU time is the same or a little more (the worker starts its own
// bundle and git process, and the ledger is copied across). When the worker cannot be started or
// fails in any way, the revision is loaded in this thread as before, so every outcome — output,
// findings, git errors — is the same with or without it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { getLang } from '../i18n/index.js';
import { openCache } from '../ledger/cache.js';
import { unpackLoaded } from '../ledger/loaded-transfer.js';
import type { RevisionAnswer, RevisionJob } from './revision-job.js';
import { loadRevision, type GitLedgers, type RevisionInfo, type Version } from './versions.js';

export interface PendingRevision {
  /** Whether a worker thread is loading it (else it is loaded in this thread when asked for). */
  readonly threaded: boolean;
  /** The version (waits for the worker; loads it here when there is none or it failed). */
  version(): Promise<Version>;
  /** Stops the worker when the version is not wanted after all (an error on the way). */
  cancel(): void;
}

export interface AsideOptions {
  /**
   * The worker's script: by default dist/revision-worker.cjs beside the running bundle (absent when
   * running from sources); false: no worker.
   */
  workerFile?: string | false;
}

/** dist/revision-worker.cjs, seen from a bundle in dist/fast/ or dist/chunks/. */
function defaultWorkerFile(): string | undefined {
  try {
    return fileURLToPath(new URL('../revision-worker.cjs', import.meta.url));
  } catch {
    return undefined;
  }
}

/** Starts loading the ledgers at `info` in a worker thread, when one can be started. */
export function loadRevisionAside(
  g: GitLedgers,
  info: RevisionInfo,
  opts: AsideOptions = {},
): PendingRevision {
  const here: PendingRevision = { threaded: false, version: () => loadRevision(g, info), cancel: () => {} };
  // a spawn function (tests counting git processes) cannot cross to another thread
  if (g.opts.spawn || opts.workerFile === false) return here;
  const file = opts.workerFile ?? defaultWorkerFile();
  if (!file || !existsSync(file)) return here;
  const cache = openCache(g.root);
  if (cache && cache.version === undefined) return here; // a cache that cannot be named to another thread
  const job: RevisionJob = {
    root: g.root,
    sha: info.sha,
    folder: g.folder,
    gitPath: g.opts.git,
    cache: cache ? { root: cache.root, version: cache.version! } : false,
    lang: getLang(),
  };
  let answer: Promise<RevisionAnswer | undefined>;
  let worker: Worker;
  let answered = false;
  try {
    worker = new Worker(file, { workerData: job });
    answer = new Promise((resolve) => {
      worker.once('message', (m: RevisionAnswer) => {
        answered = true;
        worker.unref(); // it ends by itself once its git process has
        resolve(m);
      });
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    });
  } catch {
    return here;
  }
  return {
    threaded: true,
    version: async () => {
      const a = await answer;
      if (!a?.ok) return loadRevision(g, info); // as without a worker: the same result or the same error
      const repoPaths = new Map(a.repoPaths);
      return { revision: info, loaded: unpackLoaded(a.packed), repoPath: (f) => repoPaths.get(f) };
    },
    cancel: () => {
      if (!answered) void worker.terminate();
    },
  };
}
