// The baseline, cached. A tagged baseline never changes, so what the approved schedule needs of
// it (its items with their dates and state, reduced to what judging needs) is kept in a JSON
// file keyed by the commit id, under the repository's git folder (.git/reform/), never in the
// working tree. The daily `remind` then reads one small file instead of parsing the baseline.
// A cache that cannot be read or written is simply not used.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Ledger } from '../ledger/types.js';
import type { Pilot, Problem, Task, Unit } from '../schema/index.js';

/** Bumped whenever the shape of the cached data changes. */
const CACHE_VERSION = 1;

export interface CachedBaseline {
  version: number;
  sha: string;
  /** The ledger folder inside the repository. */
  folder: string;
  date: string;
  subject: string;
  tasks: Task[];
  pilots: Pilot[];
  problems: Problem[];
  units: Pick<Unit, 'name' | 'aliases'>[];
  /** Ids present in the baseline, readable or not. */
  knownIds: string[];
  /** Error findings of the baseline (schema or YAML problems). */
  errors: number;
}

/** Fields judging never reads: long texts. */
const DROP = new Set(['progress', 'measures', 'deliverable', 'responsible_units', 'plan', 'team', 'lists']);

function reduce<T extends object>(e: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (!DROP.has(k)) out[k] = v;
  return out as T;
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

export function readCachedBaseline(root: string, sha: string, folder: string): CachedBaseline | undefined {
  const file = cacheFile(root, sha, folder);
  if (!file) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CachedBaseline;
    if (data.version !== CACHE_VERSION || data.sha !== sha || data.folder !== folder) return undefined;
    return data;
  } catch {
    return undefined;
  }
}

export function toCached(
  ledger: Ledger,
  info: { sha: string; folder: string; date: string; subject: string },
  knownIds: Iterable<string>,
  errors: number,
): CachedBaseline {
  return {
    version: CACHE_VERSION,
    sha: info.sha,
    folder: info.folder,
    date: info.date,
    subject: info.subject,
    tasks: ledger.tasks.map(reduce),
    pilots: ledger.pilots.map(reduce),
    problems: ledger.problems.map(reduce),
    units: ledger.units.map((u) => (u.aliases ? { name: u.name, aliases: u.aliases } : { name: u.name })),
    knownIds: [...knownIds],
    errors,
  };
}

export function writeCachedBaseline(root: string, data: CachedBaseline): void {
  const file = cacheFile(root, data.sha, data.folder);
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, file);
  } catch {
    // a read-only repository: no cache, same result
  }
}

/** The cached baseline as a ledger (the policy and the rest taken from today's). */
export function cachedLedger(data: CachedBaseline, current: Ledger): Ledger {
  return {
    ...current,
    tasks: data.tasks,
    pilots: data.pilots,
    problems: data.problems,
    units: data.units.map((u) => ({ ...u, kind: 'department' }) as Unit),
    reminders: [],
  };
}
