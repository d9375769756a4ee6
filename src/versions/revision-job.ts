// Loading the ledger folder at a git revision as a job that a worker thread runs (see
// revision-thread.ts): the job is plain data, and so is the answer (a packed Loaded), so that the
// main thread can load the working tree meanwhile. The worker reads the files through its own
// `git cat-file --batch` process.
import { BlobReader } from '../git/index.js';
import { getLang, setLang, type Lang } from '../i18n/index.js';
import { openCache } from '../ledger/cache.js';
import { loadTexts } from '../ledger/load.js';
import { packLoaded, type PackedLoaded } from '../ledger/loaded-transfer.js';
import { readRevision } from './at-revision.js';

export interface RevisionJob {
  /** The repository's top folder. */
  root: string;
  /** The commit. */
  sha: string;
  /** The ledger folder relative to `root`. */
  folder: string;
  /** The git executable, when not `git` from PATH. */
  gitPath?: string;
  /** The parse cache to use (its folder and build id), or none. */
  cache: { root: string; version: string } | false;
  /** The language findings are worded in. */
  lang: Lang;
}

export type RevisionAnswer =
  | { ok: true; packed: PackedLoaded; repoPaths: [string, string][] }
  | { ok: false; error: string };

/** Runs the job; never throws (a failure is answered, and the caller loads the revision itself). */
export async function runRevisionJob(job: RevisionJob): Promise<RevisionAnswer> {
  const reader = BlobReader.open(job.root, { git: job.gitPath });
  const lang = getLang();
  try {
    setLang(job.lang);
    const { sources, repoPaths } = await readRevision(reader, job.root, job.sha, job.folder, {
      git: job.gitPath,
    });
    const cache = job.cache && openCache(job.root, { root: job.cache.root, version: job.cache.version });
    const loaded = loadTexts(sources, job.folder, { cache: cache ?? false });
    return { ok: true, packed: packLoaded(loaded, sources), repoPaths: [...repoPaths] };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  } finally {
    setLang(lang);
    reader.close();
  }
}
