// Turns a path inside a document into a line and column. A file that went through the full
// parser keeps its document and is walked directly. A file read on a fast path is never parsed
// whole a second time: the top-level key and the list item a path starts with are found from the
// lines (one pass, on the first finding of that file), and only the text of that one entry is
// parsed with the `yaml` library to find the node inside it. A finding therefore costs about the
// entry it is in, whatever the size of the file (issue 12; at 100,000 tasks a whole-file parse
// ran out of heap). Only when the lines do not look like a block-style ledger (a flow-style
// document, an entry whose text does not parse on its own) is the whole document parsed.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import type { PathSeg } from '../diagnostics/types.js';
import { hasBom } from './decode.js';

export interface Position {
  line: number;
  column: number;
  length: number;
}

export const YAML_OPTIONS = {
  uniqueKeys: true,
  prettyErrors: false,
  merge: false,
  version: '1.2',
  schema: 'core',
  strict: true,
} as const;

/** A top-level key's lines and, when its value is a block list, where each item starts. */
interface TopKey {
  /** Offset of the key's line. */
  start: number;
  /** Offset of the next top-level line (or the end of the text). */
  end: number;
  /** Offsets of the `- ` lines of the items, then the end of the last item. */
  items: number[];
}

/** A parsed piece of the text: its document and where it starts in the whole text. */
interface Piece {
  node: unknown;
  base: number;
}

const KEY_AT_0 =
  /^(?:"([^"\\]*)"|'([^']*)'|([^\s#'"\-?:,[\]{}&*!|>%@`][^:#]*?|-[^\s:#][^:#]*?))[ ]*:(?:[ ]|\r?$)/;

/** How many characters the locators have parsed to find positions (tests check it stays small). */
export const locateStats = { parsedChars: 0 };

/** Positions already worked out for a text (by a previous run, through the parse cache), by path. */
export interface PositionMemo {
  /** The positions known for this text, read when the first one is asked for. */
  load(): Record<string, Position> | undefined;
}

const memoKey = (path: readonly PathSeg[], at: 'key' | 'value') => `${at}\u0000${JSON.stringify(path)}`;

export class Locator {
  private doc?: Document.Parsed;
  private known?: Record<string, Position>;
  /** Positions worked out in this run that the memo did not have (undefined: none). */
  fresh?: Record<string, Position>;
  /** Where positions of this text are remembered between runs (set by the loader when the cache is on). */
  memo?: PositionMemo;
  private starts?: ArrayLike<number>;
  private keys?: Map<string, TopKey> | null;
  private readonly pieces = new Map<string, Piece | undefined>();

  private source: string | (() => string);
  /** The bytes the text is decoded from, when known (source lines are then cut from them). */
  bytes?: Uint8Array;
  private byteStarts?: number[];

  /** `text` may be a function giving it, called when a position is first needed (cached parses). */
  constructor(text: string | (() => string), parsed?: { doc: Document.Parsed; counter: LineCounter }) {
    this.source = text;
    this.doc = parsed?.doc;
    if (parsed) this.starts = parsed.counter.lineStarts;
  }

  get text(): string {
    if (typeof this.source !== 'string') this.source = this.source();
    return this.source;
  }

  /** Offsets where each line starts (from the full parse's counter, or one pass over the text). */
  private lineStarts(): ArrayLike<number> {
    if (!this.starts) {
      // counted first, then filled: one typed array (4 bytes a line) instead of a growing list
      const t = this.text;
      let n = 1;
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
      const s = new Uint32Array(n);
      let k = 1;
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) s[k++] = i + 1;
      this.starts = s;
    }
    return this.starts;
  }

  /** The whole document, parsed only when the text is not a block-style ledger. */
  private full(): Document.Parsed {
    if (!this.doc) {
      locateStats.parsedChars += this.text.length;
      this.doc = parseDocument(this.text, { ...YAML_OPTIONS, lineCounter: new LineCounter() });
    }
    return this.doc;
  }

  /** Position of an offset in the text (1-based line and column). */
  at(offset: number, end = offset + 1): Position {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineEnd = this.text.indexOf('\n', offset);
    const stop = Math.min(end, lineEnd < 0 ? this.text.length : lineEnd);
    return { line: lo + 1, column: offset - starts[lo]! + 1, length: Math.max(1, stop - offset) };
  }

  /** The node a path leads to (its key when `at` is 'key'), or the deepest node that exists. */
  locate(path: readonly PathSeg[], at: 'key' | 'value' = 'value'): Position {
    if (!this.memo) return this.find(path, at);
    // a position is a function of the text, the path and `at`: a warm run reads it back instead of
    // parsing (and loading the `yaml` library for) the entry it is in
    this.known ??= this.memo.load() ?? {};
    const k = memoKey(path, at);
    const known = Object.hasOwn(this.known, k) ? this.known[k] : undefined;
    if (known) return { ...known };
    const pos = this.find(path, at);
    this.known[k] = pos;
    (this.fresh ??= {})[k] = pos;
    return { ...pos };
  }

  /** Every position known for this text (for the memo), when this run worked out new ones. */
  positionsToSave(): Record<string, Position> | undefined {
    return this.fresh && this.known;
  }

  private find(path: readonly PathSeg[], at: 'key' | 'value'): Position {
    if (this.doc) return this.walk({ node: this.doc.contents, base: 0 }, path, at);
    const piece = this.piece(path);
    if (piece) return this.walk(piece.piece, piece.path, at);
    return this.walk({ node: this.full().contents, base: 0 }, path, at);
  }

  /**
   * The smallest piece of text that holds the path's first one or two steps, parsed on its own,
   * and the path inside it; undefined when the lines cannot tell.
   */
  private piece(path: readonly PathSeg[]): { piece: Piece; path: PathSeg[] } | undefined {
    const keys = this.topKeys();
    if (!keys) return undefined;
    const first = path[0];
    const top = first === undefined ? undefined : keys.get(String(first));
    if (!top) {
      // the path's key is not in the document: the old walk stops at the top mapping, i.e. its first key
      const firstKey = keys.values().next().value as TopKey | undefined;
      if (!firstKey) return undefined;
      const piece = this.parse(firstKey.start, this.lineEnd(firstKey.start));
      return piece ? { piece, path: [] } : undefined;
    }
    const index = path[1];
    if (typeof index === 'number' && top.items.length > 1) {
      if (index >= 0 && index < top.items.length - 1) {
        const piece = this.parse(top.items[index]!, top.items[index + 1]!);
        return piece ? { piece, path: [0, ...path.slice(2)] } : undefined;
      }
    }
    if (path.length === 1 && top.items.length > 1) {
      // the key itself, or the start of its list: the key's line and the first item are enough
      const piece = this.parse(top.start, top.items[1]!);
      return piece ? { piece, path: [...path] } : undefined;
    }
    const piece = this.parse(top.start, top.end);
    return piece ? { piece, path: [...path] } : undefined;
  }

  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  private parse(start: number, end: number): Piece | undefined {
    const key = `${start}:${end}`;
    if (this.pieces.has(key)) return this.pieces.get(key);
    locateStats.parsedChars += end - start;
    const doc = parseDocument(this.text.slice(start, end), YAML_OPTIONS);
    const piece = doc.errors.length ? undefined : { node: doc.contents, base: start };
    if (this.pieces.size > 64) this.pieces.clear(); // findings come entry by entry: keep a few
    this.pieces.set(key, piece);
    return piece;
  }

  /**
   * The top-level keys from the lines: a key is a line at column 0 that is not an item; the lines
   * after it up to the next such line are its value. Null when the text does not look like that.
   */
  private topKeys(): Map<string, TopKey> | null {
    if (this.keys !== undefined) return this.keys;
    this.keys = null;
    const t = this.text;
    const n = t.length;
    const keys = new Map<string, TopKey>();
    let cur: TopKey | undefined;
    let itemIndent = -1; // the indentation of the current key's `- ` lines, once known
    let pos = 0;
    while (pos < n) {
      let nl = t.indexOf('\n', pos);
      if (nl < 0) nl = n;
      const lineStart = pos;
      pos = nl + 1;
      let i = lineStart;
      while (i < nl && t.charCodeAt(i) === 32) i++;
      const c = i < nl ? t.charCodeAt(i) : -1;
      if (c === -1 || c === 35 /* # */ || (c === 13 && i + 1 === nl)) continue;
      const ind = i - lineStart;
      const next = i + 1 < nl ? t.charCodeAt(i + 1) : -1;
      const dash = c === 45 && (next === -1 || next === 32 || next === 13);
      if (ind === 0 && !dash) {
        if (c === 45 || c === 46 || c === 37) {
          // `---`, `...`, `%`: document markers and directives are not a plain ledger
          if (/^(?:---|\.\.\.)(?:\s|$)|^%/.test(t.slice(lineStart, lineStart + 4))) return null;
        }
        const m = KEY_AT_0.exec(t.slice(lineStart, nl));
        if (!m) return null;
        const key = (m[1] ?? m[2] ?? m[3]!).trimEnd();
        if (cur) {
          cur.end = lineStart;
          cur.items.push(lineStart);
        }
        if (keys.has(key)) return null; // a duplicate key: the full parser reports it
        cur = { start: lineStart, end: n, items: [] };
        keys.set(key, cur);
        itemIndent = -1;
        continue;
      }
      if (!cur) return null;
      if (itemIndent === -1) {
        // the first line under the key: a block list, or some other value (no items)
        if (dash) {
          itemIndent = ind;
          cur.items.push(lineStart);
        } else itemIndent = -2;
      } else if (itemIndent >= 0) {
        if (dash && ind === itemIndent) cur.items.push(lineStart);
        else if (ind < itemIndent) return null; // a line out of place
      }
    }
    if (cur) cur.items.push(n);
    for (const k of keys.values()) if (k.items.length === 1) k.items.length = 0;
    this.keys = keys;
    return keys;
  }

  /** Walks a path through parsed nodes, as far as it leads. */
  private walk(piece: Piece, path: readonly PathSeg[], at: 'key' | 'value'): Position {
    let node: unknown = piece.node;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
        );
        if (!pair) break;
        if (last && at === 'key' && pair.key) {
          node = pair.key;
          break;
        }
        if (pair.value == null) {
          node = pair.key;
          break;
        }
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] != null) {
        node = node.items[seg];
      } else break;
    }
    const range = (node as Node | null)?.range;
    if (!range) return { line: 1, column: 1, length: 1 };
    if (isMap(node) || isSeq(node)) {
      // point at the first key of a mapping (the line a clerk recognises), not the whole block
      const first = isMap(node) ? node.items[0]?.key : node.items[0];
      const r = (first as Node | undefined)?.range;
      if (r) return this.at(piece.base + r[0], piece.base + r[1]);
    }
    return this.at(piece.base + range[0], piece.base + range[1]);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    // a cached parse whose text was never needed: the line is cut from the bytes, not the whole file decoded
    if (typeof this.source !== 'string' && this.bytes) return this.lineOfBytes(this.bytes, line);
    const start = this.lineStarts()[line - 1] ?? 0;
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  /**
   * Line `line` of the UTF-8 bytes the text is decoded from (a leading BOM is not part of line 1).
   * Lines are found only as far as the one asked for: a finding on line 1 of a large file reads
   * one line of it.
   */
  private lineOfBytes(bytes: Uint8Array, line: number): string {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!this.byteStarts) this.byteStarts = [hasBom(b) ? 3 : 0];
    const s = this.byteStarts;
    // starts of lines 1…line+1 (the next one ends the line), as far as the bytes go
    while (s.length <= line && s[s.length - 1]! <= b.length) {
      const nl = b.indexOf(10, s[s.length - 1]!);
      s.push(nl < 0 ? b.length + 1 : nl + 1);
    }
    const lines = s[s.length - 1]! > b.length ? s.length - 1 : s.length;
    const i = line >= 1 && line <= lines ? line - 1 : 0; // as lineText: a line out of range is line 1
    const start = s[i]!;
    const end = Math.min(s[i + 1] ?? b.length + 1, b.length + 1) - 1;
    return b.toString('utf8', start, Math.max(start, end)).replace(/\r$/, '');
  }
}
