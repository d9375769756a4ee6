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
import { BAIL } from './fast-yaml.js';
import { guardText } from './guard.js';
import { isOneItem, splitItems, type ItemChunks } from './item-chunks.js';
import { itemLines, readPlainItem, type Block, type ItemLines } from './item-lines.js';
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

export type EditResult =
  | {
      ok: true;
      text: string;
      /** The data of each edited item (by index) as the new text reads, when verified item by item. */
      items?: Map<number, unknown>;
      /**
       * The new text in UTF-8, made from the old text's bytes when asked (ListEditor given them);
       * undefined when they turn out not to be the text's.
       */
      bytes?: () => Buffer | undefined;
    }
  | { ok: false; reason: string };

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

/** An edit planned at an offset of the file, with the place of its request among the edits. */
type Planned = Edit & { order: number };

/** The values of every append to list `key` among `edits`, in their order. */
function appendedTo(edits: readonly EntryEdit[], key: string): Readonly<Record<string, string>>[] {
  const out: Readonly<Record<string, string>>[] = [];
  for (const e of edits) if (e.kind === 'append' && e.key === key) out.push(e.value);
  return out;
}

const isMapping = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The edits of one plain item planned from its lines (item-lines.ts); undefined when anything is
 * not as expected (an error to report, or a shape the lines do not tell), and the caller then
 * plans them with the `yaml` library, which gives the same text or the error.
 */
function planFromLines(
  view: ItemLines,
  part: string,
  base: number,
  edits: readonly { e: EntryEdit; order: number }[],
  nl: string,
): Planned[] | undefined {
  const d = view.data;
  if (typeof d.id === 'object' && d.id !== null) return undefined;
  const out: Planned[] = [];
  const listed = new Set<string>();
  const all = edits.map((x) => x.e);
  for (const { e, order } of edits) {
    if (String(d.id) !== e.id) return undefined;
    if (e.kind === 'set') {
      let block: Block | undefined = view.entry;
      let has = Object.hasOwn(d, e.key);
      if (e.milestone !== undefined) {
        const ms = d.milestones;
        const m = Array.isArray(ms) ? ms[e.milestone] : undefined;
        if (!isMapping(m)) return undefined;
        has = Object.hasOwn(m, e.key);
        block = view.entryOf('milestones', e.milestone);
      }
      if (!block || has) return undefined;
      const { at, prefix } = afterLine(part, block.end, nl);
      out.push({
        at: base + at,
        text: `${prefix}${' '.repeat(block.indent)}${e.key}: ${valueText(e.value)}${nl}`,
        order,
      });
      continue;
    }
    if (listed.has(e.key)) continue; // planned with the first append to this list
    listed.add(e.key);
    const values = appendedTo(all, e.key);
    if (!Object.hasOwn(d, e.key)) {
      const indent = ' '.repeat(view.entry.indent);
      const { at, prefix } = afterLine(part, view.entry.end, nl);
      out.push({
        at: base + at,
        text: `${prefix}${indent}${e.key}:${nl}${blockItems(`${indent}  `, values, nl)}`,
        order,
      });
      continue;
    }
    const list = Array.isArray(d[e.key]) ? view.list(e.key) : undefined;
    if (!list) return undefined;
    const { at, prefix } = afterLine(part, list.end, nl);
    out.push({ at: base + at, text: prefix + blockItems(' '.repeat(list.pad), values, nl), order });
  }
  return out;
}

/** One item's edits made and verified alone: its new text, and its data as that text reads. */
export interface EditedItem {
  /** The edits made, in their order. */
  edits: readonly EntryEdit[];
  part: string;
  data: Record<string, unknown>;
}

/** The edits grouped by the item they edit, each with its place among all the edits. */
function byItemOf(edits: readonly EntryEdit[]): Map<number, { e: EntryEdit; order: number }[]> {
  const byItem = new Map<number, { e: EntryEdit; order: number }[]>();
  edits.forEach((e, order) => {
    const list = byItem.get(e.index);
    if (list) list.push({ e, order });
    else byItem.set(e.index, [{ e, order }]);
  });
  return byItem;
}

const sameEdits = (a: readonly EntryEdit[], b: readonly EntryEdit[]): boolean =>
  a.length === b.length && a.every((e, i) => e === b[i]);

/** Planned insertions made into a text (in order of place, then of request). */
function applyPlanned(text: string, planned: Planned[]): string {
  planned.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let last = 0;
  for (const p of planned) {
    out += text.slice(last, p.at) + p.text;
    last = p.at;
  }
  return out + text.slice(last);
}

/**
 * Edits the items of one file's list (plain block style, `\n` line ends) one at a time: each is
 * planned from its own lines and verified alone (read again, it holds exactly its old data plus
 * the changes, and is still one item of the list at the list's indentation), so the file's new
 * text is the old one with those items' texts replaced. An item it cannot edit this way gives
 * undefined; editEntries then takes the whole file's way. Edits made once are kept, so that a
 * caller can edit items as their edits become known (an import, return by return) and put the
 * file together later.
 */
export class ListEditor {
  readonly chunks: ItemChunks | undefined;
  private readonly done = new Map<number, EditedItem>();

  /**
   * `known`: the list's entries as already read from `text` (the load), used as the items' old
   * data; `bytes`: `text` in UTF-8, from which the new text's bytes are put together (instead of
   * encoding the whole new text).
   */
  constructor(
    readonly text: string,
    readonly listKey: string,
    private readonly known?: readonly unknown[],
    private readonly bytes?: Uint8Array,
  ) {
    this.nl = text.includes('\r\n') ? '\r\n' : '\n';
    const split = splitItems(text);
    this.chunks = split && split.key === listKey ? split : undefined;
  }

  /** The text's line end, given to inserted lines. */
  readonly nl: string;

  /**
   * The item `index` with `edits` (all of its edits, in order) made and verified; undefined when
   * it cannot be done alone (editEntries then takes the whole file's way, which also gives the
   * reason of an edit refused).
   */
  item(index: number, edits: readonly EntryEdit[]): EditedItem | undefined {
    const memo = this.done.get(index);
    if (memo && sameEdits(memo.edits, edits)) return memo;
    const chunks = this.chunks;
    const span = chunks?.items[index];
    if (!chunks || !span) return undefined;
    const part = this.text.slice(span.start, span.end);
    const known = this.known?.[index];
    const view = itemLines(part, chunks.indent, isMapping(known) ? known : undefined);
    let planned =
      view &&
      planFromLines(
        view,
        part,
        0,
        edits.map((e, order) => ({ e, order })),
        this.nl,
      );
    let old: unknown = view?.data;
    if (!planned) {
      // an item the lines do not tell (a comment in it, CRLF, say): planned with the `yaml` library
      const r = planWithYaml(this.text, this.listKey, edits, this.nl, chunks);
      if (typeof r === 'string') return undefined;
      planned = r.map((p) => ({ ...p, at: p.at - span.start }));
      if (planned.some((p) => p.at < 0 || p.at > part.length)) return undefined;
      old = isMapping(known) ? known : readItem(part);
    }
    if (!isMapping(old) || planned.some((p) => guardText(p.text).length)) return undefined;
    const next = applyPlanned(part, planned);
    // still one item of the list: no line of it at or left of the list's dashes but its first
    if (!isOneItem(next, chunks.indent)) return undefined;
    const now = readItem(next);
    if (!isMapping(now) || !deepEqual(applyToEntry(old, edits), now)) return undefined;
    const item: EditedItem = { edits, part: next, data: now };
    this.done.set(index, item);
    return item;
  }

  /** The file's new text with every edit made item by item, or undefined when one item cannot be. */
  edit(
    edits: readonly EntryEdit[],
  ): { text: string; items: Map<number, unknown>; bytes?: () => Buffer | undefined } | undefined {
    const chunks = this.chunks;
    if (!chunks) return undefined;
    const items = new Map<number, EditedItem>();
    for (const [index, list] of byItemOf(edits)) {
      const item = this.item(
        index,
        list.map((x) => x.e),
      );
      if (!item) return undefined;
      items.set(index, item);
    }
    const order = [...items.keys()].sort((a, b) => a - b);
    let out = '';
    let last = 0;
    for (const index of order) {
      const span = chunks.items[index]!;
      out += this.text.slice(last, span.start) + items.get(index)!.part;
      last = span.end;
    }
    out += this.text.slice(last);
    const data = new Map([...items].map(([i, x]) => [i, x.data]));
    if (!this.bytes) return { text: out, items: data };
    return { text: out, items: data, bytes: () => this.newBytes(order, items) };
  }

  /** The new text's bytes: the old bytes between the edited items, the items' new texts encoded. */
  private newBytes(order: readonly number[], items: ReadonlyMap<number, EditedItem>): Buffer | undefined {
    const old = this.bytes!;
    const src = Buffer.from(old.buffer, old.byteOffset, old.byteLength);
    // where each kept stretch of old bytes starts and how long it is, and each new item's length
    const plan: number[] = [];
    let last = 0;
    let at = 0;
    let total = 0;
    for (const index of order) {
      const span = this.chunks!.items[index]!;
      const keep = Buffer.byteLength(this.text.slice(last, span.start));
      const size = Buffer.byteLength(items.get(index)!.part, 'utf8');
      plan.push(at, keep);
      total += keep + size;
      at += keep + Buffer.byteLength(this.text.slice(span.start, span.end));
      last = span.end;
    }
    // the bytes must be the text's: else the caller encodes the new text
    if (at + Buffer.byteLength(this.text.slice(last)) !== src.length) return undefined;
    const out = Buffer.allocUnsafe(total + src.length - at);
    let pos = 0;
    order.forEach((index, k) => {
      const from = plan[2 * k]!;
      pos += src.copy(out, pos, from, from + plan[2 * k + 1]!);
      pos += out.write(items.get(index)!.part, pos, 'utf8');
    });
    src.copy(out, pos, at);
    return out;
  }
}

/**
 * Applies the edits to the list `listKey` in `text`. Setting a key the mapping already has is
 * refused (callers decide conflicts before editing); several appends to one list keep their order.
 * When the file is plain block style (item-chunks.ts), each edited item is planned from its own
 * text and verified alone (ListEditor); `items` then holds the data of every edited item as the
 * new text reads. Otherwise the `yaml` library plans the edits and the whole files are compared.
 * `editor`: a ListEditor of `text` already holding some items' edits.
 */
export function editEntries(
  text: string,
  listKey: string,
  edits: readonly EntryEdit[],
  editor?: ListEditor,
): EditResult {
  if (!edits.length) return { ok: true, text };
  const ed =
    editor && editor.text === text && editor.listKey === listKey ? editor : new ListEditor(text, listKey);
  const whole = ed.edit(edits);
  if (whole) return { ok: true, ...whole };
  // an edit refused, an item the editor cannot do alone, or a file not in plain block style: the
  // `yaml` library plans every edit, and the whole files are compared
  const planned = planWithYaml(text, listKey, edits, ed.nl, ed.chunks);
  if (typeof planned === 'string') return { ok: false, reason: planned };
  const out = applyPlanned(text, planned);
  const problem = verify(text, out, listKey, edits);
  return problem ? { ok: false, reason: problem } : { ok: true, text: out };
}

/** Plans edits with the `yaml` library's nodes of their items (or of the whole file). */
function planWithYaml(
  text: string,
  listKey: string,
  edits: readonly EntryEdit[],
  nl: string,
  chunks: ItemChunks | undefined,
): Planned[] | string {
  const located = locateItems(text, listKey, [...new Set(edits.map((e) => e.index))], chunks);
  if (typeof located === 'string') return located;
  const planned: Planned[] = [];
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
    if (String(scalarOf(loc.map, 'id')) !== e.id) return W.itemMoved({ n: e.index + 1, id: e.id });
    let edit: Edit | string;
    if (e.kind === 'set') {
      let target: Node | null | undefined = loc.map;
      if (e.milestone !== undefined) {
        const ms = loc.map.get('milestones', true);
        target = isSeq(ms) ? (ms.items[e.milestone] as Node | undefined) : undefined;
      }
      if (!isMap(target)) return W.keyNoMapping({ id: e.id, key: e.key });
      if (target.has(e.key)) return W.keyAlreadySet({ id: e.id, key: e.key });
      edit = addKey(loc, target, e.key, valueText(e.value), nl);
    } else {
      const k = `${e.index}\0${e.key}`;
      const values = appends.get(k);
      if (!values) continue; // already planned with the first append to this list
      appends.delete(k);
      const list = loc.map.get(e.key, true);
      if (list === undefined || list === null || (isScalar(list) && list.value === null)) {
        if (loc.map.has(e.key)) return W.keyEmpty({ id: e.id, key: e.key });
        edit = newList(loc, loc.map, e.key, values, nl);
      } else if (isSeq(list)) edit = appendTo(loc, list, values, nl);
      else return W.keyNotList({ id: e.id, key: e.key });
    }
    if (typeof edit === 'string') return W.entryUnparsable({ id: e.id });
    planned.push({ ...edit, order });
  }
  return planned;
}

/** An item's text read alone: its one entry's data, or undefined. */
function readItem(part: string): unknown {
  const item = readPlainItem(part);
  if (item !== BAIL) return item;
  const p = parseYaml(part);
  if (p.findings.some((f) => f.severity === 'error')) return undefined;
  return Array.isArray(p.data) && p.data.length === 1 ? p.data[0] : undefined;
}

/** An entry's data with the edits made to it. */
function applyToEntry(data: Record<string, unknown>, edits: readonly EntryEdit[]): Record<string, unknown> {
  const entry = { ...data };
  for (const e of edits) {
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
  }
  return entry;
}

/** The data the edits should give, from the data before them. */
export function applyEditsToData(
  data: Record<string, unknown>,
  listKey: string,
  edits: readonly EntryEdit[],
): Record<string, unknown> {
  const expected: Record<string, unknown> = { ...data };
  const list = [...((data[listKey] as Record<string, unknown>[]) ?? [])];
  for (const e of edits) list[e.index] = applyToEntry(list[e.index]!, [e]);
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
