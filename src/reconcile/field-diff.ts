// Field-by-field comparison of two versions of one entry. Mappings are compared key by key,
// milestones by name, other lists of records as sets of records (a progress note added, an
// adjustment removed), and scalars and lists of scalars as whole values.
import { deepEqual } from '../ledger/deep-equal.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  /** Where, e.g. `deadline`, `milestones.文件出台.due`, `closed.on`, `progress`. */
  path: string;
  change: ChangeKind;
  /** The old value (absent for `added`). */
  from?: unknown;
  /** The new value (absent for `removed`). */
  to?: unknown;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A canonical text of a value (keys sorted), to compare records regardless of key order. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObj(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function keysOf(a: Obj | undefined, b: Obj | undefined): string[] {
  const keys = b ? Object.keys(b) : [];
  if (a) for (const k of Object.keys(a)) if (!b || !(k in b)) keys.push(k);
  return keys;
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/** Lists keyed by a field: milestones by their name. */
const KEYED_LISTS: Record<string, string> = { milestones: 'name' };

function diffValue(path: string, key: string, a: unknown, b: unknown, out: FieldChange[]): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined) {
    out.push({ path, change: 'added', to: b });
    return;
  }
  if (b === undefined) {
    out.push({ path, change: 'removed', from: a });
    return;
  }
  if (deepEqual(a, b)) return;
  if (isObj(a) && isObj(b)) {
    diffObject(path, a, b, out);
    return;
  }
  if (
    Array.isArray(a) &&
    Array.isArray(b) &&
    Object.hasOwn(KEYED_LISTS, key) &&
    a.every(isObj) &&
    b.every(isObj)
  ) {
    diffKeyedList(path, KEYED_LISTS[key]!, a as Obj[], b as Obj[], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && (a.some(isObj) || b.some(isObj))) {
    diffRecordList(path, a, b, out);
    return;
  }
  out.push({ path, change: 'changed', from: a, to: b });
}

function diffObject(prefix: string, a: Obj | undefined, b: Obj | undefined, out: FieldChange[]): void {
  for (const k of keysOf(a, b)) diffValue(join(prefix, k), k, a?.[k], b?.[k], out);
}

function diffKeyedList(path: string, keyField: string, a: Obj[], b: Obj[], out: FieldChange[]): void {
  const before = new Map<string, Obj>();
  for (const item of a) {
    const k = String(item[keyField]);
    if (!before.has(k)) before.set(k, item);
  }
  const seen = new Set<string>();
  for (const item of b) {
    const k = String(item[keyField]);
    if (seen.has(k)) continue;
    seen.add(k);
    const old = before.get(k);
    if (!old) out.push({ path: join(path, k), change: 'added', to: item });
    else diffObject(join(path, k), old, item, out);
  }
  for (const [k, item] of before)
    if (!seen.has(k)) out.push({ path: join(path, k), change: 'removed', from: item });
}

/** Lists of records without a key (progress, adjustments, reviews): records removed, then records added. */
function diffRecordList(path: string, a: unknown[], b: unknown[], out: FieldChange[]): void {
  // the usual change is records added at the end (a progress note): compare in place first
  let same = 0;
  while (same < a.length && same < b.length && deepEqual(a[same], b[same])) same++;
  if (same === a.length) {
    for (let i = same; i < b.length; i++) out.push({ path, change: 'added', to: b[i] });
    return;
  }
  if (same === b.length) {
    for (let i = same; i < a.length; i++) out.push({ path, change: 'removed', from: a[i] });
    return;
  }
  const count = new Map<string, number>();
  for (const item of b) count.set(canonical(item), (count.get(canonical(item)) ?? 0) + 1);
  const removed: unknown[] = [];
  for (const item of a) {
    const c = canonical(item);
    const n = count.get(c) ?? 0;
    if (n > 0) count.set(c, n - 1);
    else removed.push(item);
  }
  const left = new Map<string, number>();
  for (const item of a) left.set(canonical(item), (left.get(canonical(item)) ?? 0) + 1);
  const added: unknown[] = [];
  for (const item of b) {
    const c = canonical(item);
    const n = left.get(c) ?? 0;
    if (n > 0) left.set(c, n - 1);
    else added.push(item);
  }
  for (const item of removed) out.push({ path, change: 'removed', from: item });
  for (const item of added) out.push({ path, change: 'added', to: item });
}

/** Every difference between two versions of an entry, in the order of the newer version's keys. */
export function diffFields(before: object, after: object): FieldChange[] {
  const out: FieldChange[] = [];
  if (before === after) return out;
  diffObject('', before as Obj, after as Obj, out);
  return out;
}
