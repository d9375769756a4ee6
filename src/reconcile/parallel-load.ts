// Loading the older version of the ledgers on the machine's other core. Reading a revision and
// parsing it costs about as much as `reform check` itself; a worker thread does it while the
// main thread loads and checks the working tree (or reads the other revision), and hands the
// result back as one JSON text. When the other version is the working tree, the worker reads its
// files too and leaves the items whose text did not change unparsed: the main thread takes its own
// entries for them (reuse.ts), after checking that it loaded the very same files. Where no worker
// can be started (the TypeScript sources under the test runner, or a worker that fails), the
// version is loaded in the main thread afterwards, in the same way. While the main thread is still
// busy, the worker also settles the postponements among the changed entries (history.ts), and stops
// as soon as the main thread asks for the result: what it did not settle, the main thread does.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BlobReader, GitError, type GitErrorCode } from '../git/index.js';
import { readRevision } from '../ledger/at-revision.js';
import { decode } from '../ledger/decode.js';
import { ledgerFiles } from '../ledger/files.js';
import { displayPath, loadTexts } from '../ledger/load.js';
import { chunkId, entriesById, isSameAs, loadReusing, textsById, type KnownItem } from '../ledger/reuse.js';
import type { Finding } from '../diagnostics/types.js';
import type { Loaded } from '../ledger/load.js';
import type { Ledger, Origin, SourceInfo } from '../ledger/types.js';
import type { FileKind } from '../schema/index.js';
import { LEDGER_KINDS } from '../schema/index.js';
import { gitUsage, loadRevision, worktreeVersion, type GitLedgers, type RevisionInfo, type Version } from './versions.js';
import { diffLedgers } from './diff.js';
import { settleApprovals, settledVerdicts, type SettledVerdict } from './history.js';
import { splitItems } from '../ledger/item-chunks.js';
import type { SourceText } from '../ledger/load.js';

/** What the worker is given. */
export interface WorkerRequest {
  root: string;
  folder: string;
  sha: string;
  timeZone?: string;
  /**
   * The working tree's ledger folder, when the other version is the working tree: items whose
   * text is the same there are not parsed but sent as SameAs placeholders, and the main thread
   * takes its own entries for them (after checking that it read the same files).
   */
  worktree?: string;
  /**
   * With `worktree`: also settle the postponements of the entries that changed, reading the
   * history here too, and send the verdicts back (the main thread applies them to its diff).
   */
  history?: { from: RevisionInfo; today: string };
  /** Set to 1 by the main thread once it is ready for the result: history work stops there. */
  ready?: Int32Array;
}

export type WorkerReply =
  | { ok: true; payload: string }
  | { ok: false; error: { git?: { code: GitErrorCode; rev?: string; path?: string; detail?: string }; message: string } };

interface Payload {
  ledger: Ledger;
  findings: Finding[];
  files: SourceInfo[];
  complete: Record<FileKind, boolean>;
  knownIds: string[];
  entries: number;
  /** Per ledger kind, the origin of each entry of that list, in order. */
  origins: Record<string, Origin[]>;
  repoPaths: [string, string][];
  /** Hashes of the working-tree files the placeholders refer to, by display path. */
  worktreeHashes?: [string, string][];
  /** Verdicts on the postponements of the changed entries (WorkerRequest.history). */
  verdicts?: SettledVerdict[];
}

/** A loaded version as one JSON text (the worker's side). */
export function serializeLoaded(
  loaded: Loaded,
  repoPaths: Map<string, string>,
  worktreeHashes?: Map<string, string>,
  verdicts?: SettledVerdict[],
): string {
  const origins: Record<string, Origin[]> = {};
  for (const kind of LEDGER_KINDS) origins[kind] = loaded.ledger[kind].map((e) => loaded.origin(e)!);
  const payload: Payload = {
    ledger: loaded.ledger,
    findings: loaded.findings,
    files: loaded.files,
    complete: loaded.complete,
    knownIds: [...loaded.knownIds],
    entries: loaded.entries,
    origins,
    repoPaths: [...repoPaths],
    worktreeHashes: worktreeHashes ? [...worktreeHashes] : undefined,
    verdicts,
  };
  return JSON.stringify(payload);
}

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The loaded version back from its JSON text (the main thread's side). SameAs placeholders
 * become `current`'s own entries; undefined when that cannot be done safely (the files differ
 * from the ones the worker read, or an entry is not there).
 */
export function reviveLoaded(
  json: string,
  current?: Loaded,
): { loaded: Loaded; repoPaths: Map<string, string>; verdicts?: SettledVerdict[] } | undefined {
  const p = JSON.parse(json) as Payload;
  let known: Map<string, KnownItem> | undefined;
  const origins = new WeakMap<object, Origin>();
  for (const kind of LEDGER_KINDS) {
    const list = p.ledger[kind] as object[];
    for (let i = 0; i < list.length; i++) {
      let e = list[i]!;
      if (isSameAs(e)) {
        if (!known) {
          if (!current || !sameFiles(p.worktreeHashes ?? [], current)) return undefined;
          known = entriesById(current);
        }
        const k = known.get(e.id);
        if (!k) return undefined;
        e = k.entry;
        list[i] = e;
      }
      origins.set(e, p.origins[kind]![i]!);
    }
  }
  const loaded: Loaded = {
    ledger: p.ledger,
    findings: p.findings,
    files: p.files,
    complete: p.complete,
    knownIds: new Set(p.knownIds),
    origin: (e) => origins.get(e),
    locator: () => undefined,
    entries: p.entries,
  };
  return { loaded, repoPaths: new Map(p.repoPaths), verdicts: p.verdicts };
}

/** The dates an entry holds under the keys that can be postponed, as one sorted text. */
function entryDates(e: object): string {
  const x = e as { deadline?: unknown; end?: unknown; milestones?: { due?: unknown }[] };
  const out: string[] = [];
  if (typeof x.deadline === 'string') out.push(`deadline=${x.deadline}`);
  if (typeof x.end === 'string') out.push(`end=${x.end}`);
  if (Array.isArray(x.milestones)) for (const m of x.milestones) if (typeof m?.due === 'string') out.push(`due=${m.due}`);
  return out.sort().join(' ');
}

const DATE_KEYS = /\b(deadline|end|due)[ ]*:[ ]*(\d{4}-\d{2}-\d{2})\b/g;

/**
 * The same from an item's text, without parsing it. A date written any other way (or the same
 * words in a note) only makes the two differ, and the entry is then parsed and compared: safe.
 */
function textDates(t: string): string {
  const out: string[] = [];
  for (const m of t.matchAll(DATE_KEYS)) out.push(`${m[1]}=${m[2]}`);
  return out.sort().join(' ');
}

/**
 * The verdicts on the postponements among the entries whose text changed (the worker's side):
 * those entries of the working tree are parsed (alone), compared with the older version, and
 * settled against the history, while the main thread is still loading.
 */
async function changedVerdicts(
  git: GitLedgers,
  older: Loaded,
  worktreeTexts: readonly { kind: FileKind; file: string; text: string }[],
  worktree: string,
  history: { from: RevisionInfo; today: string },
  stop: () => boolean,
): Promise<SettledVerdict[]> {
  // the entries whose text changed, with the dates they held (only a changed date can be postponed)
  const changed = new Map<string, string>();
  const before = { ...older.ledger };
  for (const kind of LEDGER_KINDS) {
    const list = (older.ledger[kind] as object[]).filter((e) => !isSameAs(e));
    for (const e of list) changed.set((e as { id: string }).id, entryDates(e));
    (before as Record<string, unknown>)[kind] = list;
  }
  before.units = [];
  const subs: SourceText[] = [];
  for (const { kind, file, text } of worktreeTexts) {
    const chunks = splitItems(text);
    if (!chunks) continue;
    const parts = [text.slice(0, chunks.headerEnd)];
    for (const { start, end } of chunks.items) {
      const t = text.slice(start, end);
      const id = chunkId(t);
      const was = id === undefined ? undefined : changed.get(id);
      if (was !== undefined && was !== textDates(t)) parts.push(t.endsWith('\n') ? t : `${t}\n`);
    }
    if (parts.length > 1) subs.push({ kind, file, bytes: parts.join('') });
  }
  if (stop()) return [];
  const current = loadTexts(subs, git.folder);
  current.ledger.units = [];
  const diff = diffLedgers(before, current.ledger);
  await settleApprovals(diff, { git, from: history.from, to: worktreeVersion(git, worktree, current), today: history.today, stop });
  return settledVerdicts(diff);
}

/** Whether the main thread loaded the same working-tree files as the worker read. */
function sameFiles(hashes: readonly [string, string][], current: Loaded): boolean {
  if (!hashes.length) return false;
  for (const [file, hash] of hashes) {
    const text = current.locator(file)?.text;
    if (text === undefined || textHash(text) !== hash) return false;
  }
  return true;
}

/** The worker's work: the revision read and parsed, unchanged items left as placeholders. */
export async function loadForWorker(req: WorkerRequest): Promise<WorkerReply> {
  const opts = req.timeZone ? { timeZone: req.timeZone } : {};
  const reader = BlobReader.open(req.root, opts);
  try {
    let known: Map<string, KnownItem> | undefined;
    let hashes: Map<string, string> | undefined;
    const worktreeTexts: { kind: FileKind; file: string; text: string }[] = [];
    if (req.worktree) {
      hashes = new Map();
      for (const f of ledgerFiles(req.worktree)) {
        if (!(LEDGER_KINDS as readonly string[]).includes(f.kind)) continue;
        const d = decode(readFileSync(f.abs));
        if (!('text' in d)) continue;
        const file = displayPath(f.abs);
        worktreeTexts.push({ kind: f.kind, file, text: d.text });
        hashes.set(file, textHash(d.text));
      }
      known = textsById(worktreeTexts);
    }
    const { sources, repoPaths } = await readRevision(reader, req.root, req.sha, req.folder, opts);
    const loaded = known?.size ? loadReusing(sources, known, req.folder) : loadTexts(sources, req.folder);
    let verdicts: SettledVerdict[] | undefined;
    if (req.history && req.worktree) {
      const git = { root: req.root, folder: req.folder, reader, opts, close: () => {} };
      const ready = req.ready;
      const stop = () => !!ready && Atomics.load(ready, 0) === 1;
      if (!stop()) verdicts = await changedVerdicts(git, loaded, worktreeTexts, req.worktree, req.history, stop).catch(() => undefined);
    }
    return { ok: true, payload: serializeLoaded(loaded, repoPaths, hashes, verdicts) };
  } catch (err) {
    return errorReply(err);
  } finally {
    reader.close();
  }
}

export function errorReply(err: unknown): WorkerReply {
  if (err instanceof GitError) {
    return { ok: false, error: { git: { code: err.code, rev: err.rev, path: err.path, detail: err.detail }, message: err.message } };
  }
  return { ok: false, error: { message: err instanceof Error ? err.message : String(err) } };
}

/** The worker script next to the built CLI; undefined when running from the TypeScript sources. */
function workerUrl(): URL | undefined {
  if (process.env.REFORM_WORKERS === '0' || !import.meta.url.endsWith('.js')) return undefined;
  for (const rel of ['../revision-worker.js', './revision-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export interface PendingVersion {
  /**
   * The version; `reuse` is used only when it is loaded in the main thread after all. `verdicts`:
   * the postponements the worker settled already (see WorkerRequest.history).
   */
  result(reuse?: Loaded): Promise<Version & { verdicts?: SettledVerdict[] }>;
  /** Stops the worker (the result is no longer wanted). */
  cancel(): void;
}

/**
 * Starts loading the ledgers at a revision, on a worker thread when one can be started.
 * `worktree`: the working-tree ledger folder the result will be compared with, if it will be.
 */
export function startRevisionLoad(
  g: GitLedgers,
  info: RevisionInfo,
  worktree?: string,
  history?: { today: string },
): PendingVersion {
  const url = workerUrl();
  const inProcess = (reuse?: Loaded) => loadRevision(g, info, reuse);
  if (!url) return { result: inProcess, cancel: () => {} };
  let worker: Worker;
  const ready = new Int32Array(new SharedArrayBuffer(4));
  try {
    const request: WorkerRequest = { root: g.root, folder: g.folder, sha: info.sha, timeZone: g.opts.timeZone };
    if (worktree !== undefined) {
      request.worktree = resolve(worktree);
      if (history) request.history = { from: info, today: history.today };
    }
    request.ready = ready;
    worker = new Worker(url, { workerData: request });
  } catch {
    return { result: inProcess, cancel: () => {} };
  }
  const reply = new Promise<WorkerReply | undefined>((resolve) => {
    worker.once('message', (m: WorkerReply) => resolve(m));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return {
    async result(reuse?: Loaded): Promise<Version & { verdicts?: SettledVerdict[] }> {
      Atomics.store(ready, 0, 1); // the worker settles postponements only while we are busy
      const m = await reply;
      void worker.terminate();
      if (!m) return inProcess(reuse); // the worker failed: do it here
      if (!m.ok) {
        const e = m.error.git;
        if (e) return gitUsage(() => Promise.reject(new GitError(e.code, { rev: e.rev, path: e.path, detail: e.detail })));
        throw new Error(m.error.message);
      }
      const revived = reviveLoaded(m.payload, reuse);
      if (!revived) return inProcess(reuse); // the working tree changed under us: do it here
      const { loaded, repoPaths, verdicts } = revived;
      return { revision: info, loaded, repoPath: (f) => repoPaths.get(f), verdicts };
    },
    cancel() {
      void worker.terminate();
    },
  };
}
