// The baseline, cached. A tagged baseline never changes, so what the approved schedule needs of
// it is kept in a file keyed by the commit id, under the repository's git folder (.git/reform/),
// never in the working tree. The daily `remind` then reads one small part of one file instead of
// parsing the baseline, and compares dates as text:
//   line 1    what the baseline is (commit, day, subject), the units, the sizes of what follows;
//   dates     one line an item, tasks then pilots then problems in ledger order: its id, a tab,
//             its dated nodes as one string (datesKey): an item of today's ledger whose string is
//             the same has the baseline's dates, and nothing about it needs comparing;
//   index     where each item's line starts in the body;
//   body      each item (reduced to what judging needs), one JSON a line: read (by its offset) only
//             for the few items deleted since the baseline, which are judged as the baseline had them.
// The schedule is computed from the same reduced baseline whether the cache was read, written
// or not used (baselineFor), so all three give the same result. A cache that cannot be read or
// written is simply not used.
import {
  closeSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Ledger } from '../ledger/types.js';
import type { Pilot, Problem, Task, Unit } from '../schema/index.js';
import { makeDir } from '../ledger/make-dir.js';

/** Bumped whenever the shape of the cached data changes. */
const CACHE_VERSION = 4;

const KINDS = ['tasks', 'pilots', 'problems'] as const;
export type Kind = (typeof KINDS)[number];
type Item = Task | Pilot | Problem;

export interface CachedBaseline {
  version: number;
  sha: string;
  /** The ledger folder inside the repository. */
  folder: string;
  date: string;
  subject: string;
  units: Pick<Unit, 'name' | 'aliases'>[];
  /** Ids present in the baseline but unreadable there (their entries failed the schema). */
  unreadable: string[];
  /** Error findings of the baseline (schema or YAML problems). */
  errors: number;
  /** How many items of each kind the dates section lists. */
  counts: Record<Kind, number>;
  /** Bytes of the dates section, of the index section and of the body. */
  sizes: { dates: number; index: number; body: number };
}

/** A cache file read back (or about to be written): the header, and each item's id and dates. */
export interface CacheRead {
  header: CachedBaseline;
  /** Per kind, in ledger order: each item's id and datesKey. */
  items: Record<Kind, { ids: string[]; keys: string[] }>;
  /** The body lines with these numbers (counted over all kinds), parsed; undefined when unreadable. */
  lines(numbers: readonly number[]): Item[] | undefined;
}

/** Fields judging never reads: long texts. */
const DROP = new Set(['progress', 'measures', 'deliverable', 'responsible_units', 'plan', 'team', 'lists']);

function reduce<T extends object>(e: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (!DROP.has(k)) out[k] = v;
  return out as T;
}

const SEP = '\u0001';
/** Marks a datesKey written as JSON (a node name holding a control character). */
const JSON_MARK = '\u0002';

function finalDue(kind: Kind, e: Item): string {
  return kind === 'pilots' ? (e as Pilot).end : (e as Task | Problem).deadline;
}

/**
 * An item's dated nodes as one string: the final date, then each milestone's name and due in
 * order. Two versions of an item have the same dates exactly when their strings are equal.
 * (Names are separated by a control character; a name holding one is written as JSON instead.)
 */
export function datesKey(kind: Kind, e: Item): string {
  let k = finalDue(kind, e);
  if (kind === 'problems') return k;
  const ms = (e as Task | Pilot).milestones;
  if (!ms) return k;
  for (const m of ms) {
    if (/[\u0000-\u001f]/.test(m.name)) {
      return JSON_MARK + JSON.stringify([finalDue(kind, e), ...ms.flatMap((x) => [x.name, x.due])]);
    }
    k += SEP + m.name + SEP + m.due;
  }
  return k;
}

/** Whether an item's dates are those of a datesKey (as datesKey(kind, e) === key, without building it). */
export function hasDates(kind: Kind, e: Item, key: string): boolean {
  if (key.startsWith(JSON_MARK)) return datesKey(kind, e) === key;
  const d = finalDue(kind, e);
  if (!key.startsWith(d)) return false;
  let pos = d.length;
  const ms = kind === 'problems' ? undefined : (e as Task | Pilot).milestones;
  if (ms) {
    for (const m of ms) {
      // a name holding the separator is keyed as JSON: never equal to this key
      if (key.charCodeAt(pos) !== 1 || m.name.includes(SEP) || !key.startsWith(m.name, pos + 1)) return false;
      pos += 1 + m.name.length;
      if (key.charCodeAt(pos) !== 1 || !key.startsWith(m.due, pos + 1)) return false;
      pos += 1 + m.due.length;
    }
  }
  return pos === key.length;
}

/** The item as far as comparing dates needs it, from its datesKey. */
function skeleton(kind: Kind, id: string, key: string): Item {
  const parts = key.startsWith(JSON_MARK) ? (JSON.parse(key.slice(1)) as string[]) : key.split(SEP);
  const e: Record<string, unknown> = { id };
  e[kind === 'pilots' ? 'end' : 'deadline'] = parts[0];
  if (kind !== 'problems' && parts.length > 1) {
    const ms: { name: string; due: string }[] = [];
    for (let i = 1; i + 1 < parts.length; i += 2) ms.push({ name: parts[i]!, due: parts[i + 1]! });
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

/** `n` bytes of an open file from `at`, or undefined when fewer are there. */
function readAt(fd: number, at: number, n: number): Buffer | undefined {
  const buf = Buffer.allocUnsafe(n);
  let got = 0;
  while (got < n) {
    const r = readSync(fd, buf, got, n - got, at + got);
    if (r === 0) return undefined;
    got += r;
  }
  return buf;
}

/** The dates section split into each kind's ids and keys. */
function splitDates(text: string, counts: Record<Kind, number>): CacheRead['items'] | undefined {
  const items = {} as CacheRead['items'];
  let pos = 0;
  for (const kind of KINDS) {
    const ids: string[] = [];
    const keys: string[] = [];
    for (let i = 0; i < counts[kind]; i++) {
      const tab = text.indexOf('\t', pos);
      const nl = text.indexOf('\n', pos);
      if (tab < 0 || nl < tab) return undefined;
      ids.push(text.slice(pos, tab));
      keys.push(text.slice(tab + 1, nl));
      pos = nl + 1;
    }
    items[kind] = { ids, keys };
  }
  return pos === text.length ? items : undefined;
}

/** Body lines by number, given where each starts (and where the body ends). */
function bodyLines(starts: readonly number[], read: (at: number, n: number) => Buffer | undefined) {
  return (numbers: readonly number[]): Item[] | undefined => {
    const out: Item[] = [];
    for (const n of numbers) {
      const at = starts[n];
      const end = starts[n + 1];
      if (at === undefined || end === undefined || end <= at) return undefined;
      const bytes = read(at, end - at - 1); // without its newline
      if (!bytes) return undefined;
      out.push(JSON.parse(bytes.toString('utf8')) as Item);
    }
    return out;
  };
}

export function readCachedBaseline(root: string, sha: string, folder: string): CacheRead | undefined {
  const file = cacheFile(root, sha, folder);
  if (!file) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    // line 1: read in growing pieces until its end
    let head: Buffer = Buffer.alloc(0);
    let nl = -1;
    for (let n = 16384; nl < 0; n *= 4) {
      if (head.length >= size) return undefined;
      head = readAt(fd, 0, Math.min(n, size)) ?? Buffer.alloc(0);
      nl = head.indexOf(10);
    }
    const header = JSON.parse(head.toString('utf8', 0, nl)) as CachedBaseline;
    if (header.version !== CACHE_VERSION || header.sha !== sha || header.folder !== folder) return undefined;
    const { dates, index, body } = header.sizes;
    const datesAt = nl + 1;
    const bodyAt = datesAt + dates + index;
    if (bodyAt + body !== size) return undefined;
    const datesBytes = readAt(fd, datesAt, dates);
    if (!datesBytes) return undefined;
    const items = splitDates(datesBytes.toString('utf8'), header.counts);
    if (!items) return undefined;
    return {
      header,
      items,
      // the index and the body are read only when an item deleted since the baseline needs its line
      lines: (numbers) => {
        if (!numbers.length) return [];
        let f: number | undefined;
        try {
          f = openSync(file, 'r');
          const g = f;
          if (fstatSync(g).size !== size) return undefined;
          const idx = readAt(g, datesAt + dates, index);
          if (!idx) return undefined;
          const starts = idx.toString('latin1').split(',').map(Number);
          return bodyLines(starts, (at, n) => readAt(g, bodyAt + at, n))(numbers);
        } catch {
          return undefined;
        } finally {
          if (f !== undefined) closeSync(f);
        }
      },
    };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What the cache keeps of a baseline, with the bytes to write. */
export function toCached(
  ledger: Ledger,
  info: { sha: string; folder: string; date: string; subject: string },
  knownIds: Iterable<string>,
  errors: number,
): { data: CacheRead; bytes: () => Buffer } {
  const items = {} as CacheRead['items'];
  const counts = {} as Record<Kind, number>;
  const body: Buffer[] = [];
  const starts: number[] = [0];
  let at = 0;
  const readable = new Set<string>();
  for (const kind of KINDS) {
    const list = ledger[kind] as Item[];
    items[kind] = { ids: list.map((e) => e.id), keys: list.map((e) => datesKey(kind, e)) };
    counts[kind] = list.length;
    for (const e of list) {
      readable.add(e.id);
      const line = Buffer.from(`${JSON.stringify(reduce(e))}\n`, 'utf8');
      body.push(line);
      starts.push((at += line.length));
    }
  }
  const header: CachedBaseline = {
    version: CACHE_VERSION,
    sha: info.sha,
    folder: info.folder,
    date: info.date,
    subject: info.subject,
    units: ledger.units.map((u) => (u.aliases ? { name: u.name, aliases: u.aliases } : { name: u.name })),
    unreadable: [...knownIds].filter((id) => !readable.has(id)),
    errors,
    counts,
    sizes: { dates: 0, index: 0, body: at },
  };
  const bodyBytes = Buffer.concat(body);
  const data: CacheRead = {
    header,
    items,
    lines: bodyLines(starts, (a, n) =>
      a + n <= bodyBytes.length ? bodyBytes.subarray(a, a + n) : undefined,
    ),
  };
  const bytes = () => {
    let text = '';
    for (const kind of KINDS) {
      const { ids, keys } = items[kind];
      for (let i = 0; i < ids.length; i++) text += `${ids[i]}\t${keys[i]}\n`;
    }
    const dates = Buffer.from(text, 'utf8');
    const index = Buffer.from(starts.join(','), 'latin1');
    const h = { ...header, sizes: { dates: dates.length, index: index.length, body: at } };
    return Buffer.concat([Buffer.from(`${JSON.stringify(h)}\n`, 'utf8'), dates, index, bodyBytes]);
  };
  return { data, bytes };
}

export function writeCachedBaseline(root: string, sha: string, folder: string, bytes: () => Buffer): void {
  const file = cacheFile(root, sha, folder);
  if (!file) return;
  try {
    makeDir(dirname(file));
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes());
    renameSync(tmp, file);
  } catch {
    // a read-only repository: no cache, same result
  }
}

/**
 * The baseline as far as the approved schedule needs it against today's ledger: only the items
 * whose dates differ from today's (as their dated nodes: all that comparing them needs) and the
 * items no longer there (whole, as the baseline had them: they are judged so), in the baseline's
 * order; the policy and the rest taken from today's. An item with the baseline's dates has no
 * postponement and no dropped node (in any of its occurrences today), so leaving it out changes
 * nothing in the schedule. Undefined when the cached lines cannot be read.
 */
export function baselineFor(data: CacheRead, current: Ledger): Ledger | undefined {
  const out = { ...current, reminders: [] } as Ledger;
  const wanted: number[] = [];
  const lists = {} as Record<Kind, (Item | number)[]>;
  let line = 0;
  for (const kind of KINDS) {
    const { ids, keys } = data.items[kind];
    const first = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) if (!first.has(ids[i]!)) first.set(ids[i]!, i);
    const present = new Set<string>();
    const differs = new Set<number>();
    for (const e of current[kind] as Item[]) {
      // every occurrence of an id is compared (the schedule looks at later duplicates too)
      present.add(e.id);
      const i = first.get(e.id);
      if (i !== undefined && !hasDates(kind, e, keys[i]!)) differs.add(i);
    }
    const list: (Item | number)[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (first.get(id) !== i) continue; // a later duplicate: only the first counts
      if (differs.has(i)) list.push(skeleton(kind, id, keys[i]!));
      else if (!present.has(id)) {
        list.push(wanted.length);
        wanted.push(line + i);
      }
    }
    lists[kind] = list;
    line += ids.length;
  }
  const whole = data.lines(wanted);
  if (!whole) return undefined;
  for (const kind of KINDS) {
    (out as unknown as Record<Kind, Item[]>)[kind] = lists[kind].map((x) =>
      typeof x === 'number' ? whole[x]! : x,
    );
  }
  out.units = data.header.units.map((u) => ({ ...u, kind: 'department' }) as Unit);
  return out;
}
