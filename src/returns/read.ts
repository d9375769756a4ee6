// Reading a returned progress form (.xlsx) back: the hidden sheet that says which unit, month
// and revision it was made from and what each locked cell said, and every cell of the form as
// plain values (text, or a day for date cells). Only reading happens here; judging is validate.ts.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { isValidDate } from '../domain/dates.js';
import { COLUMNS, HEADER_ROW, META_SHEET, RETURN_SHEET, type ColumnKey } from './form.js';
import { META_KEYS, type Meta, type MetaRow, readMeta } from './meta.js';

export type { MetaRow } from './meta.js';

/** A cell as the importer sees it. */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'date'; day: string }
  | { kind: 'number'; value: number };

export interface ReadReturn {
  /** The path as given. */
  path: string;
  /** The file name, for locations (市财政局.xlsx). */
  name: string;
  /** Why the file is not a readable return (then nothing else is set). */
  unreadable?: { code: 'return-unreadable' | 'return-not-a-return'; reason: string };
  meta: Meta;
  /** What each row of the form said in its locked cells at export, from the hidden sheet. */
  rows: MetaRow[];
  /** The header texts found in the header row, by column. */
  headers: string[];
  /** A cell of the form sheet by row and column key. */
  cell(row: number, key: ColumnKey): CellValue;
  /** The text of a cell of the form sheet by address (title lines). */
  text(address: string): string;
}

function plain(v: ExcelJS.CellValue): string | number | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Days since 1899-12-30 (Excel's serial day numbers) as 'YYYY-MM-DD'. */
function serialDay(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 2958465) return undefined;
  return dayOf(new Date(Date.UTC(1899, 11, 30) + n * 86400000));
}

/** An empty cell: one object for all (most cells of a return are empty; a CellValue is never changed). */
const EMPTY: CellValue = Object.freeze({ kind: 'empty' });

export function cellValue(v: ExcelJS.CellValue): CellValue {
  const p = plain(v);
  if (p === null) return EMPTY;
  if (p instanceof Date)
    return Number.isNaN(p.getTime()) ? { kind: 'text', text: String(v) } : { kind: 'date', day: dayOf(p) };
  if (typeof p === 'number') return { kind: 'number', value: p };
  const text = p.replace(/\r\n?/g, '\n').trim();
  return text ? { kind: 'text', text } : EMPTY;
}

/**
 * A day from a date cell: a real date, an Excel serial day, or text written as a date
 * (2026-12-03, 2026/12/3, 2026.12.3, 2026年12月3日). Undefined when it is none of these.
 */
export function dayFrom(c: CellValue): string | undefined {
  if (c.kind === 'date') return c.day;
  if (c.kind === 'number') return serialDay(c.value);
  if (c.kind !== 'text') return undefined;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(c.text);
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidDate(day) ? day : undefined;
}

/** The text of a cell (a date as YYYY-MM-DD, a number as written). */
export function textOf(c: CellValue): string {
  switch (c.kind) {
    case 'empty':
      return '';
    case 'date':
      return c.day;
    case 'number':
      return String(c.value);
    default:
      return c.text;
  }
}

function emptyMeta(): Meta {
  return Object.fromEntries(META_KEYS.map((k) => [k, ''])) as Meta;
}

function unreadable(
  path: string,
  code: 'return-unreadable' | 'return-not-a-return',
  reason: string,
): ReadReturn {
  return {
    path,
    name: basename(path),
    unreadable: { code, reason },
    meta: emptyMeta(),
    rows: [],
    headers: [],
    cell: () => EMPTY,
    text: () => '',
  };
}

/**
 * What is kept of a return once judged: which file it was and its hidden sheet's keys, without
 * its cells (an import of many large returns would otherwise hold every sheet to the end).
 */
export function judged(r: ReadReturn): ReadReturn {
  const kept: ReadReturn = {
    path: r.path,
    name: r.name,
    meta: r.meta,
    rows: [],
    headers: r.headers,
    cell: () => EMPTY,
    text: () => '',
  };
  if (r.unreadable) kept.unreadable = r.unreadable;
  return kept;
}

/** The cells of a sheet by row, each row indexed by column number (from 1). */
export type SheetRows = Map<number, ExcelJS.CellValue[]>;

/**
 * The form and meta sheets of a return, read with exceljs's streaming reader: rows as they come,
 * no workbook model (the full reader re-merges every merged block and compares it with all the
 * others, which at thousands of items costs more than everything else an import does). A cell
 * inside a merged block reads as empty, which is how the form writes it; its value is in the
 * block's first cell, where the importer reads an item's cells.
 */
export async function readSheets(path: string): Promise<Map<string, SheetRows>> {
  // read first, so that a missing or unreadable file is an error here and not on a stream
  const bytes = readFileSync(path);
  try {
    const sheets = await streamSheets(bytes);
    if (sheets) return sheets;
  } catch {
    // the streaming reader failed on it: read it again whole, below (a file that is really
    // unreadable fails there too, with the full reader's reason)
  }
  return readSheetsWhole(bytes);
}

/** Which zip entries exceljs's streaming reader parsed (its `entry` events). */
type Seen = Set<string>;

/**
 * The two sheets by exceljs's streaming reader, or undefined when that read was not complete.
 * exceljs 4.4's streaming reader can lose the last entries of the zip (unzipper's parser says
 * `end` when it has read the archive, while entries it has handed on are still buffered and
 * not yet taken by the reader; exceljs/exceljs#3064): lost `xl/workbook.xml` (which exceljs
 * writes last) throws `Cannot read properties of undefined (reading 'sheets')`, lost styles or
 * shared strings would silently turn dates into numbers and texts into indexes. So the read
 * counts only when it saw the workbook, the styles, both sheets and no unresolved shared
 * string; else the caller reads the file whole.
 */
async function streamSheets(bytes: Buffer): Promise<Map<string, SheetRows> | undefined> {
  if (streamingReadFails) throw new Error('streaming read disabled (test)');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const seen: Seen = new Set();
  (reader as unknown as NodeJS.EventEmitter).on('entry', (e: { type?: string }) => seen.add(String(e.type)));
  const sheets = new Map<string, SheetRows>();
  let unresolved = false;
  for await (const ws of reader) {
    const name = (ws as unknown as { name?: string }).name ?? '';
    const rows: SheetRows = new Map();
    const keep = name === RETURN_SHEET || name === META_SHEET;
    for await (const row of ws) {
      if (!keep) continue;
      const values = row.values as ExcelJS.CellValue[];
      for (const v of values) if (v && typeof v === 'object' && 'sharedString' in v) unresolved = true;
      rows.set(row.number, values);
    }
    if (keep) sheets.set(name, rows);
  }
  const complete =
    seen.has('workbook') &&
    seen.has('styles') &&
    sheets.has(RETURN_SHEET) &&
    sheets.has(META_SHEET) &&
    !unresolved;
  return complete ? sheets : undefined;
}

/**
 * The two sheets by exceljs's full reader (the fallback: slower on a large return, as it builds
 * the workbook model with every merge). A cell inside a merged block is left empty, as the
 * streaming reader reads it (the full reader would give it the block's value).
 */
async function readSheetsWhole(bytes: Buffer): Promise<Map<string, SheetRows>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, SheetRows>();
  for (const name of [RETURN_SHEET, META_SHEET]) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const rows: SheetRows = new Map();
    ws.eachRow((row, n) => {
      const values: ExcelJS.CellValue[] = [];
      row.eachCell((c, col) => {
        if (c.type !== ExcelJS.ValueType.Merge) values[col] = c.value;
      });
      rows.set(n, values);
    });
    sheets.set(name, rows);
  }
  return sheets;
}

let streamingReadFails = false;
/** Tests: make every streaming read fail, so that returns are read by the fallback. */
export function failStreamingReadsForTest(on: boolean): void {
  streamingReadFails = on;
}

/** Row and column (from 1) of an A1-style address. */
function decodeAddress(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/**
 * A return read and understood. `from`: where its sheets come from (the import reads them in a
 * worker thread, see commands/shared/read-returns.ts); by default read here with readSheets.
 */
export async function readReturn(
  path: string,
  from: (path: string) => Promise<Map<string, SheetRows>> = readSheets,
): Promise<ReadReturn> {
  let sheets: Map<string, SheetRows>;
  try {
    sheets = await from(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    return unreadable(path, 'return-unreadable', reason);
  }
  const metaRows = sheets.get(META_SHEET);
  const formRows = sheets.get(RETURN_SHEET);
  if (!metaRows || !formRows)
    return unreadable(path, 'return-not-a-return', !formRows ? RETURN_SHEET : META_SHEET);
  const at = (rows: SheetRows, r: number, c: number) => cellValue(rows.get(r)?.[c] ?? null);
  const read = readMeta({
    text: (row, column) => textOf(at(metaRows, row, column)),
    lastRow: Math.max(0, ...metaRows.keys()),
  });
  if ('damaged' in read) return unreadable(path, 'return-not-a-return', `${META_SHEET}!${read.damaged}`);
  const headers = COLUMNS.map((_, i) => textOf(at(formRows, HEADER_ROW, i + 1)));
  const colOf = new Map(COLUMNS.map((c, i) => [c.key, i + 1]));
  return {
    path,
    name: basename(path),
    meta: read.meta,
    rows: read.rows,
    headers,
    cell: (row, key) => at(formRows, row, colOf.get(key) ?? 0),
    text: (address) => textOf(at(formRows, ...decodeAddress(address))),
  };
}
