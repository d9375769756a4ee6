// Adding a key to entries of a ledger file by editing its text, so that everything else
// (comments, order, quoting, blank lines, line ends) stays byte for byte. The item of each entry
// is found by its text span (item-chunks.ts) and parsed alone with the `yaml` library for exact
// positions; the new key goes on new lines after the entry's last value, at the indentation of
// its keys (or, for an entry written as a flow mapping, before its closing brace). The result
// is parsed again and must hold exactly the old data plus the new keys, or nothing is changed.
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { splitItems, type ItemChunks } from './item-chunks.js';
import { parseYaml } from './parse.js';
import { deepEqual } from './deep-equal.js';
import { messagesOf } from '../i18n/index.js';

const W = messagesOf('write');

export type Scalar = string | number;

export interface KeyInsert {
  /** Index of the entry in the file's list. */
  index: number;
  /** The entry's id, checked before editing. */
  id: string;
  key: string;
  /** A flat mapping of scalars, written as a nested block (or flow) mapping. */
  value: Record<string, Scalar | undefined>;
}

export interface Inserted extends KeyInsert {
  /** 1-based line of the original text after which the key was inserted (for a flow mapping: the line it was inserted in). */
  line: number;
  /** The text inserted. */
  text: string;
}

export type InsertResult =
  | { ok: true; text: string; inserted: Inserted[]; skipped: KeyInsert[] }
  | { ok: false; reason: string };

/** A scalar as YAML that reads back as the same string: plain when safe, else single-quoted. */
export function yamlScalar(v: Scalar): string {
  if (typeof v === 'number') return String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v; // the core schema keeps dates as strings
  const safe = /^[\p{L}\p{N}][\p{L}\p{N}_.()（）〔〕、\-/]*$/u.test(v);
  const numeric = /^[-+.]?\d[\d._]*(?:[eE][-+]?\d+)?$|^0[xXoO]/.test(v);
  const keyword = /^(?:true|false|null|~|\.inf|\.nan|yes|no|on|off)$/i.test(v);
  return safe && !numeric && !keyword ? v : `'${v.replace(/'/g, "''")}'`;
}

export interface Located {
  map: YAMLMap;
  /** Offset of the parsed text within the file. */
  base: number;
  text: string;
}

export function locateItems(
  text: string,
  listKey: string,
  indexes: number[],
  split: ItemChunks | undefined = splitItems(text),
): Map<number, Located> | string {
  const out = new Map<number, Located>();
  const chunks = split;
  if (chunks && chunks.key === listKey) {
    for (const i of indexes) {
      const span = chunks.items[i];
      if (!span) return `no item ${i}`;
      const part = text.slice(span.start, span.end);
      const doc = parseDocument(part, { keepSourceTokens: false });
      const seq = doc.contents;
      if (doc.errors.length || !isSeq(seq) || !isMap(seq.items[0])) return W.itemUnparsable({ n: i + 1 });
      out.set(i, { map: seq.items[0] as YAMLMap, base: span.start, text: part });
    }
    return out;
  }
  const doc = parseDocument(text);
  if (doc.errors.length) return W.fileUnparsable();
  const root = doc.contents;
  const seq = isMap(root) ? root.get(listKey, true) : undefined;
  if (!isSeq(seq)) return `no list ${listKey}`;
  for (const i of indexes) {
    const m = seq.items[i];
    if (!isMap(m)) return `item ${i} is not a mapping`;
    out.set(i, { map: m, base: 0, text });
  }
  return out;
}

function scalarOf(map: YAMLMap, key: string): unknown {
  const v = map.get(key, true);
  return isScalar(v) ? v.value : undefined;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function entries(value: KeyInsert['value']): [string, Scalar][] {
  return Object.entries(value).filter((e): e is [string, Scalar] => e[1] !== undefined);
}

/**
 * Inserts each key into its entry of the list `listKey` in `text`. An entry that already has the
 * key is skipped (so running twice changes nothing the second time).
 */
export function insertKeys(text: string, listKey: string, inserts: readonly KeyInsert[]): InsertResult {
  if (!inserts.length) return { ok: true, text, inserted: [], skipped: [] };
  const located = locateItems(text, listKey, [...new Set(inserts.map((x) => x.index))]);
  if (typeof located === 'string') return { ok: false, reason: located };
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: { at: number; text: string; ins: KeyInsert; flow: boolean }[] = [];
  const skipped: KeyInsert[] = [];
  const planned = new Set<string>();
  for (const ins of inserts) {
    const loc = located.get(ins.index)!;
    if (String(scalarOf(loc.map, 'id')) !== ins.id)
      return { ok: false, reason: W.itemMoved({ n: ins.index + 1, id: ins.id }) };
    if (loc.map.has(ins.key) || planned.has(`${ins.index}\0${ins.key}`)) {
      skipped.push(ins);
      continue;
    }
    planned.add(`${ins.index}\0${ins.key}`);
    const [start, end] = loc.map.range ?? [0, 0];
    if (loc.map.flow) {
      const close = loc.text.lastIndexOf('}', end);
      if (close < start) return { ok: false, reason: W.itemUnparsable({ n: ins.index + 1 }) };
      const body = entries(ins.value)
        .map(([k, v]) => `${k}: ${yamlScalar(v)}`)
        .join(', ');
      edits.push({ at: loc.base + close, text: `, ${ins.key}: {${body}}`, ins, flow: true });
      continue;
    }
    const firstKey = loc.map.items[0]?.key as { range?: [number, number, number] } | undefined;
    const keyAt = firstKey?.range?.[0] ?? start;
    const indent = ' '.repeat(keyAt - lineStart(loc.text, keyAt));
    let at = end;
    let prefix = '';
    if (loc.text[at - 1] !== '\n') {
      const next = loc.text.indexOf('\n', at);
      if (next >= 0) at = next + 1;
      else {
        at = loc.text.length;
        prefix = nl;
      }
    }
    const lines = [
      `${indent}${ins.key}:`,
      ...entries(ins.value).map(([k, v]) => `${indent}  ${k}: ${yamlScalar(v)}`),
    ];
    edits.push({ at: loc.base + at, text: prefix + lines.join(nl) + nl, ins, flow: false });
  }
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  const inserted: Inserted[] = [];
  let newlines = 0; // line breaks in text before `last`
  for (const e of edits) {
    for (let i = text.indexOf('\n', last); i >= 0 && i < e.at; i = text.indexOf('\n', i + 1)) newlines++;
    out += text.slice(last, e.at) + e.text;
    last = e.at;
    // block: the number of the line the new key follows; flow: the line holding the brace
    const line = e.flow || (e.at > 0 && text[e.at - 1] !== '\n') ? newlines + 1 : newlines;
    inserted.push({ ...e.ins, line, text: e.text });
  }
  out += text.slice(last);
  const check = verify(
    text,
    out,
    listKey,
    edits.map((e) => e.ins),
  );
  if (check) return { ok: false, reason: check };
  return { ok: true, text: out, inserted, skipped };
}

/** The new text must hold the old data plus exactly the new keys. */
function verify(
  before: string,
  after: string,
  listKey: string,
  inserts: readonly KeyInsert[],
): string | undefined {
  const a = parseYaml(before).data as Record<string, unknown> | null;
  const b = parseYaml(after).data as Record<string, unknown> | null;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return W.resultUnparsable();
  const expected: Record<string, unknown> = { ...a };
  const list = [...((a[listKey] as Record<string, unknown>[]) ?? [])];
  for (const ins of inserts) {
    list[ins.index] = { ...list[ins.index], [ins.key]: Object.fromEntries(entries(ins.value)) };
  }
  expected[listKey] = list;
  return deepEqual(expected, b) ? undefined : W.resultMismatch();
}
