// Small updates to entries of a ledger file, made by editing its text so that everything else
// (comments, order, quoting, blank lines, line ends) stays byte for byte: a scalar key set on an
// entry or on one of its milestones (`completed_on`, `done_on`, `evidence`), and an entry
// appended to a list of an entry (a progress note). The entry is found as the close-out writer
// finds it (insert-keys.ts: its text span, parsed alone for exact positions); a new key goes
// after the mapping's last value at the indentation of its keys, or before the closing brace of
// a flow mapping; a new list entry goes after the list's last entry at the indentation of its
// dashes (or before the closing bracket of a flow list). The result is parsed again and must
// hold exactly the old data plus the changes, or nothing is changed.
import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { deepEqual } from './deep-equal.js';
import { scalar } from './append-reminders.js';
import { lineStart, locateItems, type Located } from './insert-keys.js';
import { parseYaml } from './parse.js';
import { messagesOf } from '../i18n/index.js';

const W = messagesOf('write');

/** A value written by an edit: a string, or a list of strings (written as a flow list). */
export type EditValue = string | readonly string[];

export type EntryEdit =
  | {
      kind: 'set';
      /** Index of the entry in the file's list. */
      index: number;
      /** The entry's id, checked before editing. */
      id: string;
      /** Set on the entry itself, or on its milestone with this index. */
      milestone?: number;
      key: string;
      value: EditValue;
    }
  | {
      kind: 'append';
      index: number;
      id: string;
      /** The list key of the entry (created when missing), e.g. progress. */
      key: string;
      /** A flat mapping of strings, e.g. {date, note}. */
      value: Readonly<Record<string, string>>;
    };

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

function valueText(v: EditValue): string {
  if (typeof v === 'string') return scalar(v);
  return `[${v.map((x) => scalar(x)).join(', ')}]`;
}

function flowMap(value: Readonly<Record<string, string>>): string {
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}: ${scalar(v)}`)
    .join(', ')}}`;
}

/** Offset just after the line holding `end - 1` (or `end` when it starts a line); '' or a newline to add first. */
function afterLine(text: string, end: number, nl: string): { at: number; prefix: string } {
  if (end > 0 && text[end - 1] === '\n') return { at: end, prefix: '' };
  const next = text.indexOf('\n', end);
  if (next >= 0) return { at: next + 1, prefix: '' };
  return { at: text.length, prefix: nl };
}

function keyIndent(text: string, map: YAMLMap): string {
  const first = map.items[0]?.key as { range?: [number, number, number] } | undefined;
  const at = first?.range?.[0] ?? map.range?.[0] ?? 0;
  return ' '.repeat(at - lineStart(text, at));
}

interface Edit {
  at: number;
  text: string;
}

/** Where and what to insert to give `map` a new key (a scalar, or a one-entry list). */
function addKey(loc: Located, map: YAMLMap, key: string, value: string, nl: string): Edit | string {
  const [start, end] = map.range ?? [0, 0];
  if (map.flow) {
    const close = loc.text.lastIndexOf('}', end);
    if (close < start) return 'unclosed';
    return { at: loc.base + close, text: `, ${key}: ${value}` };
  }
  const indent = keyIndent(loc.text, map);
  const { at, prefix } = afterLine(loc.text, end, nl);
  return { at: loc.base + at, text: `${prefix}${indent}${key}: ${value}${nl}` };
}

function blockItems(pad: string, values: readonly Readonly<Record<string, string>>[], nl: string): string {
  const lines: string[] = [];
  for (const value of values)
    Object.entries(value).forEach(([k, v], i) =>
      lines.push(`${pad}${i === 0 ? '- ' : '  '}${k}: ${scalar(v)}`),
    );
  return lines.join(nl) + nl;
}

function appendTo(
  loc: Located,
  seq: YAMLSeq,
  values: readonly Readonly<Record<string, string>>[],
  nl: string,
): Edit | string {
  const [start, end] = seq.range ?? [0, 0];
  if (seq.flow) {
    const close = loc.text.lastIndexOf(']', end);
    if (close < start) return 'unclosed';
    const empty = seq.items.length === 0;
    return { at: loc.base + close, text: `${empty ? '' : ', '}${values.map(flowMap).join(', ')}` };
  }
  const pad = ' '.repeat(start - lineStart(loc.text, start));
  const { at, prefix } = afterLine(loc.text, end, nl);
  return { at: loc.base + at, text: prefix + blockItems(pad, values, nl) };
}

function newList(
  loc: Located,
  map: YAMLMap,
  key: string,
  values: readonly Readonly<Record<string, string>>[],
  nl: string,
): Edit | string {
  if (map.flow) return addKey(loc, map, key, `[${values.map(flowMap).join(', ')}]`, nl);
  const indent = keyIndent(loc.text, map);
  const { at, prefix } = afterLine(loc.text, map.range?.[1] ?? 0, nl);
  return {
    at: loc.base + at,
    text: `${prefix}${indent}${key}:${nl}${blockItems(`${indent}  `, values, nl)}`,
  };
}

function scalarOf(map: YAMLMap, key: string): unknown {
  const v = map.get(key, true);
  return isScalar(v) ? v.value : undefined;
}

/**
 * Applies the edits to the list `listKey` in `text`. Setting a key the mapping already has is
 * refused (callers decide conflicts before editing); several appends to one list keep their order.
 */
export function editEntries(text: string, listKey: string, edits: readonly EntryEdit[]): EditResult {
  if (!edits.length) return { ok: true, text };
  const located = locateItems(text, listKey, [...new Set(edits.map((e) => e.index))]);
  if (typeof located === 'string') return { ok: false, reason: located };
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const planned: (Edit & { order: number })[] = [];
  // appends to one list of one entry go in together, in their order
  const appends = new Map<string, Readonly<Record<string, string>>[]>();
  for (const e of edits) {
    if (e.kind !== 'append') continue;
    const k = `${e.index}\0${e.key}`;
    const list = appends.get(k);
    if (list) list.push(e.value);
    else appends.set(k, [e.value]);
  }
  for (let order = 0; order < edits.length; order++) {
    const e = edits[order]!;
    const loc = located.get(e.index)!;
    if (String(scalarOf(loc.map, 'id')) !== e.id)
      return { ok: false, reason: W.itemMoved({ n: e.index + 1, id: e.id }) };
    let edit: Edit | string;
    if (e.kind === 'set') {
      let target: Node | null | undefined = loc.map;
      if (e.milestone !== undefined) {
        const ms = loc.map.get('milestones', true);
        target = isSeq(ms) ? (ms.items[e.milestone] as Node | undefined) : undefined;
      }
      if (!isMap(target)) return { ok: false, reason: W.keyNoMapping({ id: e.id, key: e.key }) };
      if (target.has(e.key)) return { ok: false, reason: W.keyAlreadySet({ id: e.id, key: e.key }) };
      edit = addKey(loc, target, e.key, valueText(e.value), nl);
    } else {
      const k = `${e.index}\0${e.key}`;
      const values = appends.get(k);
      if (!values) continue; // already planned with the first append to this list
      appends.delete(k);
      const list = loc.map.get(e.key, true);
      if (list === undefined || list === null || (isScalar(list) && list.value === null)) {
        if (loc.map.has(e.key)) return { ok: false, reason: W.keyEmpty({ id: e.id, key: e.key }) };
        edit = newList(loc, loc.map, e.key, values, nl);
      } else if (isSeq(list)) edit = appendTo(loc, list, values, nl);
      else return { ok: false, reason: W.keyNotList({ id: e.id, key: e.key }) };
    }
    if (typeof edit === 'string') return { ok: false, reason: W.entryUnparsable({ id: e.id }) };
    planned.push({ ...edit, order });
  }
  planned.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let last = 0;
  for (const p of planned) {
    out += text.slice(last, p.at) + p.text;
    last = p.at;
  }
  out += text.slice(last);
  const problem = verify(text, out, listKey, edits);
  return problem ? { ok: false, reason: problem } : { ok: true, text: out };
}

/** The data the edits should give, from the data before them. */
export function applyEditsToData(
  data: Record<string, unknown>,
  listKey: string,
  edits: readonly EntryEdit[],
): Record<string, unknown> {
  const expected: Record<string, unknown> = { ...data };
  const list = [...((data[listKey] as Record<string, unknown>[]) ?? [])];
  for (const e of edits) {
    const entry = { ...list[e.index] };
    if (e.kind === 'set') {
      const value = typeof e.value === 'string' ? e.value : [...e.value];
      if (e.milestone === undefined) entry[e.key] = value;
      else {
        const ms = [...(entry.milestones as Record<string, unknown>[])];
        ms[e.milestone] = { ...ms[e.milestone], [e.key]: value };
        entry.milestones = ms;
      }
    } else {
      entry[e.key] = [...((entry[e.key] as unknown[] | null | undefined) ?? []), { ...e.value }];
    }
    list[e.index] = entry;
  }
  expected[listKey] = list;
  return expected;
}

function verify(
  before: string,
  after: string,
  listKey: string,
  edits: readonly EntryEdit[],
): string | undefined {
  const a = parseYaml(before).data as Record<string, unknown> | null;
  const b = parseYaml(after).data as Record<string, unknown> | null;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return W.resultUnparsable();
  return deepEqual(applyEditsToData(a, listKey, edits), b) ? undefined : W.resultMismatch();
}
