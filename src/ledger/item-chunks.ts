// The text of each list item of a ledger file, found without parsing: a ledger file written in
// the usual block style is a top-level key (`tasks:`) followed by items that each start with a
// `- ` at one indentation. Reconciliation uses the item texts to find one entry in an old
// revision; the close-out writer
// uses them to edit one item without parsing the whole file. Anything unusual (flow style, a
// second top-level key, document markers, a line that climbs out of the list) gives undefined,
// and callers then take the slow, always-correct path.

export interface ItemSpan {
  /** Offset of the start of the item's `- ` line. */
  start: number;
  /** Offset of the start of the next item (or the end of the text). */
  end: number;
}

export interface ItemChunks {
  /** The top-level key holding the list. */
  key: string;
  /** Columns before each item's `-`. */
  indent: number;
  /** Offset where the first item starts (everything before is the header). */
  headerEnd: number;
  items: ItemSpan[];
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_]*):[ \t]*(?:#.*)?$/;

function isBlankOrComment(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 13) continue;
    return c === 35; // '#'
  }
  return true;
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

function isItemStart(line: string, indent: number): boolean {
  if (line.charCodeAt(indent) !== 45 /* - */) return false;
  const next = line.charCodeAt(indent + 1);
  return Number.isNaN(next) || next === 32 || next === 13;
}

/**
 * How the line from `start` to `nl` (its newline, or the text's end) begins: -1 when it is blank or
 * a comment, else its indentation times two, plus one when it starts a list item (`-` then a
 * space or the line's end).
 */
function lineShape(text: string, start: number, nl: number): number {
  let i = start;
  while (i < nl && text.charCodeAt(i) === 32) i++;
  const c = i < nl ? text.charCodeAt(i) : -1;
  if (c === -1 || c === 35 /* # */ || (c === 13 && i + 1 === nl)) return -1; // blank or comment
  const next = i + 1 < nl ? text.charCodeAt(i + 1) : -1;
  const item = c === 45 /* - */ && (next === -1 || next === 32 || next === 13);
  return (i - start) * 2 + (item ? 1 : 0);
}

/**
 * Whether `part` is exactly one list item at `indent` as splitItems would find it under a key: its
 * first line (after blank lines and comments) starts the item at `indent`, and every other line
 * is blank, a comment, or further in.
 */
export function isOneItem(part: string, indent: number): boolean {
  let first = true;
  for (let pos = 0; pos < part.length; ) {
    let nl = part.indexOf('\n', pos);
    if (nl < 0) nl = part.length;
    const shape = lineShape(part, pos, nl);
    pos = nl + 1;
    if (shape < 0) continue;
    if (first) {
      if (shape !== indent * 2 + 1) return false;
      first = false;
    } else if (shape >> 1 <= indent) return false;
  }
  return !first;
}

/** Splits the text of a ledger list file into item spans; undefined when it is not plain block style. */
export function splitItems(text: string): ItemChunks | undefined {
  // Lines are looked at through character codes, without cutting them out (files of 20 MB).
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let key: string | undefined;
  let indent = -1;
  let headerEnd = -1;
  const starts: number[] = [];
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const lineStart = pos;
    pos = nl + 1;
    const shape = lineShape(text, lineStart, nl);
    if (shape < 0) continue; // blank or comment
    const ind = shape >> 1;
    if (key === undefined) {
      const m = ind === 0 ? KEY_LINE.exec(text.slice(lineStart, nl).replace(/\r$/, '')) : null;
      if (!m) return undefined;
      key = m[1]!;
      continue;
    }
    const item = (shape & 1) === 1;
    if (indent < 0) {
      if (!item) return undefined;
      indent = ind;
      headerEnd = lineStart;
      starts.push(lineStart);
      continue;
    }
    if (ind > indent) continue;
    if (ind === indent && item) {
      starts.push(lineStart);
      continue;
    }
    return undefined; // a second top-level key, a document marker, or a line out of place
  }
  if (key === undefined) return undefined;
  if (indent < 0) return { key, indent: 0, headerEnd: text.length, items: [] };
  const items = starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
  return { key, indent, headerEnd, items };
}

/** The index of the item whose span holds `offset`, or -1. */
export function itemAt(chunks: ItemChunks, offset: number): number {
  let lo = 0;
  let hi = chunks.items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = chunks.items[mid]!;
    if (offset < it.start) hi = mid - 1;
    else if (offset >= it.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Indexes of the items whose text mentions `id` as a whole word (candidates for the entry with
 * that id; the caller parses them to be sure).
 */
export function itemsMentioning(text: string, chunks: ItemChunks, id: string): number[] {
  const out: number[] = [];
  let from = chunks.headerEnd;
  for (;;) {
    const at = text.indexOf(id, from);
    if (at < 0) break;
    from = at + id.length;
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + id.length);
    if (isIdChar(before) || isIdChar(after)) continue;
    const i = itemAt(chunks, at);
    if (i >= 0 && out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/**
 * The indentation of the items of a ledger list file (the first `- ` line after the top-level
 * key), read from the first lines only; undefined when the file does not start that way.
 */
export function listIndent(text: string): number | undefined {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let sawKey = false;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (isBlankOrComment(line)) continue;
    if (!sawKey) {
      if (!KEY_LINE.test(line.replace(/\r$/, ''))) return undefined;
      sawKey = true;
      continue;
    }
    const ind = indentOf(line);
    return isItemStart(line, ind) ? ind : undefined;
  }
  return undefined;
}

/**
 * The span of the item holding `offset`, found by walking lines out from it: back to the
 * nearest `- ` line at the item indentation, forward to the next one (or a line indented less).
 * Local work, whatever the size of the file; the caller parses the span to be sure.
 */
export function itemSpanAround(text: string, offset: number, indent: number): ItemSpan | undefined {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  for (;;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (!isBlankOrComment(line)) {
      const ind = indentOf(line);
      if (ind === indent && isItemStart(line, ind)) break;
      if (ind < indent) return undefined;
    }
    if (start === 0) return undefined;
    start = text.lastIndexOf('\n', start - 2) + 1;
  }
  let pos = text.indexOf('\n', start);
  while (pos >= 0 && pos + 1 < text.length) {
    const next = pos + 1;
    let nl = text.indexOf('\n', next);
    if (nl < 0) nl = text.length;
    const line = text.slice(next, nl);
    if (!isBlankOrComment(line)) {
      const ind = indentOf(line);
      if (ind < indent || (ind === indent && isItemStart(line, ind))) return { start, end: next };
    }
    pos = nl < text.length ? nl : -1;
  }
  return { start, end: text.length };
}

const ID_VALUE = /^(['"]?)([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\1[ ]*(?:#.*)?\r?$/;

/** Offsets of the `id:` lines of a ledger file's text, by id (one pass; the first of each id). */
export function idLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let at = text.indexOf('id:'); at >= 0; at = text.indexOf('id:', at + 3)) {
    // the line must be `<spaces>[- ]id: <value>`
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let i = lineStart;
    while (text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) {
      i += 2;
      while (text.charCodeAt(i) === 32) i++;
    }
    if (i !== at) continue;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let v = at + 3;
    while (text.charCodeAt(v) === 32) v++;
    const m = ID_VALUE.exec(text.slice(v, end));
    if (m && !out.has(m[2]!)) out.set(m[2]!, lineStart);
  }
  return out;
}
