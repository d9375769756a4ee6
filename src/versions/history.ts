// When did a postponement happen, relative to its approval? Decided without git where the
// answer cannot depend on it (approval.ts); otherwise from the history, reading as few versions
// as possible: a ledger file may be megabytes, and reading every one of a few hundred commits
// would cost more than everything else together.
//
// The question for a postponement approved by a record dated D is whether the field already
// held its new value in the last commit dated before D (call it c*): if so, it was changed
// before the approval (unapproved, 'after-change'); if not, the change came later, on or after
// D (approved). A field is taken to keep its new value once it has it (if it went back and
// forth, the answer concerns the last commit that matters). One read of a revision answers the
// question for every pending postponement whose entry is in that file: a value already new at
// or before c* settles it as unapproved, a value still old at or after c* as approved. The
// revisions read are chosen greedily (the commit that is c* for the most postponements first),
// all through the one BlobReader, within a budget (HISTORY_READS, HISTORY_BYTES); a postponement still open after
// that keeps its record's word (approved) with `unverified` set, and the report says so.
// A change still only in the working tree happened today.
import jsyaml from 'js-yaml';
import { commitsTouching, type CommitInfo } from '../git/index.js';
import { idLines, itemSpanAround, listIndent } from '../ledger/item-chunks.js';
import { parseYaml } from '../ledger/parse.js';
import { LEDGER_KINDS } from '../schema/index.js';
import { judge, judgeOn, matchingRecords } from '../reconcile/approval.js';
import { allPostponements, type EntryChange, type LedgerDiff, type Postponement } from '../reconcile/diff.js';
import { worktreeClean, type GitLedgers, type RevisionInfo, type Version } from './versions.js';

/** The most revisions read to date postponements (each is a whole ledger file)... */
export const HISTORY_READS = 32;
/** Reads asked of git at once. */
const READ_BATCH = 8;
/** ...and the most bytes: one read of a province-sized file, a dozen or more of a city's. */
export const HISTORY_BYTES = 16 * 2 ** 20;

export interface HistoryContext {
  git: GitLedgers;
  /** The older version (a revision). */
  from: RevisionInfo;
  /** The newer version: a revision, or the working tree when it has no revision. */
  to: Version;
  /** Today in the policy's time zone: the day of a change still in the working tree. */
  today: string;
  /** The git commands started early (prefetchHistory), if they were. */
  prefetch?: HistoryPrefetch;
  /** The most revisions and bytes to read (default HISTORY_READS, HISTORY_BYTES). */
  maxReads?: number;
  maxBytes?: number;
}

type Raw = Record<string, unknown>;

function asEntry(v: unknown, id: string): Raw | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && (v as { id?: unknown }).id === id
    ? (v as Raw)
    : null;
}

function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** A ledger file's bytes, and a one-byte-per-character view of them for finding things fast. */
export interface FileBytes {
  bytes: Buffer;
  /** latin1 view: offsets are byte offsets; ids, keys and indentation are ASCII, so they match. */
  view: string;
}

export function fileBytes(raw: Buffer): FileBytes {
  const bytes = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
  return { bytes, view: bytes.toString('latin1') };
}

function parseItem(f: FileBytes, start: number, end: number, id: string): Raw | null {
  try {
    const data = jsyaml.load(f.bytes.subarray(start, end).toString('utf8'), { schema: jsyaml.CORE_SCHEMA });
    return Array.isArray(data) ? asEntry(data[0], id) : null;
  } catch {
    return null; // not a whole item
  }
}

/**
 * The raw data of the entries with these ids in a ledger file (null for one not there). Each is
 * found by its `id:` line (one pass over the file for all of them) and only its own item is
 * decoded and parsed; anything unusual falls back to searching the file, then to parsing it whole.
 */
export function findEntries(f: FileBytes, ids: readonly string[]): Map<string, Raw | null> {
  const out = new Map<string, Raw | null>();
  const { view } = f;
  const indent = listIndent(view);
  const lines = indent === undefined ? undefined : idLines(view);
  let whole: Map<string, Raw> | undefined;
  for (const id of ids) {
    let found: Raw | null = null;
    if (indent !== undefined) {
      const at = lines!.get(id);
      const span = at === undefined ? undefined : itemSpanAround(view, view.indexOf(id, at), indent);
      if (span) found = parseItem(f, span.start, span.end, id);
      for (
        let pos = found ? -1 : view.indexOf(id);
        !found && pos >= 0;
        pos = view.indexOf(id, pos + id.length)
      ) {
        if (isIdChar(view.charCodeAt(pos - 1)) || isIdChar(view.charCodeAt(pos + id.length))) continue;
        const s = itemSpanAround(view, pos, indent);
        if (s) found = parseItem(f, s.start, s.end, id);
      }
    } else {
      whole ??= wholeFile(f.bytes.toString('utf8'));
      found = whole.get(id) ?? null;
    }
    out.set(id, found);
  }
  return out;
}

function wholeFile(text: string): Map<string, Raw> {
  const out = new Map<string, Raw>();
  const data = parseYaml(text).data;
  if (data === null || typeof data !== 'object') return out;
  for (const kind of LEDGER_KINDS) {
    const list = (data as Raw)[kind];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && !out.has(id)) out.set(id, item as Raw);
    }
  }
  return out;
}

/** The raw data of the entry with `id` in a ledger file's text, or null. */
export function findEntry(text: string, id: string): Raw | null {
  return findEntries(fileBytes(Buffer.from(text, 'utf8')), [id]).get(id) ?? null;
}

/** The date a field (deadline, end, milestones.<name>) holds in an entry's raw data. */
export function fieldValue(entry: Raw | null, field: string): string | undefined {
  if (!entry) return undefined;
  if (!field.startsWith('milestones.')) {
    const v = entry[field];
    return typeof v === 'string' ? v : undefined;
  }
  const name = field.slice('milestones.'.length);
  const list = entry.milestones;
  if (!Array.isArray(list)) return undefined;
  const m = list.find((x) => x && typeof x === 'object' && (x as { name?: unknown }).name === name) as
    | { due?: unknown }
    | undefined;
  return typeof m?.due === 'string' ? m.due : undefined;
}

export interface HistoryPrefetch {
  /** Commits after the older version up to the newer one (or HEAD) that touched the folder. */
  commits: Promise<CommitInfo[]>;
  /** For the working tree: whether it is as committed. */
  clean?: Promise<boolean>;
}

/**
 * Starts the git commands the history needs, so that git runs them while the ledgers are being
 * loaded (their output is small and waits in the pipe). Never rejects unobserved.
 */
export function prefetchHistory(
  git: GitLedgers,
  from: RevisionInfo,
  to: RevisionInfo | undefined,
): HistoryPrefetch {
  const commits = commitsTouching(git.root, from.sha, to?.sha ?? 'HEAD', [git.folder], git.opts);
  commits.catch(() => {});
  if (to) return { commits };
  const clean = worktreeClean(git);
  clean.catch(() => {});
  return { commits, clean };
}

interface Pending {
  entry: EntryChange;
  p: Postponement;
  /** Path of the entry's file in the repository. */
  path?: string;
  /** Index in `commits` of c*, the last commit dated before the approval. */
  cstar: number;
}

function decide(
  items: { entry: EntryChange; postponement: Postponement }[],
  window: { earliest: string; latest: string },
) {
  const pending: { entry: EntryChange; postponement: Postponement }[] = [];
  for (const it of items) {
    const v = judge(it.postponement, window);
    if (!v) pending.push(it);
    else {
      it.postponement.verdict = v;
      if (window.earliest === window.latest) it.postponement.changedOn = window.earliest;
    }
  }
  return pending;
}

/**
 * Gives every postponement of `diff` its verdict (approved or not, and why), looking into the
 * history when the verdict depends on the day of the change.
 */
export async function settleApprovals(diff: LedgerDiff, ctx: HistoryContext): Promise<void> {
  const items = allPostponements(diff);
  if (!items.length) return;
  const worktree = !ctx.to.revision;
  const latest = ctx.to.revision ? ctx.to.revision.date : ctx.today;
  let open = decide(items, { earliest: ctx.from.date, latest });
  if (!open.length) return;

  const prefetch = ctx.prefetch ?? prefetchHistory(ctx.git, ctx.from, ctx.to.revision);
  const commits: CommitInfo[] = await prefetch.commits;
  open = decide(open, { earliest: commits[0]?.date ?? latest, latest });
  if (!open.length) return;

  let reads = 0;
  let readBytes = 0;
  let lastSize = 0;
  const maxReads = ctx.maxReads ?? HISTORY_READS;
  const maxBytes = ctx.maxBytes ?? HISTORY_BYTES;
  // `${index}\0${path}` → id → entry. A read asks for every postponement still open in that
  // file; the open set only shrinks, so a later ask for the same revision is always answered.
  const values = new Map<string, Map<string, Raw | null>>();
  const read = async (index: number, path: string, ids: string[]): Promise<Map<string, Raw | null>> => {
    const key = `${index}\0${path}`;
    let found = values.get(key);
    if (found) return found;
    const raw = await ctx.git.reader.readBytes(commits[index]!.sha, path);
    reads++;
    lastSize = raw?.length ?? 0;
    readBytes += lastSize;
    found = raw === null ? new Map(ids.map((id) => [id, null])) : findEntries(fileBytes(raw), ids);
    values.set(key, found);
    return found;
  };

  let pending: Pending[] = open.map(({ entry, postponement: p }) => {
    const d = matchingRecords(p)[0]!.on;
    let cstar = -1;
    for (let i = 0; i < commits.length; i++) if (commits[i]!.date < d) cstar = i;
    return { entry, p, path: ctx.to.repoPath(ctx.to.loaded.origin(entry.entry)?.file ?? ''), cstar };
  });

  // A change only in the working tree: the last commit still has the old value. When the
  // working tree is as committed, every change is in a commit and there is nothing to read.
  if (worktree && commits.length && !(await prefetch.clean!)) {
    const last = commits.length - 1;
    const byPath = groupBy(
      pending.filter((x) => x.path),
      (x) => x.path!,
    );
    for (const [path, group] of byPath) {
      const vals = await read(
        last,
        path,
        group.map((x) => x.entry.id),
      );
      for (const x of group) {
        if (fieldValue(vals.get(x.entry.id) ?? null, x.p.field) !== x.p.to) {
          x.p.changedOn = ctx.today;
          x.p.verdict = judgeOn(x.p, ctx.today);
        }
      }
    }
    pending = pending.filter((x) => !x.p.verdict);
  } else if (worktree && !commits.length) {
    for (const x of pending) {
      x.p.changedOn = ctx.today;
      x.p.verdict = judgeOn(x.p, ctx.today);
    }
    pending = [];
  }

  // Rounds of up to READ_BATCH reads at once (git answers one while the last is looked at);
  // a read is made only when one more of the size of the last would stay within the budget.
  while (pending.length && reads < maxReads && readBytes + lastSize <= maxBytes) {
    // the revisions that are c* for the most open postponements (of one file), most first
    const groups = [
      ...groupBy(
        pending.filter((x) => x.path && x.cstar >= 0),
        (x) => `${x.cstar}\0${x.path}`,
      ).values(),
    ];
    if (!groups.length) break;
    groups.sort((a, b) => b.length - a.length);
    const room = Math.min(
      READ_BATCH,
      maxReads - reads,
      lastSize ? Math.max(1, Math.floor((maxBytes - readBytes) / lastSize)) : 1,
    );
    const chosen = groups.slice(0, room).map((g) => ({ index: g[0]!.cstar, path: g[0]!.path! }));
    const results = await Promise.all(
      chosen.map(({ index, path }) => {
        const ids = pending.filter((x) => x.path === path).map((x) => x.entry.id);
        return read(index, path, ids).then((vals) => ({ index, path, vals }));
      }),
    );
    for (const { index, path, vals } of results) {
      for (const x of pending) {
        if (x.path !== path || x.p.verdict) continue;
        const isNew = fieldValue(vals.get(x.entry.id) ?? null, x.p.field) === x.p.to;
        if (isNew && index <= x.cstar) {
          x.p.changedOn = commits[index]!.date; // changed on or before this day
          x.p.verdict = { status: 'unapproved', reason: 'after-change', record: matchingRecords(x.p)[0]! };
        } else if (!isNew && index >= x.cstar) {
          x.p.verdict = { status: 'approved', record: matchingRecords(x.p)[0]! };
        }
      }
    }
    pending = pending.filter((x) => !x.p.verdict);
  }
  for (const x of pending) {
    // out of reads (or an entry whose file is unknown): the record is taken at its word
    x.p.verdict = { status: 'approved', record: matchingRecords(x.p)[0]!, unverified: true };
  }
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = m.get(k);
    if (g) g.push(t);
    else m.set(k, [t]);
  }
  return m;
}

/** Verdicts without history (a folder baseline): the change is taken to have happened on `day`. */
export function settleWithoutHistory(diff: LedgerDiff, day: string): void {
  for (const { postponement: p } of allPostponements(diff)) p.verdict = judgeOn(p, day);
}
