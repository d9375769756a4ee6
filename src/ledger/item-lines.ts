// Where a text edit goes in one list item of plain block style, found from its lines instead of
// the `yaml` library's nodes (which cost a full parse of the item: most of an import of 80
// returns at 20,000 tasks). Only items the fast reader accepts whole, with no comment, tab,
// carriage return or blank line inside, and whose keys are plain names are handled here; in
// those, a block mapping or sequence ends at the end of its last line, as the `yaml` library's
// ranges say (test/ledger/edit-entries.test.ts compares the two on every item of the sample
// ledgers). Anything else gives undefined and the caller takes the `yaml` library's path.
import { BAIL, fastYaml } from './fast-yaml.js';

interface Line {
  /** Offset of the line's start, and of its end (its newline, or the end of the text). */
  s: number;
  e: number;
  /** Spaces before the line's first character (a `-` or a key). */
  ind: number;
  /** Whether the line starts a sequence entry (`- `). */
  dash: boolean;
  /** Column of the content after the dash (or of the line's start when no dash). */
  col: number;
  /** The key of a `key:` line (a plain name), undefined for anything else. */
  key: string | undefined;
  /** Whether nothing follows the key's colon (its value is on the next lines). */
  open: boolean;
}

/** A character that is not white space (as `trim` and `\s` define it), searched from `lastIndex`. */
const NOT_SPACE = /\S/g;

/**
 * Where the colon of a `key:` line is, the line's content being `part` from `i` to `e`: a plain
 * name (a letter or `_`, then letters, digits, `_`), a colon, then the line's end or a space; else
 * -1. What `/^([A-Za-z_][A-Za-z0-9_]*):(?:$| )/` finds on the content, read in place (an import at
 * 20k reads half a million lines: a slice and a match each were most of its garbage).
 */
export function keyColon(part: string, i: number, e: number): number {
  if (i >= e || !nameChar(part.charCodeAt(i), true)) return -1;
  let j = i + 1;
  while (j < e && nameChar(part.charCodeAt(j), false)) j++;
  if (j >= e || part.charCodeAt(j) !== 58) return -1;
  return j + 1 === e || part.charCodeAt(j + 1) === 32 ? j : -1;
}

/** A character of a plain key name: an ASCII letter or `_`, or after the first also a digit. */
function nameChar(c: number, first: boolean): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (!first && c >= 48 && c <= 57);
}

/** Whether `part` holds only white space from `from` to `e`. */
function blankFrom(part: string, from: number, e: number): boolean {
  NOT_SPACE.lastIndex = from;
  // test, not exec: no match object (the match is one code unit, ending at lastIndex)
  return !NOT_SPACE.test(part) || NOT_SPACE.lastIndex - 1 >= e;
}

export function linesOf(part: string): Line[] | undefined {
  if (part.includes('#') || part.includes('\r') || part.includes('\t')) return undefined;
  const lines: Line[] = [];
  let blank = false;
  for (let pos = 0; pos < part.length; ) {
    const nl = part.indexOf('\n', pos);
    const e = nl < 0 ? part.length : nl;
    let i = pos;
    while (i < e && part.charCodeAt(i) === 32) i++;
    if (i === e) blank = true;
    else {
      if (blank) return undefined; // a blank line inside the item
      const ind = i - pos;
      let dash = false;
      if (part.charCodeAt(i) === 45 && (i + 1 === e || part.charCodeAt(i + 1) === 32)) {
        dash = true;
        i++;
        while (i < e && part.charCodeAt(i) === 32) i++;
        if (part.charCodeAt(i) === 45 && (i + 1 === e || part.charCodeAt(i + 1) === 32)) return undefined;
      }
      const colon = keyColon(part, i, e);
      lines.push({
        s: pos,
        e,
        ind,
        dash,
        col: i - pos,
        key: colon < 0 ? undefined : part.slice(i, colon),
        open: colon >= 0 && blankFrom(part, colon + 1, e),
      });
    }
    pos = e + 1;
  }
  return lines;
}

/** A block mapping of the item: the column of its keys, its keys' lines, and where its text ends. */
export interface Block {
  indent: number;
  /** Offset just past its last line (past the newline, or the end of the text). */
  end: number;
}

export interface ItemLines {
  /** The item's data as the fast reader reads it. */
  data: Record<string, unknown>;
  entry: Block;
  /** The block mapping of entry `n` of the entry's block list `key` (undefined: not one). */
  entryOf(key: string, n: number): Block | undefined;
  /** The column of the dashes of the entry's block list `key`, and where it ends (undefined: not a block list). */
  list(key: string): { pad: number; end: number } | undefined;
}

/**
 * The one entry of an item's text as the fast reader reads it (under a key, as in its file: the
 * reader takes an indented list only there); BAIL when it does not, undefined when not one entry.
 */
export function readPlainItem(part: string): unknown {
  const parsed = fastYaml(`k:\n${part}`);
  if (parsed === BAIL) return BAIL;
  const list = (parsed as { k?: unknown } | null)?.k;
  return Array.isArray(list) && list.length === 1 ? list[0] : undefined;
}

function endOf(part: string, line: Line): number {
  return line.e < part.length ? line.e + 1 : part.length;
}

/**
 * The lines of one list item's text (as split by item-chunks.ts); undefined when not plain.
 * `known`: the item's data as already read (by the load), instead of reading it again.
 */
export function itemLines(part: string, indent: number, known?: object): ItemLines | undefined {
  const lines = linesOf(part);
  const first = lines?.[0];
  if (!lines || !first || !first.dash || first.ind !== indent || first.key === undefined) return undefined;
  const data = (known ?? readPlainItem(part)) as Record<string, unknown>;
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as unknown) === BAIL)
    return undefined;
  const K = first.col;
  /** Index of each top-level key's line. */
  const keys = new Map<string, number>([[first.key, 0]]);
  for (let j = 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.ind < K) return undefined;
    if (l.ind === K && !l.dash) {
      if (l.key === undefined || keys.has(l.key)) return undefined;
      keys.set(l.key, j);
    }
  }
  /** The lines of a top-level key's block value (none when its value is on its line). */
  const valueLines = (key: string): Line[] | undefined => {
    const j = keys.get(key);
    if (j === undefined || !lines[j]!.open) return undefined;
    let k = j + 1;
    while (k < lines.length && !(lines[k]!.ind === K && !lines[k]!.dash)) k++;
    const v = lines.slice(j + 1, k);
    return v.length && v[0]!.dash ? v : undefined;
  };
  return {
    data,
    entry: { indent: K, end: endOf(part, lines.at(-1)!) },
    entryOf(key, n) {
      const v = valueLines(key);
      if (!v) return undefined;
      const D = v[0]!.ind;
      let seen = -1;
      for (let k = 0; k < v.length; k++) {
        const l = v[k]!;
        if (l.ind < D || (l.ind === D && !l.dash)) return undefined;
        if (!(l.ind === D && l.dash)) continue;
        if (++seen !== n) continue;
        if (l.key === undefined) return undefined;
        let last = k;
        while (last + 1 < v.length && !(v[last + 1]!.ind === D && v[last + 1]!.dash)) {
          if (v[last + 1]!.ind < l.col) return undefined;
          last++;
        }
        return { indent: l.col, end: endOf(part, v[last]!) };
      }
      return undefined;
    },
    list(key) {
      const v = valueLines(key);
      return v ? { pad: v[0]!.ind, end: endOf(part, v.at(-1)!) } : undefined;
    },
  };
}
