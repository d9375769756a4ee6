// Appending entries to the reminder log (reminders.yaml) without touching the rest of the file:
// the new entries are inserted as text after the last entry of the `reminders:` list, so
// comments, order, quoting and blank lines stay byte for byte. Only a list written in flow style
// (`reminders: [{…}]`) or an unusual value falls back to editing the YAML document. Either way
// the result is parsed again and compared with what was expected before anything is written,
// and the write is atomic (an interrupted run leaves the old file or the new one).
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';
import { YAML_OPTIONS } from './locate.js';
import { atomicWrite, type AtomicWriteOptions } from './atomic-write.js';
import { loadTexts } from './load.js';
import { messagesOf } from '../i18n/index.js';

const W = messagesOf('write');

export interface LogEntry {
  date: string;
  item: string;
  level: string;
  to: string;
  by?: string;
  note?: string;
}

export const REMINDERS_SCHEMA_LINE = '# yaml-language-server: $schema=../schemas/reminders.schema.json';

const KEYS = ['date', 'item', 'level', 'to', 'by', 'note'] as const;

/** A log list the same writer appends to: reminders.yaml, imports.yaml. */
export interface LogList {
  kind: 'reminders' | 'imports';
  key: string;
  keys: readonly string[];
  schemaLine: string;
}

export const REMINDERS_LIST: LogList = {
  kind: 'reminders',
  key: 'reminders',
  keys: KEYS,
  schemaLine: REMINDERS_SCHEMA_LINE,
};

type Row = Readonly<Record<string, string | number | undefined>>;

/**
 * Text the `yaml` library writes plain, as it is, without asking it: a Chinese character or an
 * ASCII letter first, then only Chinese characters and punctuation, full-width forms, ASCII
 * letters and digits and `.%/()+=_-` (no space, colon, hash, comma, bracket, quote or line
 * break), with at least one character beyond ASCII (so it is no number, boolean, null or date).
 * test/ledger/scalar.test.ts compares it with the library.
 */
const PLAIN =
  /^[A-Za-z\u4e00-\u9fff][\u3001-\u303f\u4e00-\u9fff\uff01-\uff5eA-Za-z0-9\u2014\u2018-\u201d\u2026\u00b7.%/()+=_-]*$/;
const BEYOND_ASCII = /[^\x00-\x7f]/;

/** A day, YYYY-MM-DD: the library writes it plain (the core schema has no timestamps). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A scalar as YAML source: plain when that reads back as the same string, else quoted. */
export function scalar(value: string): string {
  if ((PLAIN.test(value) && BEYOND_ASCII.test(value)) || DAY.test(value)) return value;
  const s = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return s.includes('\n') ? JSON.stringify(value) : s;
}

function entryText(e: Row, dashCol: number, eol: string, keys: readonly string[]): string {
  const pad = ' '.repeat(dashCol);
  const lines: string[] = [];
  for (const k of keys) {
    const v = e[k];
    if (v === undefined) continue;
    lines.push(`${lines.length ? pad + '  ' : pad + '- '}${k}: ${typeof v === 'number' ? v : scalar(v)}`);
  }
  return lines.join(eol) + eol;
}

/** One entry on one line, `- {date: …, item: …}`: git's union merge keeps such entries whole. */
function flowEntryText(e: Row, dashCol: number, eol: string, keys: readonly string[]): string {
  const plain = Object.fromEntries(keys.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));
  const flow = stringify(plain, { collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: false });
  return `${' '.repeat(dashCol)}- ${flow.trim()}${eol}`;
}

function entriesText(
  entries: readonly Row[],
  dashCol: number,
  eol: string,
  keys: readonly string[] = KEYS,
  oneLine = false,
): string {
  return entries.map((e) => (oneLine ? flowEntryText : entryText)(e, dashCol, eol, keys)).join('');
}

/** Offset just past the end of the line holding offset `at - 1` (or `at` when it starts a line). */
function lineEndAfter(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

function withTrailingNewline(text: string, eol: string): string {
  return text.length && !text.endsWith('\n') ? text + eol : text;
}

export class AppendError extends Error {}

/** The new file text with the entries appended to the `reminders:` list. */
export function appendReminderText(original: string | undefined, entries: readonly LogEntry[]): string {
  return appendLogText(original, entries as unknown as readonly Row[], REMINDERS_LIST);
}

/** The new file text with the entries appended to the list `list.key`. */
export function appendLogText(original: string | undefined, entries: readonly Row[], list: LogList): string {
  if (original === undefined) {
    return `${list.schemaLine}\n${list.key}:\n${entriesText(entries, 2, '\n', list.keys)}`;
  }
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = bom ? original.slice(1) : original;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length) throw new AppendError(doc.errors[0]!.message);
  const result = bom + (appendAsText(text, doc, entries, eol, list) ?? appendByDocument(doc, entries, list));
  verify(original, result, entries, list);
  return result;
}

function appendAsText(
  text: string,
  doc: Document.Parsed,
  entries: readonly Row[],
  eol: string,
  list: LogList,
): string | undefined {
  const block = (dashCol: number) => entriesText(entries, dashCol, eol, list.keys);
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.range[0] === root.range[1])) {
    // Only comments, or nothing: add the key at the end.
    return withTrailingNewline(text, eol) + `${list.key}:${eol}` + block(2);
  }
  if (!isMap(root) || root.flow) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === list.key);
  if (!pair) return withTrailingNewline(text, eol) + `${list.key}:${eol}` + block(2);
  const value = pair.value;
  const keyEnd = (pair.key as { range?: [number, number, number] }).range![1];
  if (value === null || (isScalar(value) && value.value === null && value.range![0] === value.range![1])) {
    // `reminders:` with nothing after it.
    const at = lineEndAfter(text, keyEnd);
    const head = withTrailingNewline(text.slice(0, at), eol);
    return head + block(2) + text.slice(at);
  }
  if (!isSeq(value)) return undefined;
  const [start, end] = value.range!;
  if (value.flow) {
    if (value.items.length) return undefined;
    // `reminders: []`: drop the brackets, keep any comment after them, add a block list below.
    const before = text.slice(0, start).replace(/[ ]+$/, '');
    const rest = text.slice(end);
    const at = lineEndAfter(rest, 0);
    const line = withTrailingNewline(before + rest.slice(0, at), eol);
    return line + block(2) + rest.slice(at);
  }
  // A block list: the entries go after the line on which its last entry ends, at the
  // indentation of its dashes; one line each when its last entry is written on one line
  // (`- {date: …}`, the form a log with a union merge rule keeps).
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const dashCol = start - lineStart;
  const at = lineEndAfter(text, end);
  const head = withTrailingNewline(text.slice(0, at), eol);
  const last = value.items[value.items.length - 1];
  const oneLine = isMap(last) && !!last.flow;
  return head + entriesText(entries, dashCol, eol, list.keys, oneLine) + text.slice(at);
}

function appendByDocument(parsed: Document.Parsed, entries: readonly Row[], log: LogList): string {
  const doc = parsed as Document;
  const plain = entries.map((e) =>
    Object.fromEntries(log.keys.filter((k) => e[k] !== undefined).map((k) => [k, e[k]])),
  );
  const root = doc.contents;
  if (isMap(root)) {
    const list = root.get(log.key, true);
    if (isSeq(list)) for (const e of plain) list.add(doc.createNode(e));
    else root.set(doc.createNode(log.key), doc.createNode(plain));
  } else {
    doc.contents = doc.createNode({ [log.key]: plain });
  }
  return doc.toString({ lineWidth: 0 });
}

/** The appended file must read back as the old data plus exactly the new entries, and load cleanly. */
function verify(before: string, after: string, entries: readonly Row[], log: LogList): void {
  const old = parseDocument(before.replace(/^\uFEFF/, ''), YAML_OPTIONS).toJS() as Record<
    string,
    unknown
  > | null;
  const now = parseDocument(after.replace(/^\uFEFF/, ''), YAML_OPTIONS);
  if (now.errors.length) throw new AppendError(now.errors[0]!.message);
  const oldList = (old && Array.isArray(old[log.key]) ? old[log.key] : []) as unknown[];
  const rows = entries.map((e) =>
    Object.fromEntries(log.keys.filter((k) => e[k] !== undefined).map((k) => [k, e[k]])),
  );
  const expected = { ...(old ?? {}), [log.key]: [...oldList, ...rows] };
  const got = now.toJS();
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new AppendError(W.resultMismatch());
  const loaded = loadTexts([{ kind: log.kind, file: `${log.key}.yaml`, bytes: after }]);
  const bad = loaded.findings.find((f) => f.severity === 'error');
  if (bad) throw new AppendError(W.resultInvalid({ code: bad.code }));
}

/** Entries not already in the log (same date, item, level and unit): what recording adds. */
export function missingEntries(
  existing: readonly { date: string; item: string; level: string; to: string }[],
  entries: readonly LogEntry[],
): LogEntry[] {
  const seen = new Set(existing.map((r) => `${r.date}\u0000${r.item}\u0000${r.level}\u0000${r.to}`));
  const out: LogEntry[] = [];
  for (const e of entries) {
    const key = `${e.date}\u0000${e.item}\u0000${e.level}\u0000${e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** Appends the entries to the log file (created when missing); returns how many were written. */
export function appendReminders(
  file: string,
  entries: readonly LogEntry[],
  opts: AtomicWriteOptions = {},
): number {
  if (!entries.length) return 0;
  const original = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const text = appendReminderText(original, entries);
  atomicWrite(file, text, opts);
  return entries.length;
}

/** The log of imported monthly returns (imports.yaml), appended by `reform import`. */
export const IMPORTS_LIST: LogList = {
  kind: 'imports',
  key: 'imports',
  keys: ['return', 'unit', 'month', 'revision', 'on', 'file', 'notes', 'nodes', 'completed'],
  schemaLine:
    '# yaml-language-server: $schema=../schemas/imports.schema.json\n# 进展填报表导入记录（由 reform import 写入，同一份填报表只导入一次）',
};
