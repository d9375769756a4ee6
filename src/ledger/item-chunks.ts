// The text of each list item of a ledger file, found without parsing: a ledger file written in
// the usual block style is a top-level key (`tasks:`) followed by items that each start with a
// `- ` at one indentation. Reconciliation uses the item texts to reuse entries that did not
// change between two revisions and to find one entry in an old revision; the close-out writer
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

/** Splits the text of a ledger list file into item spans; undefined when it is not plain block style. */
export function splitItems(text: string): ItemChunks | undefined {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let key: string | undefined;
  let indent = -1;
  let headerEnd = -1;
  const starts: number[] = [];
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const lineStart = pos;
    pos = nl + 1;
    if (isBlankOrComment(line)) continue;
    if (key === undefined) {
      const m = KEY_LINE.exec(line.replace(/\r$/, ''));
      if (!m) return undefined;
      key = m[1]!;
      continue;
    }
    const ind = indentOf(line);
    if (indent < 0) {
      if (!isItemStart(line, ind)) return undefined;
      indent = ind;
      headerEnd = lineStart;
      starts.push(lineStart);
      continue;
    }
    if (ind > indent) continue;
    if (ind === indent && isItemStart(line, ind)) {
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
