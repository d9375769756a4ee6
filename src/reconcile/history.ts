// When did a postponement happen? Judged without git where the answer does not depend on it
// (approval.ts); otherwise from the history: the commits between the two versions that touched
// the ledger folder (one `git log`), and the entry's field in a few of them, read through the
// one BlobReader and found by its item text without parsing the whole file. The day of the
// change is the committer day of the first of those commits from which on the field holds its
// new value (a binary search over the commits: the value is assumed not to go back and forth;
// if it did, the day found is that of one of the commits that set the new value). A change
// still only in the working tree happened today.
import jsyaml from 'js-yaml';
import { commitsTouching, type CommitInfo } from '../git/index.js';
import { splitItems, itemsMentioning, type ItemChunks } from '../ledger/item-chunks.js';
import { parseYaml } from '../ledger/parse.js';
import { LEDGER_KINDS } from '../schema/index.js';
import { judge, judgeOn } from './approval.js';
import { allPostponements, type EntryChange, type LedgerDiff, type Postponement } from './diff.js';
import { gitUsage, type GitLedgers, type RevisionInfo, type Version } from './versions.js';

export interface HistoryContext {
  git: GitLedgers;
  /** The older version (a revision). */
  from: RevisionInfo;
  /** The newer version: a revision, or the working tree when it has no revision. */
  to: Version;
  /** Today in the policy's time zone: the day of a change still in the working tree. */
  today: string;
}

interface FileText {
  text: string;
  chunks: ItemChunks | undefined;
  /** Raw entries found by id, cached. */
  found: Map<string, Record<string, unknown> | null>;
}

/** Reads files at revisions, keeping the last few (the binary searches of several entries share probes). */
class ProbeCache {
  private readonly files = new Map<string, Promise<FileText | null>>();
  constructor(private readonly git: GitLedgers, private readonly limit = 6) {}

  file(sha: string, path: string): Promise<FileText | null> {
    const key = `${sha}:${path}`;
    let f = this.files.get(key);
    if (f) {
      this.files.delete(key);
      this.files.set(key, f);
      return f;
    }
    f = this.git.reader.read(sha, path).then((text) => (text === null ? null : { text, chunks: splitItems(text), found: new Map() }));
    this.files.set(key, f);
    while (this.files.size > this.limit) this.files.delete(this.files.keys().next().value!);
    return f;
  }

  async entry(sha: string, path: string, id: string): Promise<Record<string, unknown> | null> {
    const f = await this.file(sha, path);
    if (!f) return null;
    if (!f.found.has(id)) f.found.set(id, findEntry(f, id));
    return f.found.get(id)!;
  }
}

function asEntry(v: unknown, id: string): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && (v as { id?: unknown }).id === id ? (v as Record<string, unknown>) : null;
}

/** The raw data of the entry with `id` in a ledger file's text, or null. */
export function findEntry(f: Pick<FileText, 'text' | 'chunks'>, id: string): Record<string, unknown> | null {
  const { text, chunks } = f;
  if (chunks) {
    for (const i of itemsMentioning(text, chunks, id)) {
      const { start, end } = chunks.items[i]!;
      try {
        const data = jsyaml.load(text.slice(start, end), { schema: jsyaml.CORE_SCHEMA });
        const e = Array.isArray(data) ? asEntry(data[0], id) : null;
        if (e) return e;
      } catch {
        // not this one
      }
    }
    return null;
  }
  const data = parseYaml(text).data;
  if (data === null || typeof data !== 'object') return null;
  for (const kind of LEDGER_KINDS) {
    const list = (data as Record<string, unknown>)[kind];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const e = asEntry(item, id);
      if (e) return e;
    }
  }
  return null;
}

/** The date a field (deadline, end, milestones.<name>) holds in an entry's raw data. */
export function fieldValue(entry: Record<string, unknown> | null, field: string): string | undefined {
  if (!entry) return undefined;
  if (!field.startsWith('milestones.')) {
    const v = entry[field];
    return typeof v === 'string' ? v : undefined;
  }
  const name = field.slice('milestones.'.length);
  const list = entry.milestones;
  if (!Array.isArray(list)) return undefined;
  const m = list.find((x) => x && typeof x === 'object' && (x as { name?: unknown }).name === name) as { due?: unknown } | undefined;
  return typeof m?.due === 'string' ? m.due : undefined;
}

/**
 * Gives every postponement of `diff` its verdict (approved or not, and why), finding the day
 * of the change in the history when the verdict depends on it.
 */
export async function settleApprovals(diff: LedgerDiff, ctx: HistoryContext): Promise<void> {
  const items = allPostponements(diff);
  if (!items.length) return;
  const worktree = !ctx.to.revision;
  const latest = ctx.to.revision ? ctx.to.revision.date : ctx.today;
  let pending = decide(items, { earliest: ctx.from.date, latest });
  if (!pending.length) return;

  const toRev = ctx.to.revision?.sha ?? 'HEAD';
  const commits: CommitInfo[] = await gitUsage(() => commitsTouching(ctx.git.root, ctx.from.sha, toRev, [ctx.git.folder], ctx.git.opts));
  const earliest = commits[0]?.date ?? latest;
  pending = decide(pending, { earliest, latest });
  if (!pending.length) return;

  const cache = new ProbeCache(ctx.git);
  for (const { entry, postponement: p } of pending) {
    const path = ctx.to.repoPath(ctx.to.loaded.origin(entry.entry)?.file ?? '');
    const valueAt = async (sha: string) => (path ? fieldValue(await gitUsage(() => cache.entry(sha, path, entry.id)), p.field) : undefined);
    let changedOn: string;
    if (worktree && (!commits.length || (await valueAt(commits[commits.length - 1]!.sha)) !== p.to)) {
      changedOn = ctx.today;
    } else if (!commits.length) {
      changedOn = latest;
    } else {
      let lo = 0;
      let hi = commits.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((await valueAt(commits[mid]!.sha)) === p.to) hi = mid;
        else lo = mid + 1;
      }
      changedOn = commits[lo]!.date;
    }
    p.changedOn = changedOn;
    p.verdict = judgeOn(p, changedOn);
  }
}

function decide(
  items: { entry: EntryChange; postponement: Postponement }[],
  window: { earliest: string; latest: string },
): { entry: EntryChange; postponement: Postponement }[] {
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

/** Verdicts without history (a folder baseline): the change is taken to have happened on `day`. */
export function settleWithoutHistory(diff: LedgerDiff, day: string): void {
  for (const { postponement: p } of allPostponements(diff)) p.verdict = judgeOn(p, day);
}
