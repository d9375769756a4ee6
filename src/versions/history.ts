// When did a postponement happen, and when was its approval recorded? Both are read from the
// history: the first version (commit after the baseline, or the working tree) in which the field
// holds its new date, and the first in which a matching `adjustments` record is present. A record
// present with the change or before it approves (when dated on or before the change's day); one
// that first appears later is 事后补录 and approves only with a `ref` (see settleApprovals).
// Versions are found by binary search over the commits that touched the ledger folder (a field
// and a record are taken to keep their value once they have it), each read of a file through the
// one BlobReader, within a budget (HISTORY_READS, HISTORY_BYTES): a postponement still open after
// that keeps its record's word (approved) with `unverified` set, and the reports say so. A clone
// too shallow to answer is an error that says how to fetch the history.
import jsyaml from 'js-yaml';
import { commitsTouching, isShallow, type CommitInfo } from '../git/index.js';
import { idLines, itemSpanAround, listIndent } from '../ledger/item-chunks.js';
import { parseYaml } from '../ledger/parse.js';
import { withoutBom } from '../ledger/decode.js';
import { LEDGER_KINDS } from '../schema/kinds.js';
import { judge, judgeOn, matchingRecords } from '../reconcile/approval.js';
import {
  allPostponements,
  type CommitDay,
  type EntryChange,
  type LedgerDiff,
  type Postponement,
} from '../reconcile/diff.js';
import { InputError } from '../domain/input-error.js';
import { messagesOf } from '../i18n/index.js';
import { runGit } from '../git/run-git.js';
import { worktreeClean, type GitLedgers, type RevisionInfo, type Version } from './versions.js';

/** The most revisions read to date postponements (each is a whole ledger file)... */
export const HISTORY_READS = 32;
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
  /** Whether the clone is shallow, when git was already asked (else it is asked when needed). */
  shallow?: boolean;
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
  const bytes = withoutBom(raw);
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

/** Each file's list indentation and id lines, found once however often it is searched. */
const indexes = new WeakMap<
  FileBytes,
  { indent: number | undefined; lines: ReturnType<typeof idLines> | undefined }
>();

/**
 * The raw data of the entries with these ids in a ledger file (null for one not there). Each is
 * found by its `id:` line (one pass over the file for all of them) and only its own item is
 * decoded and parsed; anything unusual falls back to searching the file, then to parsing it whole.
 */
export function findEntries(f: FileBytes, ids: readonly string[]): Map<string, Raw | null> {
  const out = new Map<string, Raw | null>();
  const { view } = f;
  let idx = indexes.get(f);
  if (!idx) {
    const ind = listIndent(view);
    idx = { indent: ind, lines: ind === undefined ? undefined : idLines(view) };
    indexes.set(f, idx);
  }
  const { indent, lines } = idx;
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

/** Whether the entry's raw data holds a record approving exactly this postponement. */
function hasMatchingRecord(entry: Raw | null, p: Postponement): boolean {
  const list = entry?.adjustments;
  if (!Array.isArray(list)) return false;
  return list.some((a) => {
    if (!a || typeof a !== 'object') return false;
    const r = a as { field?: unknown; to?: unknown };
    return r.field === p.field && typeof r.to === 'string' && r.to.trim() === p.to;
  });
}

/** The history is too shallow to say when a change was made: exit 2, with the fix. */
async function assertDeepEnough(ctx: HistoryContext, commits: readonly CommitInfo[]): Promise<void> {
  if (!(ctx.shallow ?? (await isShallow(ctx.git.root, ctx.git.opts)))) return;
  const head = commits[commits.length - 1]?.sha ?? 'HEAD';
  const r = await runGit(ctx.git.root, ['merge-base', '--is-ancestor', ctx.from.sha, head], ctx.git.opts);
  if (r.code !== 0) throw new InputError(messagesOf('git').historyTooShallow({ rev: ctx.from.rev }));
}

/**
 * Gives every postponement of `diff` its verdict. The rule (one for every command): the change is
 * made in the first version (commit, or the working tree) where the field holds its new date; a
 * matching `adjustments` record (same field and `to`) present in that version, or an earlier one,
 * approves it when dated on or before the day of the change (else 'after-change'). A record that
 * first appears in a LATER version is 事后补录: it approves only with a `ref` (else
 * 'late-without-ref'), and the verdict carries both versions (`late`) so that every report lists
 * it for review. Versions are read from the history as needed (binary search over the commits
 * that touched the folder; a field and a record are taken to keep their value once they have it).
 */
export async function settleApprovals(diff: LedgerDiff, ctx: HistoryContext): Promise<void> {
  const items = allPostponements(diff);
  if (!items.length) return;
  // without a matching record nothing depends on the history
  const open: Open[] = [];
  for (const { entry, postponement: p } of items) {
    const v = judge(p, { earliest: '0000-00-00', latest: '9999-99-99' });
    if (v && v.status === 'unapproved') p.verdict = v;
    else open.push({ entry, p });
  }
  if (!open.length) return;

  const prefetch = ctx.prefetch ?? prefetchHistory(ctx.git, ctx.from, ctx.to.revision);
  const commits: CommitInfo[] = await prefetch.commits;
  await assertDeepEnough(ctx, commits);
  // the versions after the baseline, oldest first: the commits, then the working tree when it differs
  const worktree = !ctx.to.revision;
  const dirty = worktree && (commits.length === 0 || !(await prefetch.clean!));
  const versions: CommitDay[] = commits.map((c) => ({ sha: c.sha, date: c.date }));
  if (dirty) versions.push({ sha: '', date: ctx.today });
  const last = versions.length - 1;
  if (last < 0) {
    // nothing after the baseline: cannot happen with a postponement, but judge by today
    for (const x of open) x.p.verdict = judgeOn(x.p, ctx.today);
    return;
  }

  const reader = versionReader(ctx, versions);
  for (const x of open) await settleOne(x, reader, ctx, versions);
}

type Open = { entry: EntryChange; p: Postponement };

interface VersionReader {
  /** The entry at version i (the newest version is the one in memory); undefined out of reads. */
  entryAt(i: number, path: string | undefined, x: Open): Promise<Raw | null | undefined>;
  /** The first version in [lo, last] where `test` holds (it holds at `last`); undefined out of reads. */
  firstWhere(
    lo: number,
    path: string | undefined,
    x: Open,
    test: (e: Raw | null) => boolean,
  ): Promise<number | undefined>;
}

/** Reads entries at the versions after the baseline, within the read and byte budgets. */
function versionReader(ctx: HistoryContext, versions: readonly CommitDay[]): VersionReader {
  const last = versions.length - 1;
  let reads = 0;
  let readBytes = 0;
  const maxReads = ctx.maxReads ?? HISTORY_READS;
  const maxBytes = ctx.maxBytes ?? HISTORY_BYTES;
  const files = new Map<string, FileBytes | null>();
  const entryAt: VersionReader['entryAt'] = async (i, path, x) => {
    if (i === last) return x.entry.entry as unknown as Raw;
    if (!path) return undefined;
    const key = `${i}\0${path}`;
    let f = files.get(key);
    if (f === undefined) {
      if (reads >= maxReads || readBytes > maxBytes) return undefined;
      const raw = await ctx.git.reader.readBytes(versions[i]!.sha, path);
      reads++;
      readBytes += raw?.length ?? 0;
      f = raw === null ? null : fileBytes(raw);
      files.set(key, f);
    }
    return f === null ? null : (findEntries(f, [x.entry.id]).get(x.entry.id) ?? null);
  };
  const firstWhere: VersionReader['firstWhere'] = async (lo, path, x, test) => {
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = await entryAt(mid, path, x);
      if (e === undefined) return undefined;
      if (test(e)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return { entryAt, firstWhere };
}

/** One postponement's verdict from the versions: when the date changed, and when its record appeared. */
async function settleOne(
  x: Open,
  reader: VersionReader,
  ctx: HistoryContext,
  versions: readonly CommitDay[],
): Promise<void> {
  const p = x.p;
  const first = matchingRecords(p)[0]!;
  const unverified = () => {
    p.verdict = { status: 'approved', record: first, unverified: true };
  };
  const path = ctx.to.repoPath(ctx.to.loaded.origin(x.entry.entry)?.file ?? '');
  const change = await reader.firstWhere(0, path, x, (e) => fieldValue(e, p.field) === p.to);
  if (change === undefined) return unverified();
  const changed = versions[change]!;
  p.changedOn = changed.date;
  const atChange = await reader.entryAt(change, path, x);
  if (atChange === undefined) return unverified();
  if (hasMatchingRecord(atChange, p)) {
    // recorded with the change or before it: judged by the record's date
    p.verdict = judgeOn(p, changed.date);
    return;
  }
  const recorded = await reader.firstWhere(change + 1, path, x, (e) => hasMatchingRecord(e, p));
  if (recorded === undefined) return unverified();
  const late = { change: changed, record: versions[recorded]! };
  const withRef = matchingRecords(p).find((r) => r.ref !== undefined && r.ref.trim() !== '');
  p.verdict = withRef
    ? { status: 'approved', record: withRef, late }
    : { status: 'unapproved', reason: 'late-without-ref', record: first, late };
}

/** Verdicts without history (a folder baseline): the change is taken to have happened on `day`. */
export function settleWithoutHistory(diff: LedgerDiff, day: string): void {
  for (const { postponement: p } of allPostponements(diff)) p.verdict = judgeOn(p, day);
}
