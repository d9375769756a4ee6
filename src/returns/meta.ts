// The hidden sheet of a return (`reform`, very hidden): what `reform import` matches a return by
// (format, unit, month, revision, day of export, the return's id, the office) and what every
// locked cell of the form said at export, so that a changed locked cell is found and named with
// its old value. Two layouts, both read by import:
//
// - reform-return/1 (the first returns): the keys in A1:B7, then from row 10 a table with one
//   row per row of the form, eleven cells each (row, id, ledger, title, node, due, state, days,
//   level, final, milestone): at thousands of rows, as many cells as the form's locked columns.
// - reform-return/2: the same keys in A1:B7, then `rows` (the form's rows) and `checksum` (sha256
//   of the payload) in A8:B9, `items` in A10, and from A11 down the payload: the form's items
//   and their nodes as JSON (below), deflated and base64-encoded, cut into cells of at most
//   32,000 characters (a cell holds 32,767). A return of any size has a few cells here.
//
// The payload is an array of items, each
//   [id, ledger, title, daysBehind, level or '', [[node, due, overdue 0|1, final 0|1, milestone or -1], …]]
// in the form's order; the form's rows are the items' nodes in that order from HEADER_ROW + 1, so
// a row's number is not stored. Pure: no clock, no I/O.
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { LedgerName } from '../domain/delay.js';
import { LEVELS, type Level } from '../schema/kinds.js';
import {
  HEADER_ROW,
  lockedTexts,
  type ReturnForm,
  type ReturnItem,
  type ReturnNode,
  returnId,
} from './form.js';

/** The format tag this version writes into every return. */
export const RETURN_FORMAT = 'reform-return/2';
/** The first format: still read, as returns sent out before are still coming back. */
export const RETURN_FORMAT_V1 = 'reform-return/1';
export const RETURN_FORMATS: readonly string[] = [RETURN_FORMAT_V1, RETURN_FORMAT];

/** The meta sheet's keys (column A, rows 1–7), the same in both formats. */
export const META_KEYS = ['format', 'unit', 'month', 'revision', 'asOf', 'return', 'office'] as const;
export type Meta = Record<(typeof META_KEYS)[number], string>;

/** reform-return/1: where its row table starts (its header row) and its columns. */
export const META_TABLE_ROW = 10;
export const META_COLUMNS = [
  'row',
  'id',
  'ledger',
  'title',
  'node',
  'due',
  'state',
  'days',
  'level',
  'final',
  'milestone',
] as const;

/** reform-return/2: the rows of `rows` and `checksum`, the payload's label and its first cell (column A). */
const ROWS_ROW = 8;
const CHECKSUM_ROW = 9;
const PAYLOAD_LABEL_ROW = 10;
const PAYLOAD_ROW = 11;
/** Characters per payload cell (Excel's limit for a cell is 32,767). */
export const PAYLOAD_CELL = 32_000;

/** What one row of the form said in its locked cells at export (as import compares them). */
export interface MetaRow {
  row: number;
  id: string;
  ledger: LedgerName;
  title: string;
  node: string;
  due: string;
  state: string;
  days: string;
  level: string;
  final: boolean;
  milestone?: number;
}

type PayloadNode = [name: string, due: string, overdue: 0 | 1, final: 0 | 1, milestone: number];
type PayloadItem = [
  id: string,
  ledger: LedgerName,
  title: string,
  daysBehind: number,
  level: Level | '',
  nodes: PayloadNode[],
];

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/**
 * The hidden sheet of a reform-return/2 return: its rows (from row 1), each a list of cell values
 * from column A. Row 10 carries the payload's label, rows 11… one cell of the payload each.
 */
export function metaSheetRows(form: ReturnForm): (string | number)[][] {
  const values: Meta = {
    format: RETURN_FORMAT,
    unit: form.unit,
    month: form.month,
    revision: form.revision,
    asOf: form.asOf,
    return: returnId(form),
    office: form.office,
  };
  const items: PayloadItem[] = form.items.map((it) => [
    it.id,
    it.ledger,
    it.title,
    it.daysBehind,
    it.level ?? '',
    it.nodes.map((n): PayloadNode => [n.name, n.due, n.overdue ? 1 : 0, n.final ? 1 : 0, n.milestone ?? -1]),
  ]);
  const json = JSON.stringify(items);
  // zlib's fastest level: a fifth larger than its default, at a third of the time (the workbook's
  // own zip compresses it again; any level reads back the same)
  const payload = deflateRawSync(Buffer.from(json, 'utf8'), { level: 1 }).toString('base64');
  const rows: (string | number)[][] = META_KEYS.map((k) => [k, values[k]]);
  rows.push(['rows', form.items.reduce((n, it) => n + it.nodes.length, 0)]);
  rows.push(['checksum', sha256(json)]);
  rows.push(['items']);
  for (let i = 0; i < payload.length; i += PAYLOAD_CELL) rows.push([payload.slice(i, i + PAYLOAD_CELL)]);
  return rows;
}

/** The texts of the hidden sheet's cells, by row and column (from 1); its last row. */
export interface MetaCells {
  text(row: number, column: number): string;
  lastRow: number;
}

export type ReadMeta =
  | { meta: Meta; rows: MetaRow[] }
  /** The sheet says it is a return of a known format but its payload is damaged: the cell. */
  | { meta: Meta; damaged: string };

/** The hidden sheet read back, in either format (an unknown format gives its keys and no rows). */
export function readMeta(cells: MetaCells): ReadMeta {
  const meta = Object.fromEntries(META_KEYS.map((k, i) => [k, cells.text(i + 1, 2)])) as Meta;
  if (meta.format === RETURN_FORMAT) return readPayload(meta, cells);
  if (meta.format === RETURN_FORMAT_V1) return { meta, rows: readTable(cells) };
  return { meta, rows: [] };
}

/** reform-return/1: the row table, one row per row of the form. */
function readTable(cells: MetaCells): MetaRow[] {
  const rows: MetaRow[] = [];
  for (let r = META_TABLE_ROW + 1; r <= cells.lastRow; r++) {
    const get = (k: (typeof META_COLUMNS)[number]) => cells.text(r, META_COLUMNS.indexOf(k) + 1);
    const row = Number(get('row'));
    if (!Number.isInteger(row) || row <= HEADER_ROW) continue;
    const mi = get('milestone');
    const mr: MetaRow = {
      row,
      id: get('id'),
      ledger: get('ledger') as LedgerName,
      title: get('title'),
      node: get('node'),
      due: get('due'),
      state: get('state'),
      days: get('days'),
      level: get('level'),
      final: get('final') === '1',
    };
    if (mi !== '') mr.milestone = Number(mi);
    rows.push(mr);
  }
  return rows;
}

const LEDGERS: readonly string[] = ['tasks', 'pilots', 'problems'];
const isDay = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** One payload item checked and made a ReturnItem, or undefined when it is not one. */
function itemOf(x: unknown): ReturnItem | undefined {
  if (!Array.isArray(x) || x.length !== 6) return undefined;
  const [id, ledger, title, days, level, nodes] = x as unknown[];
  if (typeof id !== 'string' || typeof title !== 'string' || !LEDGERS.includes(ledger as string))
    return undefined;
  if (!Number.isInteger(days) || !Array.isArray(nodes) || !nodes.length) return undefined;
  if (level !== '' && !(LEVELS as readonly unknown[]).includes(level)) return undefined;
  const item: ReturnItem = { id, ledger: ledger as LedgerName, title, daysBehind: days as number, nodes: [] };
  if (level) item.level = level as Level;
  for (const n of nodes) {
    if (!Array.isArray(n) || n.length !== 5) return undefined;
    const [name, due, overdue, final, mi] = n as unknown[];
    if (typeof name !== 'string' || !isDay(due) || !Number.isInteger(mi)) return undefined;
    if ((overdue !== 0 && overdue !== 1) || (final !== 0 && final !== 1)) return undefined;
    const node: ReturnNode = { name, due, overdue: overdue === 1, final: final === 1 };
    if ((mi as number) >= 0) node.milestone = mi as number;
    item.nodes.push(node);
  }
  return item;
}

/** reform-return/2: the payload decoded, checked against its checksum and row count. */
function readPayload(meta: Meta, cells: MetaCells): ReadMeta {
  const damaged = { meta, damaged: `A${PAYLOAD_ROW}` };
  let payload = '';
  for (let r = PAYLOAD_ROW; r <= cells.lastRow; r++) payload += cells.text(r, 1);
  let json: string;
  let parsed: unknown;
  try {
    json = inflateRawSync(Buffer.from(payload, 'base64')).toString('utf8');
    parsed = JSON.parse(json);
  } catch {
    return damaged;
  }
  if (cells.text(PAYLOAD_LABEL_ROW, 1) !== 'items' || sha256(json) !== cells.text(CHECKSUM_ROW, 2))
    return damaged;
  if (!Array.isArray(parsed)) return damaged;
  const rows: MetaRow[] = [];
  let row = HEADER_ROW + 1;
  for (const x of parsed) {
    const item = itemOf(x);
    if (!item) return damaged;
    for (const node of item.nodes) rows.push(metaRow(row++, item, node));
  }
  if (String(rows.length) !== cells.text(ROWS_ROW, 2)) return damaged;
  return { meta, rows };
}

/** A row as reform-return/1 recorded it: the locked cells' texts (lockedTexts) and what import needs. */
function metaRow(row: number, item: ReturnItem, node: ReturnNode): MetaRow {
  const t = lockedTexts(item, node);
  const m: MetaRow = {
    row,
    id: item.id,
    ledger: item.ledger,
    title: item.title,
    node: node.name,
    due: node.due,
    state: t.state!,
    days: t.days!,
    level: t.level!,
    final: node.final,
  };
  if (node.milestone !== undefined) m.milestone = node.milestone;
  return m;
}
