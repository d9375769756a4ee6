// What the office's spreadsheets share: fonts, borders, fills, date cells, page setup. Only
// renderers know exceljs styles.
import type ExcelJS from 'exceljs';
import PrintOptionsXform from 'exceljs/lib/xlsx/xform/sheet/print-options-xform.js';
import { LEVEL_COLOURS } from './level-colours.js';
import { displayWidth } from './width.js';
import type { Level } from '../../schema/index.js';

export const FONT = '宋体';
export const TITLE_FONT = '黑体';
export const DATE_FORMAT = 'yyyy-mm-dd';

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** ARGB of a '#rrggbb' colour. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export const HEADER_FILL = solid('FFEEF0F3');

/**
 * The style of a header cell: one object for every header cell, so exceljs registers it once per
 * workbook (its style registry remembers style objects it has seen) instead of once per cell.
 */
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11, bold: true },
  fill: HEADER_FILL,
  border: THIN,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

/**
 * The style of rows that have none of their own, one object for all. exceljs gives every row a new
 * empty style object, and a workbook registers each style object it has not seen by rendering its
 * XML to find its number: at 20k, once for each of ≈ 31,000 form rows, all the same empty style.
 * Frozen, so that a row style set later (`row.font = …`) cannot reach every row: such a row must
 * not be taken through `plainRow`.
 */
const NO_ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/** Row `r` of `ws`, with the shared empty row style (see NO_ROW_STYLE); `row.style` is not in exceljs's types. */
export function plainRow(ws: ExcelJS.Worksheet, r: number): ExcelJS.Row {
  const row = ws.getRow(r);
  (row as unknown as { style: Partial<ExcelJS.Style> }).style = NO_ROW_STYLE;
  return row;
}

/** A table's header row: bold, shaded, bordered, centred and wrapped; committed (streaming writers). */
export function headerRow(row: ExcelJS.Row, headers: readonly string[], height: number): void {
  headers.forEach((header, i) => {
    const cell = row.getCell(i + 1);
    cell.value = header;
    cell.style = HEADER_STYLE;
  });
  row.height = height;
  row.commit();
}
/** Cells the unit must not change (identity, the ledger's figures). */
export const LOCKED_FILL = solid('FFF2F2F2');
/** Cells that do not apply to the row. */
export const NA_FILL = solid('FFD9D9D9');

/** The fill of a reminder level: the colours of the HTML report. */
export function levelFill(level: Level): ExcelJS.Fill {
  return solid(argb(LEVEL_COLOURS[level]));
}

/** White text on the darker level colours. */
export function levelFontColour(level: Level): string {
  return level === 'phone' || level === 'written' ? 'FF1A1A1A' : 'FFFFFFFF';
}

/** A 'YYYY-MM-DD' day as the Date exceljs writes as that day's date cell. */
export function dateCell(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A4 landscape, fitted to the page width. */
export const A4_LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9 as ExcelJS.PaperSize, // A4
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

export const PAGE_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddFooter: '第 &P 页，共 &N 页' };

/**
 * Merges blocks of cells that do not overlap, on exceljs's streaming writer, after their rows are
 * written: the caller writes each block's top-left cell with the value and every other cell empty,
 * all in the block's style. exceljs's own mergeCells compares each new merge with every earlier
 * one of the sheet (quadratic: a unit with 3,000 items of several nodes has 30,000 merges) and
 * needs the rows still unwritten; this appends the blocks to the writer's list of merges, which
 * it writes as <mergeCells> when the sheet is committed (exceljs 4.4.0, pinned; the returns
 * tests read the merges back).
 */
export function addDisjointMerges(ws: object, refs: readonly string[]): void {
  const list = (ws as { _merges?: unknown[] })._merges;
  if (!Array.isArray(list)) throw new Error('exceljs: the streaming worksheet has no list of merges');
  for (const ref of refs) list.push(new DisjointMerge(ref));
}

/** A merge as the streaming writer's list holds it (its range, by toString), overlapping no other. */
class DisjointMerge {
  constructor(private readonly ref: string) {}
  toString(): string {
    return this.ref;
  }
  intersects(): boolean {
    return false;
  }
}

/**
 * Gives a sheet of exceljs's streaming writer its print options (centred horizontally on the
 * page, from its pageSetup): the streaming writer, unlike the workbook model, writes no
 * <printOptions>. They are rendered by exceljs's own print-options xform just before the page
 * margins, where the sheet's schema puts them (exceljs 4.4.0, pinned; the returns tests read the
 * sheet's XML).
 */
const printOptionsXform = new PrintOptionsXform();

export function withPrintOptions(ws: object): void {
  const w = ws as {
    _writePageMargins?: () => void;
    pageSetup?: { horizontalCentered?: boolean; verticalCentered?: boolean };
    stream?: { write(text: string): void };
  };
  const margins = w._writePageMargins;
  if (typeof margins !== 'function' || !w.stream) throw new Error('exceljs: not a streaming worksheet');
  w._writePageMargins = function (this: typeof w) {
    const xml = printOptionsXform.toXml({
      horizontalCentered: this.pageSetup?.horizontalCentered,
      verticalCentered: this.pageSetup?.verticalCentered,
    });
    if (xml) this.stream!.write(xml);
    margins.call(this);
  };
}

/**
 * Runs an exceljs write without Node's DEP0005 warning: exceljs's zip library calls `Buffer()`,
 * which Node reports only for code outside node_modules, as the bundled CLI is. Nothing else is
 * silenced, and the setting is restored afterwards.
 */
export async function withoutBufferWarning<T>(fn: () => Promise<T>): Promise<T> {
  const proc = process as NodeJS.Process & { noDeprecation?: boolean };
  const before = proc.noDeprecation;
  proc.noDeprecation = true;
  try {
    return await fn();
  } finally {
    proc.noDeprecation = before;
  }
}

/**
 * A row height (points) that shows the wrapped text of its cells, up to `maxLines` lines: Excel
 * and LibreOffice do not grow rows for wrapped text on opening a file, so it is set explicitly.
 * A column of width w holds about w display columns of 10.5-point text (a Chinese character
 * takes two).
 */
export function rowHeight(cells: readonly { text: string; width: number }[], maxLines = 4, min = 18): number {
  let lines = 1;
  for (const c of cells) {
    if (!c.text) continue;
    let n = 0;
    for (const part of c.text.split('\n'))
      n += Math.max(1, Math.ceil(displayWidth(part) / Math.max(1, c.width - 1)));
    lines = Math.max(lines, n);
  }
  return Math.max(min, Math.min(lines, maxLines) * 14 + 4);
}
