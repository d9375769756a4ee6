// A fast reader for the plain YAML that ledgers are made of: block mappings and sequences,
// plain and quoted one-line scalars, one-line flow lists and mappings, comments. It gives up
// (returns BAIL) on anything else — anchors, tags, block scalars, multi-line scalars, duplicate
// keys, odd numbers — and the caller then uses a general parser. Whatever it accepts, it must
// read exactly as the `yaml` library's core schema does; tests compare the two.

export const BAIL: unique symbol = Symbol('bail');
type Bail = typeof BAIL;

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** Content lines as two parallel arrays (no object per line: fewer allocations to collect). */
interface Lines {
  indent: number[];
  text: string[];
}

const INT = /^[-+]?(?:0|[1-9][0-9]*)$/;
const SIMPLE_FLOAT = /^[-+]?(?:0|[1-9][0-9]*)\.[0-9]+$/;
/** Characters that cannot start a plain scalar (or that we leave to the general parser). */
const BAD_START = new Set([
  '?',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
]);

/** Core-schema resolution of a plain scalar. */
function plain(s: string): unknown {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    // a run of digits followed by anything but '.', 'e', 'E', 'x', 'o' or '_' is no number (dates, phones, 2026H1)
    let k = 1;
    while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
    const next = s[k];
    if (
      next !== undefined &&
      next !== '.' &&
      next !== 'e' &&
      next !== 'E' &&
      next !== 'x' &&
      next !== 'o' &&
      next !== '_'
    )
      return s;
  }
  // digits, sign or dot: numbers and number-like strings
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (INT.test(s)) {
      const n = Number(s);
      return Number.isSafeInteger(n) ? n : giveUp();
    }
    if (SIMPLE_FLOAT.test(s)) return Number(s);
    // anything else number-like (0o17, 0x1f, 1e3, .5, .inf, 012) is left to the general parser
    if (
      /^[-+.]?[0-9.]/.test(s) &&
      /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$|^0[ox]/.test(
        s,
      )
    ) {
      giveUp();
    }
    if (s === '-' || s.startsWith('- ')) giveUp();
  }
  return s;
}

/** Strips a trailing comment and spaces from a plain scalar, refusing what is not one. */
function plainText(raw: string, flow: boolean): string {
  let end = raw.length;
  const hash = raw.indexOf(' #');
  if (hash >= 0) end = hash;
  const s = raw.slice(0, end).trimEnd();
  if (s.length && BAD_START.has(s[0]!)) giveUp();
  if (s.includes(': ') || s.endsWith(':') || s.includes('\t')) giveUp();
  if (flow && /[,[\]{}]/.test(s)) giveUp();
  return s;
}

/** A double- or single-quoted scalar starting at raw[0]; returns it and the rest of the line. */
function quoted(raw: string): [string, string] {
  const q = raw[0]!;
  let out = '';
  let i = 1;
  for (;;) {
    if (i >= raw.length) giveUp(); // multi-line quoted scalar
    const ch = raw[i]!;
    if (q === "'") {
      if (ch === "'") {
        if (raw[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        return [out, raw.slice(i + 1)];
      }
      out += ch;
      i++;
      continue;
    }
    if (ch === '"') return [out, raw.slice(i + 1)];
    if (ch === '\\') {
      const e = raw[i + 1];
      const simple: Record<string, string> = {
        '\\': '\\',
        '"': '"',
        '/': '/',
        n: '\n',
        t: '\t',
        r: '\r',
        '0': '\0',
        ' ': ' ',
      };
      if (e !== undefined && e in simple) {
        out += simple[e];
        i += 2;
        continue;
      }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        const code = parseInt(raw.slice(i + 2, i + 6), 16);
        if (code >= 0xd800 && code <= 0xdfff) giveUp();
        out += String.fromCharCode(code);
        i += 6;
        continue;
      }
      giveUp();
    }
    out += ch;
    i++;
  }
}

/** After a value: nothing, or a comment. */
function endOfValue(rest: string): void {
  const t = rest.trimStart();
  if (t === '') return;
  if (t[0] === '#' && rest.length > t.length) return;
  giveUp();
}

/** One item of a one-line flow collection. */
function flowScalar(raw: string): unknown {
  const t = raw.trim();
  if (t[0] === '"' || t[0] === "'") {
    const [s, rest] = quoted(t);
    if (rest.trim() !== '') giveUp();
    return s;
  }
  if (t === '') giveUp();
  return plain(plainText(t, true));
}

/** Splits the inside of a one-line flow collection at top-level commas. */
function splitFlow(inner: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let i = 0;
  while (i < inner.length) {
    const ch = inner[i]!;
    if (ch === '"' || ch === "'") {
      const [, rest] = quoted(inner.slice(i));
      const len = inner.length - i - rest.length;
      cur += inner.slice(i, i + len);
      i += len;
      continue;
    }
    if (ch === '[' || ch === ']' || ch === '{' || ch === '}' || ch === '#') giveUp();
    if (ch === ',') {
      parts.push(cur);
      cur = '';
    } else cur += ch;
    i++;
  }
  if (cur.trim() === '') {
    if (parts.length) giveUp(); // trailing comma
    return parts;
  }
  parts.push(cur);
  return parts;
}

function flowCollection(raw: string): unknown {
  const open = raw[0]!;
  const close = open === '[' ? ']' : '}';
  // find the matching close outside quotes
  let i = 1;
  while (i < raw.length && raw[i] !== close) {
    const ch = raw[i]!;
    if (ch === '"' || ch === "'") {
      const [, rest] = quoted(raw.slice(i));
      i = raw.length - rest.length;
      continue;
    }
    i++;
  }
  if (i >= raw.length) giveUp(); // multi-line flow collection
  endOfValue(raw.slice(i + 1));
  const parts = splitFlow(raw.slice(1, i));
  if (open === '[') return parts.map(flowScalar);
  const obj: Record<string, unknown> = {};
  for (const p of parts) {
    const t = p.trim();
    const colon = t.indexOf(': ');
    if (colon <= 0 || t[0] === '"' || t[0] === "'") giveUp();
    const key = t.slice(0, colon).trim();
    if (BAD_START.has(key[0]!) || key in obj || key === '__proto__') giveUp();
    obj[key] = flowScalar(t.slice(colon + 2));
  }
  return obj;
}

/** The value written after `key:` or `- ` on one line. */
function inlineValue(raw: string): unknown {
  const c = raw[0];
  if (c === '"' || c === "'") {
    const [s, rest] = quoted(raw);
    endOfValue(rest);
    return s;
  }
  if (c === '[' || c === '{') return flowCollection(raw);
  return plain(plainText(raw, false));
}

/** Where a block key ends: `key: value` or `key:` (not inside quotes; quoted keys give up). */
function keyEnd(text: string): number {
  const c = text[0]!;
  if (
    c === '"' ||
    c === "'" ||
    c === '[' ||
    c === '{' ||
    c === '?' ||
    (c === '-' && (text[1] === ' ' || text.length === 1))
  )
    return -1;
  const sp = text.indexOf(': ');
  if (sp >= 0) return sp;
  return text.endsWith(':') ? text.length - 1 : -1;
}

const isDash = (t: string) => t.charCodeAt(0) === 45 && (t.length === 1 || t.charCodeAt(1) === 32);

class Reader {
  private i = 0;
  private readonly n: number;
  private readonly indent: number[];
  private readonly text: string[];
  constructor(lines: Lines) {
    this.indent = lines.indent;
    this.text = lines.text;
    this.n = lines.text.length;
  }

  document(): unknown {
    if (!this.n) return null;
    if (this.indent[0] !== 0) giveUp();
    const v = this.node(0);
    if (this.i < this.n) giveUp();
    return v;
  }

  private node(indent: number): unknown {
    if (this.indent[this.i] !== indent) giveUp();
    const text = this.text[this.i]!;
    if (isDash(text)) return this.sequence(indent);
    if (keyEnd(text) > 0) return this.mapping(indent);
    giveUp();
  }

  /** A nested block under a line at `parent` indentation, or null when there is none. */
  private nested(parent: number, allowSameIndentSeq: boolean): unknown {
    if (this.i >= this.n) return null;
    const next = this.indent[this.i]!;
    if (next > parent) return this.node(next);
    if (allowSameIndentSeq && next === parent && isDash(this.text[this.i]!)) return this.sequence(parent);
    return null;
  }

  private noContinuation(indent: number): void {
    if (this.i < this.n && this.indent[this.i]! > indent) giveUp(); // a multi-line scalar or bad indentation
  }

  private mapping(indent: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    while (this.i < this.n) {
      const ind = this.indent[this.i]!;
      if (ind < indent) break;
      if (ind > indent) giveUp();
      const text = this.text[this.i]!;
      const end = keyEnd(text);
      if (end <= 0) {
        if (isDash(text)) break; // a sequence at the parent's indent
        giveUp();
      }
      let keyStop = end;
      while (keyStop > 0 && text.charCodeAt(keyStop - 1) === 32) keyStop--;
      const key = text.slice(0, keyStop);
      if (BAD_START.has(key[0]!) || key.includes(' #') || key in obj) giveUp();
      let restStart = end + 1;
      while (restStart < text.length && text.charCodeAt(restStart) === 32) restStart++;
      const rest = restStart === text.length ? '' : text.slice(restStart);
      this.i++;
      if (rest === '' || rest[0] === '#') obj[key] = this.nested(indent, true);
      else {
        obj[key] = inlineValue(rest);
        this.noContinuation(indent);
      }
    }
    return obj;
  }

  private sequence(indent: number): unknown[] {
    const arr: unknown[] = [];
    while (this.i < this.n) {
      const ind = this.indent[this.i]!;
      const text = this.text[this.i]!;
      if (ind !== indent || !isDash(text)) {
        if (ind > indent) giveUp();
        break;
      }
      const after = text.slice(1);
      const rest = after.trimStart();
      if (rest === '' || rest[0] === '#') {
        this.i++;
        arr.push(this.nested(indent, false));
        continue;
      }
      const inner = indent + 1 + (after.length - rest.length);
      if (isDash(rest)) giveUp(); // nested compact sequences
      if (keyEnd(rest) > 0) {
        // a compact mapping: `- key: value` continues on the following lines at `inner`
        this.indent[this.i] = inner;
        this.text[this.i] = rest;
        arr.push(this.mapping(inner));
        continue;
      }
      this.i++;
      arr.push(inlineValue(rest));
      this.noContinuation(indent);
    }
    return arr;
  }
}

/** Content lines (no blank or comment-only lines), or BAIL for what this reader leaves alone. */
function contentLines(text: string): Lines | Bail {
  const indents: number[] = [];
  const texts: string[] = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let lineEnd = end;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    let i = pos;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    if (i < lineEnd && text.charCodeAt(i) === 9) return BAIL; // tab indentation
    if (i < lineEnd) {
      const c = text.charCodeAt(i);
      if (c !== 35 /* # */) {
        if (i === pos && (c === 45 || c === 46) && /^(?:---|\.\.\.)(?:\s|$)/.test(text.slice(pos, pos + 4)))
          return BAIL;
        if (i === pos && c === 37 /* % */) return BAIL;
        let stop = lineEnd;
        while (stop > i && text.charCodeAt(stop - 1) === 32) stop--;
        indents.push(i - pos);
        texts.push(text.slice(i, stop));
      }
    }
    pos = end + 1;
  }
  return { indent: indents, text: texts };
}

export function fastYaml(text: string): unknown | Bail {
  const lines = contentLines(text);
  if (lines === BAIL) return BAIL;
  try {
    return new Reader(lines).document();
  } catch (err) {
    if (err instanceof GiveUp) return BAIL;
    throw err;
  }
}
