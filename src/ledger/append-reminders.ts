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

/** A scalar as YAML source: plain when that reads back as the same string, else quoted. */
function scalar(value: string): string {
  const s = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return s.includes('\n') ? JSON.stringify(value) : s;
}

function entryText(e: LogEntry, dashCol: number, eol: string): string {
  const pad = ' '.repeat(dashCol);
  const lines: string[] = [];
  for (const k of KEYS) {
    const v = e[k];
    if (v === undefined) continue;
    lines.push(`${lines.length ? pad + '  ' : pad + '- '}${k}: ${scalar(v)}`);
  }
  return lines.join(eol) + eol;
}

/** One entry on one line, `- {date: …, item: …}`: git's union merge keeps such entries whole. */
function flowEntryText(e: LogEntry, dashCol: number, eol: string): string {
  const plain = Object.fromEntries(KEYS.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));
  const flow = stringify(plain, { collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: false });
  return `${' '.repeat(dashCol)}- ${flow.trim()}${eol}`;
}

function entriesText(entries: readonly LogEntry[], dashCol: number, eol: string, oneLine = false): string {
  return entries.map((e) => (oneLine ? flowEntryText : entryText)(e, dashCol, eol)).join('');
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
  if (original === undefined) {
    return `${REMINDERS_SCHEMA_LINE}\nreminders:\n${entriesText(entries, 2, '\n')}`;
  }
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = bom ? original.slice(1) : original;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length) throw new AppendError(doc.errors[0]!.message);
  const result = bom + (appendAsText(text, doc, entries, eol) ?? appendByDocument(doc, entries));
  verify(original, result, entries);
  return result;
}

function appendAsText(
  text: string,
  doc: Document.Parsed,
  entries: readonly LogEntry[],
  eol: string,
): string | undefined {
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.range[0] === root.range[1])) {
    // Only comments, or nothing: add the key at the end.
    return withTrailingNewline(text, eol) + `reminders:${eol}` + entriesText(entries, 2, eol);
  }
  if (!isMap(root) || root.flow) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'reminders');
  if (!pair) return withTrailingNewline(text, eol) + `reminders:${eol}` + entriesText(entries, 2, eol);
  const value = pair.value;
  const keyEnd = (pair.key as { range?: [number, number, number] }).range![1];
  if (value === null || (isScalar(value) && value.value === null && value.range![0] === value.range![1])) {
    // `reminders:` with nothing after it.
    const at = lineEndAfter(text, keyEnd);
    const head = withTrailingNewline(text.slice(0, at), eol);
    return head + entriesText(entries, 2, eol) + text.slice(at);
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
    return line + entriesText(entries, 2, eol) + rest.slice(at);
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
  return head + entriesText(entries, dashCol, eol, oneLine) + text.slice(at);
}

function appendByDocument(parsed: Document.Parsed, entries: readonly LogEntry[]): string {
  const doc = parsed as Document;
  const plain = entries.map((e) =>
    Object.fromEntries(KEYS.filter((k) => e[k] !== undefined).map((k) => [k, e[k]])),
  );
  const root = doc.contents;
  if (isMap(root)) {
    const list = root.get('reminders', true);
    if (isSeq(list)) for (const e of plain) list.add(doc.createNode(e));
    else root.set(doc.createNode('reminders'), doc.createNode(plain));
  } else {
    doc.contents = doc.createNode({ reminders: plain });
  }
  return doc.toString({ lineWidth: 0 });
}

/** The appended file must read back as the old data plus exactly the new entries, and load cleanly. */
function verify(before: string, after: string, entries: readonly LogEntry[]): void {
  const old = parseDocument(before.replace(/^\uFEFF/, ''), YAML_OPTIONS).toJS() as Record<
    string,
    unknown
  > | null;
  const now = parseDocument(after.replace(/^\uFEFF/, ''), YAML_OPTIONS);
  if (now.errors.length) throw new AppendError(now.errors[0]!.message);
  const oldList = (old && Array.isArray(old.reminders) ? old.reminders : []) as unknown[];
  const expected = { ...(old ?? {}), reminders: [...oldList, ...entries.map((e) => ({ ...e }))] };
  const got = now.toJS();
  if (JSON.stringify(got) !== JSON.stringify(expected))
    throw new AppendError('the appended file does not read back as expected');
  const loaded = loadTexts([{ kind: 'reminders', file: 'reminders.yaml', bytes: after }]);
  const bad = loaded.findings.find((f) => f.severity === 'error');
  if (bad) throw new AppendError(`the appended file fails the schema (${bad.code})`);
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
