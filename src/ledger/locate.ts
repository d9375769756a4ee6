// Turns a path inside a document into a line and column. Files that parsed on the fast path
// are parsed again with the `yaml` library, only when one of their findings needs a position.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import type { PathSeg } from '../diagnostics/types.js';

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

export class Locator {
  private doc?: Document.Parsed;
  private counter?: LineCounter;

  constructor(
    readonly text: string,
    parsed?: { doc: Document.Parsed; counter: LineCounter },
  ) {
    this.doc = parsed?.doc;
    this.counter = parsed?.counter;
  }

  private ensure(): { doc: Document.Parsed; counter: LineCounter } {
    if (!this.doc || !this.counter) {
      this.counter = new LineCounter();
      this.doc = parseDocument(this.text, { ...YAML_OPTIONS, lineCounter: this.counter });
    }
    return { doc: this.doc, counter: this.counter };
  }

  /** Position of an offset in the text (1-based line and column). */
  at(offset: number, end = offset + 1): Position {
    const { counter } = this.ensure();
    const p = counter.linePos(offset);
    const lineEnd = this.text.indexOf('\n', offset);
    const stop = Math.min(end, lineEnd < 0 ? this.text.length : lineEnd);
    return { line: p.line, column: p.col, length: Math.max(1, stop - offset) };
  }

  /** The node a path leads to (its key when `at` is 'key'), or the deepest node that exists. */
  locate(path: readonly PathSeg[], at: 'key' | 'value' = 'value'): Position {
    const { doc } = this.ensure();
    let node: unknown = doc.contents;
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
      if (r) return this.at(r[0], r[1]);
    }
    return this.at(range[0], range[1]);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const { counter } = this.ensure();
    const start = counter.lineStarts[line - 1] ?? 0;
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}
