// Checks on a ledger file's text before any parser sees it, each linear in the size of the text:
// raw control characters (YAML forbids them), a line or an entry too large to be a ledger value,
// and nesting deeper than any ledger needs (a parser would run out of stack). A file that fails
// one of them is not parsed at all: the findings say where, and nothing else is read from it.
import type { FileFinding } from './parse.js';
import { splitItems } from './item-chunks.js';

/** The most text one entry (one list item) or one line may hold, in characters. */
export const MAX_ENTRY_CHARS = 1_000_000;
/** The deepest nesting of mappings, lists and flow collections accepted (a ledger needs about 6). */
export const MAX_DEPTH = 64;
/** At most this many findings of one kind per file (the first ones are enough to act on). */
const MAX_REPORTED = 20;

// C0 controls other than tab, LF and CR; DEL; C1 controls other than NEL (YAML 1.2 §5.1).
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x80-\x84\x86-\x9F]/g;

/** A line whose value opens a block scalar (`key: |`, `- >-`, `key: |2 # note`). */
const BLOCK_SCALAR = /(?:^|[:\s])[|>][0-9+-]*\s*(?:#.*)?\r?$/;

export function guardText(text: string): FileFinding[] {
  const control = controlChars(text);
  if (control.length) return control;
  const deep = tooDeep(text);
  if (deep.length) return deep;
  return oversize(text);
}

/** Line (1-based) and column of an offset, counting from a known line start. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function controlChars(text: string): FileFinding[] {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return [];
  const out: FileFinding[] = [];
  CONTROL.lastIndex = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.matchAll(CONTROL)) {
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = m.index;
    const code = m[0].charCodeAt(0);
    out.push({
      severity: 'error',
      code: 'yaml-control-char',
      path: [],
      line,
      column: m.index - lineStart + 1,
      length: 1,
      params: { char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` },
    });
    if (out.length >= MAX_REPORTED) break;
  }
  return out;
}

function oversize(text: string): FileFinding[] {
  if (text.length <= MAX_ENTRY_CHARS) return [];
  const out: FileFinding[] = [];
  const chunks = splitItems(text);
  if (chunks) {
    for (const item of chunks.items) {
      if (item.end - item.start > MAX_ENTRY_CHARS) {
        out.push(tooLarge(text, item.start + chunks.indent, item.end - item.start));
        if (out.length >= MAX_REPORTED) return out;
      }
    }
    if (out.length) return out;
  }
  // any single line (a flow collection, or a file that is not one plain list)
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (nl - pos > MAX_ENTRY_CHARS) {
      out.push(tooLarge(text, pos, nl - pos));
      if (out.length >= MAX_REPORTED) break;
    }
    pos = nl + 1;
  }
  return out;
}

function tooLarge(text: string, offset: number, chars: number): FileFinding {
  return {
    severity: 'error',
    code: 'too-large',
    path: [],
    ...position(text, offset),
    length: 1,
    params: { size: chars, max: MAX_ENTRY_CHARS },
  };
}

/**
 * An upper bound of the nesting depth, line by line: the stack of block indentations, plus
 * compact `- - ` items on one line, plus open flow brackets. Anything that stays below MAX_DEPTH
 * here is far from the parsers' limits; only a file with absurd nesting is refused.
 */
function tooDeep(text: string): FileFinding[] {
  const indents: number[] = [];
  let flow = 0;
  let block = -1; // inside a block scalar: the indentation of the line that opened it
  let lineNo = 0;
  let pos = 0;
  const n = text.length;
  // the next `|` and `>` at or after a line's content: a block scalar header needs one of them, so
  // lines without either are not matched against BLOCK_SCALAR (found by indexOf, each once)
  let pipe = -2;
  let angle = -2;
  while (pos < n) {
    lineNo++;
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let i = pos;
    while (i < nl && text.charCodeAt(i) === 32) i++;
    const indent = i - pos;
    const first = text.charCodeAt(i);
    if (block >= 0 && (indent > block || i >= nl || first === 13)) {
      pos = nl + 1; // block scalar text
      continue;
    }
    block = -1;
    if (i < nl && first !== 35 /* # */ && first !== 13) {
      if (flow === 0) {
        while (indents.length && indents[indents.length - 1]! > indent) indents.pop();
        if (!indents.length || indents[indents.length - 1]! < indent) indents.push(indent);
      }
      // compact sequence entries: `- - - x`
      let dashes = 0;
      let j = i;
      while (j < nl && text.charCodeAt(j) === 45 && (j + 1 === nl || text.charCodeAt(j + 1) === 32)) {
        dashes++;
        j += 2;
        while (j < nl && text.charCodeAt(j) === 32) j++;
      }
      const at = flowDepth(text, j, nl, flow);
      flow = at.depth;
      if (pipe !== -1 && pipe < j) pipe = text.indexOf('|', j);
      if (angle !== -1 && angle < j) angle = text.indexOf('>', j);
      const marker = (pipe >= 0 && pipe < nl) || (angle >= 0 && angle < nl);
      if (flow === 0 && marker && BLOCK_SCALAR.test(text.slice(j, nl))) block = indent;
      const depth = indents.length + dashes + at.max;
      if (depth > MAX_DEPTH) {
        return [
          {
            severity: 'error',
            code: 'yaml-too-deep',
            path: [],
            line: lineNo,
            column: indent + 1,
            length: 1,
            params: { max: MAX_DEPTH },
          },
        ];
      }
    }
    pos = nl + 1;
  }
  return [];
}

/**
 * Flow brackets on one line: `[` and `{` open where a value may start (line start, after `: `,
 * `- `, or inside a flow collection), quoted text is skipped. Returns the depth at the end of the
 * line and the deepest point on it.
 */
function flowDepth(text: string, from: number, to: number, depth: number): { depth: number; max: number } {
  let max = depth;
  let valueStart = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 35 /* # */ && (i === from || text.charCodeAt(i - 1) === 32)) break;
    if (valueStart && (c === 91 || c === 123) /* [ { */) {
      depth++;
      if (depth > max) max = depth;
      continue;
    }
    if (depth > 0 && (c === 93 || c === 125) /* ] } */) {
      depth--;
      valueStart = false;
      continue;
    }
    if (c === 34 || c === 39 /* " ' */) {
      const close = skipQuoted(text, i, to, c);
      i = close;
      valueStart = false;
      continue;
    }
    if (c === 44 /* , */ && depth > 0) {
      valueStart = true;
      continue;
    }
    if (c === 58 /* : */ && (i + 1 === to || text.charCodeAt(i + 1) === 32)) {
      valueStart = true;
      continue;
    }
    if (depth === 0) {
      // a plain scalar outside flow: a key (go on after its `: `) or a value (brackets in it are text)
      let k = i;
      while (k < to && !(text.charCodeAt(k) === 58 && (k + 1 === to || text.charCodeAt(k + 1) === 32))) k++;
      if (k >= to) return { depth, max };
      i = k;
      valueStart = true;
      continue;
    }
    valueStart = false;
  }
  return { depth, max };
}

function skipQuoted(text: string, i: number, to: number, quote: number): number {
  for (let k = i + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if (quote === 34 && c === 92 /* \ */) {
      k++;
      continue;
    }
    if (c === quote) {
      if (quote === 39 && text.charCodeAt(k + 1) === 39) {
        k++;
        continue;
      }
      return k;
    }
  }
  return to;
}
