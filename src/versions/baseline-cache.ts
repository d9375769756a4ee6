// The baseline, cached. A tagged baseline never changes, so what the approved schedule needs of
// it is kept in a file keyed by the commit id, under the repository's git folder (.git/reform/),
// never in the working tree. The daily `remind` then reads one file instead of parsing the
// baseline, and decodes only what it compares:
//   line 1  what the baseline is (commit, day, subject), the node names, the units;
//   line 2  each item's dated nodes, in ledger order, in ASCII (names by their number in line 1);
//   then    each item (reduced to what judging needs), one JSON a line: parsed only for the few
//           items deleted since the baseline, which are judged as the baseline had them.
// A cache that cannot be read or written is simply not used.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Ledger } from '../ledger/types.js';
import type { Pilot, Problem, Task, Unit } from '../schema/index.js';

/** Bumped whenever the shape of the cached data changes. */
const CACHE_VERSION = 3;

const KINDS = ['tasks', 'pilots', 'problems'] as const;
type Kind = (typeof KINDS)[number];
type Item = Task | Pilot | Problem;
/** [id, deadline (pilots: end), node name number, due, node name number, due, …] */
type Dates = (string | number)[];

export interface CachedBaseline {
  version: number;
  sha: string;
  /** The ledger folder inside the repository. */
  folder: string;
  date: string;
  subject: string;
  /** The milestone names, numbered as the dates refer to them. */
  names: string[];
  units: Pick<Unit, 'name' | 'aliases'>[];
  /** Ids present in the baseline but unreadable there (their entries failed the schema). */
  unreadable: string[];
  /** Error findings of the baseline (schema or YAML problems). */
  errors: number;
}

/** A cache file read back, or about to be written. */
export interface CacheRead {
  header: CachedBaseline;
  dates: Record<Kind, Dates[]>;
  /** The items, one JSON a line, tasks then pilots then problems (bytes: decoded only when needed). */
  body: Buffer;
}

/** Fields judging never reads: long texts. */
const DROP = new Set(['progress', 'measures', 'deliverable', 'responsible_units', 'plan', 'team', 'lists']);

function reduce<T extends object>(e: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (!DROP.has(k)) out[k] = v;
  return out as T;
}

function datesOf(kind: Kind, e: Item, name: (n: string) => number): Dates {
  const out: Dates = [e.id, kind === 'pilots' ? (e as Pilot).end : (e as Task | Problem).deadline];
  if (kind !== 'problems')
    for (const m of (e as Task | Pilot).milestones ?? []) out.push(name(m.name), m.due);
  return out;
}

/** The item as far as comparing dates needs it (what datesOf kept). */
function skeleton(kind: Kind, d: Dates, names: readonly string[]): Item {
  const e: Record<string, unknown> = { id: d[0] };
  e[kind === 'pilots' ? 'end' : 'deadline'] = d[1];
  if (kind !== 'problems' && d.length > 2) {
    const ms: { name: string; due: string }[] = [];
    for (let i = 2; i + 1 < d.length; i += 2)
      ms.push({ name: names[d[i] as number]!, due: d[i + 1] as string });
    e.milestones = ms;
  }
  return e as unknown as Item;
}

/** The git folder of a repository root (.git, or where a worktree's .git file points). */
export function gitDir(root: string): string | undefined {
  const dotgit = join(root, '.git');
  try {
    if (statSync(dotgit).isDirectory()) return dotgit;
    const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotgit, 'utf8'));
    if (!m) return undefined;
    const p = m[1]!.trim();
    return isAbsolute(p) ? p : resolve(root, p);
  } catch {
    return undefined;
  }
}

function cacheFile(root: string, sha: string, folder: string): string | undefined {
  const dir = gitDir(root);
  if (!dir) return undefined;
  const f = folder === '.' ? 'root' : folder.replace(/[^A-Za-z0-9._-]/g, '_');
  return join(dir, 'reform', `baseline-${sha}-${f}.json`);
}

export function readCachedBaseline(root: string, sha: string, folder: string): CacheRead | undefined {
  const file = cacheFile(root, sha, folder);
  if (!file) return undefined;
  try {
    const bytes = readFileSync(file);
    const nl1 = bytes.indexOf(10);
    const nl2 = bytes.indexOf(10, nl1 + 1);
    if (nl1 < 0 || nl2 < 0) return undefined;
    const header = JSON.parse(bytes.toString('utf8', 0, nl1)) as CachedBaseline;
    if (header.version !== CACHE_VERSION || header.sha !== sha || header.folder !== folder) return undefined;
    const dates = JSON.parse(bytes.toString('latin1', nl1 + 1, nl2)) as CacheRead['dates'];
    return { header, dates, body: bytes.subarray(nl2 + 1) };
  } catch {
    return undefined;
  }
}

/** What the cache keeps of a baseline. */
export function toCached(
  ledger: Ledger,
  info: { sha: string; folder: string; date: string; subject: string },
  knownIds: Iterable<string>,
  errors: number,
): CacheRead {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const name = (n: string) => {
    let i = numbers.get(n);
    if (i === undefined) numbers.set(n, (i = names.push(n) - 1));
    return i;
  };
  const lines: string[] = [];
  const dates = {} as CacheRead['dates'];
  const readable = new Set<string>();
  for (const kind of KINDS) {
    const list = ledger[kind] as Item[];
    dates[kind] = list.map((e) => datesOf(kind, e, name));
    for (const e of list) {
      readable.add(e.id);
      lines.push(JSON.stringify(reduce(e)));
    }
  }
  const header: CachedBaseline = {
    version: CACHE_VERSION,
    sha: info.sha,
    folder: info.folder,
    date: info.date,
    subject: info.subject,
    names,
    units: ledger.units.map((u) => (u.aliases ? { name: u.name, aliases: u.aliases } : { name: u.name })),
    unreadable: [...knownIds].filter((id) => !readable.has(id)),
    errors,
  };
  return { header, dates, body: Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8') };
}

export function writeCachedBaseline(root: string, data: CacheRead): void {
  const file = cacheFile(root, data.header.sha, data.header.folder);
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    // ids are ASCII (the schema), dates and name numbers too: line 2 is ASCII, escaped by JSON if not
    const dates = JSON.stringify(data.dates).replace(
      /[\u0080-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    writeFileSync(
      tmp,
      Buffer.concat([Buffer.from(`${JSON.stringify(data.header)}\n${dates}\n`, 'utf8'), data.body]),
    );
    renameSync(tmp, file);
  } catch {
    // a read-only repository: no cache, same result
  }
}

/**
 * The cached baseline as a ledger (the policy and the rest taken from today's). Items still in
 * today's ledger carry only their dated nodes (all that comparing them needs); items no longer
 * there are parsed whole, since they are judged as the baseline had them.
 */
export function cachedLedger(data: CacheRead, current: Ledger): Ledger {
  const { header, dates, body } = data;
  const out = { ...current, reminders: [] } as Ledger;
  let starts: number[] | undefined;
  const lineAt = (n: number): Item => {
    if (!starts) {
      starts = [0];
      for (let p = body.indexOf(10); p >= 0; p = body.indexOf(10, p + 1)) starts.push(p + 1);
    }
    return JSON.parse(body.toString('utf8', starts[n]!, starts[n + 1]! - 1)) as Item;
  };
  let line = 0;
  for (const kind of KINDS) {
    const now = new Set((current[kind] as Item[]).map((e) => e.id));
    const first = line;
    (out as unknown as Record<Kind, Item[]>)[kind] = dates[kind].map((d, i) =>
      now.has(d[0] as string) ? skeleton(kind, d, header.names) : lineAt(first + i),
    );
    line += dates[kind].length;
  }
  out.units = header.units.map((u) => ({ ...u, kind: 'department' }) as Unit);
  return out;
}
