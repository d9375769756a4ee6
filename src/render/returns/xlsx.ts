// The monthly return (进展填报表) as an Excel workbook, for the unit to fill in Excel, WPS or
// LibreOffice: an office form (title, unit, month, frozen header, widths, A4 landscape), the
// identity columns locked, date cells as real dates with validation, a drop-down for 整改情况,
// a 填报说明 sheet, and a hidden sheet that tells `reform import` which unit, month and ledger
// revision the return was made from (and what every locked cell said).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  COLUMNS,
  DATE_KEYS,
  HEADER_ROW,
  applies,
  lockedTexts,
  GUIDE_SHEET,
  META_SHEET,
  RETURN_SHEET,
  columnLetter,
  columnOf,
  returnId,
  type ColumnKey,
  type ReturnForm,
} from '../../returns/form.js';
import { RETURN_FORMAT, metaSheetRows } from '../../returns/meta.js';
import { RECTIFICATION_CHOICES, monthLabel, dayLabel } from '../../returns/labels.js';
import { LEVELS, type Level } from '../../schema/kinds.js';
import * as xlsx from '../common/xlsx.js';

const WIDTHS: Record<ColumnKey, number> = {
  id: 14,
  title: 30,
  node: 13,
  due: 11.5,
  state: 9,
  days: 7,
  level: 9,
  progress: 40,
  nodeDone: 12,
  done: 12,
  evidence: 24,
  difficulty: 24,
  rectifiedOn: 12,
  rectification: 18,
};

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

const MIDDLE: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true };
const CENTRE: Partial<ExcelJS.Alignment> = { vertical: 'middle', horizontal: 'center', wrapText: true };
const CELL_FONT: Partial<ExcelJS.Font> = { name: xlsx.FONT, size: 10.5 };
const CENTRED_KEYS: readonly ColumnKey[] = ['due', 'state', 'days', 'level', 'node'];

/**
 * The styles of the form's cells, made once: cells that share a style object share one entry of
 * styles.xml without exceljs comparing them again (it keys its style cache by object).
 */
function cellStyles() {
  const cell = (s: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => ({
    border: xlsx.THIN,
    font: CELL_FONT,
    alignment: MIDDLE,
    ...s,
  });
  const unlocked = { locked: false } as ExcelJS.Protection;
  const locked = new Map<ColumnKey, Partial<ExcelJS.Style>>();
  for (const c of COLUMNS)
    if (c.locked)
      locked.set(
        c.key,
        cell({
          fill: xlsx.LOCKED_FILL,
          ...(CENTRED_KEYS.includes(c.key) ? { alignment: CENTRE } : {}),
          ...(c.key === 'due' ? { numFmt: xlsx.DATE_FORMAT } : {}),
        }),
      );
  return {
    locked,
    overdue: cell({
      fill: xlsx.LOCKED_FILL,
      alignment: CENTRE,
      font: { ...CELL_FONT, color: { argb: 'FFC0392B' } },
    }),
    level: Object.fromEntries(
      LEVELS.map((l) => [
        l,
        cell({
          fill: xlsx.levelFill(l),
          alignment: CENTRE,
          font: { ...CELL_FONT, bold: true, color: { argb: xlsx.levelFontColour(l) } },
        }),
      ]),
    ) as Record<Level, Partial<ExcelJS.Style>>,
    na: cell({ fill: xlsx.NA_FILL }),
    open: cell({ protection: unlocked }),
    openDate: cell({
      numFmt: xlsx.DATE_FORMAT,
      alignment: { vertical: 'middle', horizontal: 'center' },
      protection: unlocked,
    }),
  };
}

const STYLES = cellStyles();

/** The validation of each fill-in column that has one (shared by its cells). */
const VALIDATIONS = new Map<ColumnKey, ExcelJS.DataValidation>();
for (const c of COLUMNS) {
  if ((DATE_KEYS as readonly string[]).includes(c.key))
    VALIDATIONS.set(c.key, {
      // a day from 2000 on: exceljs writes every bound of a date validation as a day number (a
      // formula such as TODAY() would be written as NaN, which Excel cannot evaluate); a day after
      // the import's day is refused by the import itself (return-future-date)
      type: 'date',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '日期不正确',
      error: '请填写日期，格式如 2026-12-03（不晚于填报当天）',
      showInputMessage: true,
      promptTitle: c.header,
      prompt: '日期格式如 2026-12-03；未完成的不填',
      formulae: [xlsx.dateCell('2000-01-01')],
    });
  else if (c.key === 'rectification')
    VALIDATIONS.set(c.key, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'information',
      error: '可从下拉列表选择，也可直接填写整改情况',
      formulae: [`"${RECTIFICATION_CHOICES.join(',')}"`],
    });
}

/** The style of the hidden sheet's cells: none, one object for all (no per-cell style entry). */
const PLAIN: Partial<ExcelJS.Style> = {};

function plainValues(row: ExcelJS.Row, values: readonly (string | number)[]): void {
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    cell.value = v;
    cell.style = PLAIN;
  });
}

/**
 * The validated cells of the form as column ranges (`I5:I27`), one data validation each instead of
 * one per cell (exceljs compares every validation with its neighbours when it writes them, which
 * at tens of thousands of cells cost more than the cells). A range holds the consecutive rows of a
 * column that take a value there; the rows below an item's first row of an item column are in it
 * too: they are merged into that first cell, and Excel, WPS and LibreOffice use a merged block's
 * first cell only.
 */
function validatedRuns() {
  const runs = new Map<ColumnKey, { from: number; to: number }[]>();
  return {
    add(key: ColumnKey, row: number): void {
      if (!VALIDATIONS.has(key)) return;
      let list = runs.get(key);
      if (!list) runs.set(key, (list = []));
      const last = list[list.length - 1];
      if (last && last.to === row - 1) last.to = row;
      else list.push({ from: row, to: row });
    },
    write(ws: ExcelJS.Worksheet): void {
      // the streaming sheet's list of validations, by address or range (not in exceljs's types)
      const list = (
        ws as unknown as { dataValidations?: { add(a: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations;
      if (!list) throw new Error('exceljs: the streaming worksheet has no data validations');
      for (const [key, rows] of runs) {
        const col = columnLetter(columnOf(key));
        for (const { from, to } of rows)
          list.add(from === to ? `${col}${from}` : `${col}${from}:${col}${to}`, VALIDATIONS.get(key)!);
      }
    },
  };
}

/**
 * Lays the return out on exceljs's streaming writer: rows are written (and let go) item by item,
 * so a unit with thousands of rows costs little more than the rows themselves.
 */
function addForm(wb: Writer, form: ReturnForm): void {
  const last = COLUMNS.length;
  const lastCol = columnLetter(last);
  const ws = wb.addWorksheet(RETURN_SHEET, {
    views: [
      { state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, topLeftCell: `C${HEADER_ROW + 1}`, activeCell: 'H5' },
    ],
    properties: { defaultRowHeight: 20 },
    pageSetup: { ...xlsx.A4_LANDSCAPE, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
    headerFooter: xlsx.PAGE_FOOTER,
  } as Partial<ExcelJS.AddWorksheetOptions>);
  xlsx.withPrintOptions(ws);
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: WIDTHS[c.key] }));
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' } as Partial<ExcelJS.AddWorksheetOptions>);

  formTitle(ws, form, lastCol);

  xlsx.headerRow(
    ws.getRow(HEADER_ROW),
    COLUMNS.map((c) => c.header),
    32,
  );

  metaSheetRows(form).forEach((values, i) => plainValues(meta.getRow(i + 1), values));
  meta.commit();

  let r = HEADER_ROW + 1;
  const merges: string[] = [];
  const validated = validatedRuns();
  // one Date per due day (exceljs keeps the value and reads its time when it writes the row)
  const dates = new Map<string, Date>();
  const days = (day: string): Date => {
    let d = dates.get(day);
    if (!d) dates.set(day, (d = xlsx.dateCell(day)));
    return d;
  };
  const lastItem = form.items[form.items.length - 1];
  for (const item of form.items) {
    const first = r;
    for (const node of item.nodes) {
      const row = xlsx.plainRow(ws, r);
      const locked = lockedTexts(item, node);
      const below: Below =
        r === first ? 'no' : item === lastItem && node === item.nodes.at(-1) ? 'last' : 'yes';
      formCells(row, item, node, locked, below, validated, days);
      // an item's title spans its rows; one row alone grows to show it
      row.height =
        item.nodes.length > 1 ? 30 : xlsx.rowHeight([{ text: item.title, width: WIDTHS.title }], 3, 30);
      r++;
    }
    if (r - 1 > first)
      COLUMNS.forEach((c, i) => {
        if (c.scope === 'item') merges.push(`${columnLetter(i + 1)}${first}:${columnLetter(i + 1)}${r - 1}`);
      });
    ws.getRow(r - 1).commit();
  }
  xlsx.addDisjointMerges(ws, merges);
  validated.write(ws);
  if (!form.items.length) {
    ws.mergeCells(`A${r}:${lastCol}${r}`);
    ws.getCell(`A${r}`).value = '本单位本月没有未完成的事项。';
    ws.getCell(`A${r}`).alignment = { horizontal: 'center' };
    r++;
  }
  const lastRow = r - 1;
  ws.pageSetup.printArea = `A1:${lastCol}${lastRow}`;
  protectForm(ws);
  ws.commit();
}

/** Rows 1–3: the title, the unit, month and deadline, and how to fill the form. */
function formTitle(ws: ExcelJS.Worksheet, form: ReturnForm, lastCol: string): void {
  ws.mergeCells(`A1:${lastCol}1`);
  const title = ws.getCell('A1');
  title.value = `改革事项进展填报表（${monthLabel(form.month)}）`;
  title.font = { name: xlsx.TITLE_FONT, size: 18, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 36;
  ws.mergeCells('A2:G2');
  ws.getCell('A2').value = `填报单位：${form.unit}`;
  ws.mergeCells('H2:K2');
  ws.getCell('H2').value = `填报月份：${monthLabel(form.month)}`;
  ws.mergeCells(`L2:${lastCol}2`);
  ws.getCell('L2').value = `报送时限：${dayLabel(form.dueBy)}前报${form.office}`;
  for (const a of ['A2', 'H2', 'L2']) ws.getCell(a).font = { name: xlsx.FONT, size: 12, bold: true };
  ws.getRow(2).height = 24;
  ws.mergeCells(`A3:${lastCol}3`);
  const note = ws.getCell('A3');
  note.value = `状态、塌进度天数、提醒级别截至${dayLabel(form.asOf)}（台账版本 ${form.revision.slice(0, 12)}）。灰色各列为台账信息，请勿修改；白色各列由本单位填写，日期按 2026-12-03 的格式填写，填写要求见“${GUIDE_SHEET}”。`;
  note.font = { name: xlsx.FONT, size: 10, color: { argb: 'FF555555' } };
  note.alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(3).height = 30;
}

/**
 * Whether a row is below its item's first row ('yes'), and then whether it is the form's last row
 * ('last'); 'no' for an item's first row.
 */
type Below = 'no' | 'yes' | 'last';

/**
 * The item columns whose cells are written in the rows below an item's first row, where they are
 * covered by the item's merged cell. Excel and WPS draw a merged block's edges from the borders of
 * its edge cells, and the line between two cells when either has it: so a covered cell is written
 * (with its style: border, fill) only where a line beside it would otherwise be drawn by no cell.
 * Of each run of neighbouring item columns, every other one from the first whose left neighbour
 * is not written, and the last column of the sheet (its right edge): 编号 (the sheet's left edge
 * and 编号|事项), 提醒级别 (塌进度天数|提醒级别|本月进展), 佐证材料, 整改完成日期 and 整改情况. The
 * other five (事项, 塌进度天数, 本月进展, 完成日期, 存在困难及需协调事项) are left out, which is a
 * fifth of a large return's cells. The bottom edge of a block is the top border of the next row's
 * cells, every one written; the form's last row writes all its cells. LibreOffice draws a merged
 * block from its first cell alone.
 */
const COVERED_WRITTEN: ReadonlySet<ColumnKey> = (() => {
  const written = new Set<ColumnKey>();
  let leftDrawn = false; // the sheet's left edge has no line of its own
  COLUMNS.forEach((c, i) => {
    if (c.scope !== 'item') return void (leftDrawn = true);
    const last = i === COLUMNS.length - 1;
    if (!leftDrawn || last) {
      written.add(c.key);
      leftDrawn = true;
    } else leftDrawn = false;
  });
  return written;
})();

/** Each column's part in a row, worked out once: its key, scope, lock, styles, covered write. */
const COLUMN_PLAN = COLUMNS.map((c) => ({
  key: c.key as ColumnKey,
  item: c.scope === 'item',
  locked: c.locked,
  lockedStyle: STYLES.locked.get(c.key) ?? STYLES.open,
  openStyle: (DATE_KEYS as readonly string[]).includes(c.key) ? STYLES.openDate : STYLES.open,
  coveredWritten: COVERED_WRITTEN.has(c.key),
}));

/**
 * One node's row: locked cells with the ledger's texts, fill-in cells open (and validated), the rest
 * n/a. The row is new, so its cells start empty: an empty value is not set again. `days` gives one
 * Date per due day of the workbook.
 */
function formCells(
  row: ExcelJS.Row,
  item: ReturnForm['items'][number],
  node: ReturnForm['items'][number]['nodes'][number],
  locked: ReturnType<typeof lockedTexts>,
  below: Below,
  validated: ReturnType<typeof validatedRuns>,
  days: (day: string) => Date,
): void {
  const r = row.number;
  for (let i = 0; i < COLUMN_PLAN.length; i++) {
    const c = COLUMN_PLAN[i]!;
    // a cell below the first row of its item is merged into the first: no value, its style, and
    // written only where a border needs it (COVERED_WRITTEN)
    const covered = c.item && below !== 'no';
    const written = !covered || below === 'last' || c.coveredWritten;
    if (c.locked) {
      if (!written) continue;
      const cell = row.getCell(i + 1);
      const value = covered
        ? null
        : c.key === 'due'
          ? days(node.due)
          : c.key === 'days'
            ? item.daysBehind || null
            : locked[c.key] || null;
      if (value !== null) cell.value = value;
      cell.style =
        c.key === 'level' && item.level
          ? STYLES.level[item.level]
          : c.key === 'state' && node.overdue
            ? STYLES.overdue
            : c.lockedStyle;
      continue;
    }
    if (!applies(c.key, item, node)) {
      if (written) row.getCell(i + 1).style = STYLES.na;
      continue;
    }
    if (written) row.getCell(i + 1).style = c.openStyle;
    validated.add(c.key, r);
  }
}

/** Locked cells stay locked (no password: the lock guards against slips, not against intent). */
function protectForm(ws: ExcelJS.Worksheet): void {
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    formatCells: false,
    insertRows: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
  });
}

const GUIDE: [string, string][] = [
  ['编号', '台账中的事项编号，由改革办填写，请勿修改。'],
  ['事项', '改革任务、改革试点或整改问题的名称，请勿修改。'],
  ['节点', '尚未完成的关键节点；“任务办结”“试点完成”“整改完成”是事项的最后节点。请勿修改。'],
  ['时限', '该节点应完成的日期，请勿修改。'],
  ['状态', '“已逾期”表示该节点已过时限仍未完成；“未到期”表示尚在时限内。'],
  ['塌进度天数', '截至导出之日连续塌进度的天数，与五级提醒的计算一致。'],
  ['提醒级别', '按塌进度天数确定的提醒级别（电话、书面、现场、通报），或研究决定的约谈。'],
  ['本月进展', '本月工作进展情况，写清做了什么、取得什么成果；每个事项填写一次。'],
  ['节点完成日期', '该节点已经完成的，填写实际完成日期（如 2026-12-03）；未完成的不填。'],
  ['完成日期', '事项（任务、试点）全部完成的，填写办结日期，并在“佐证材料”中写明文件名称或文号。'],
  ['佐证材料', '证明已完成的文件、文号或材料名称；多项用顿号或分号隔开。'],
  ['存在困难及需协调事项', '推进中遇到的困难和需要改革办或其他单位协调解决的事项。'],
  ['整改完成日期', '仅问题清单事项填写：整改完成的日期，并在“佐证材料”中写明整改材料。'],
  ['整改情况', '仅问题清单事项填写：可从下拉列表选择，也可写明整改的具体情况。'],
];

/** The guide's table cells: one style object each for all workbooks (registered once per workbook). */
const GUIDE_HEAD: Partial<ExcelJS.Style> = {
  font: { name: xlsx.FONT, size: 11, bold: true },
  fill: xlsx.HEADER_FILL,
  border: xlsx.THIN,
  alignment: { horizontal: 'center' },
};
const GUIDE_CELL: Partial<ExcelJS.Style> = {
  font: { name: xlsx.FONT, size: 11 },
  border: xlsx.THIN,
  alignment: { wrapText: true, vertical: 'middle' },
};

function addGuide(wb: Writer, form: ReturnForm): void {
  const rows = 5 + 3 + GUIDE.length;
  const ws = wb.addWorksheet(GUIDE_SHEET, {
    properties: { defaultRowHeight: 20 },
    pageSetup: { ...xlsx.A4_LANDSCAPE, printArea: `A1:B${rows}` },
    headerFooter: xlsx.PAGE_FOOTER,
  } as Partial<ExcelJS.AddWorksheetOptions>);
  xlsx.withPrintOptions(ws);
  ws.columns = [{ width: 22 }, { width: 90 }];
  ws.mergeCells('A1:B1');
  ws.getCell('A1').value = '填报说明';
  ws.getCell('A1').font = { name: xlsx.TITLE_FONT, size: 16, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getRow(1).height = 30;
  const intro = [
    `一、本表由${form.office}根据改革台账生成，请${form.unit}于${dayLabel(form.dueBy)}前填好后报${form.office}，不要改动表格结构。`,
    '二、灰色单元格为台账信息，已锁定；白色单元格由本单位填写；深灰色单元格不适用于该行，无需填写。',
    '三、日期一律填写为日期格式（如 2026-12-03），不晚于填报当天；节点完成日期不得早于事项开始日期。',
    '四、台账中已有的完成日期不会被覆盖：填写的日期与台账不一致时，改革办将与本单位核实。',
    '五、同一份报表只能导入一次；如需补报，请向改革办索取新表。',
  ];
  intro.forEach((t, i) => {
    ws.mergeCells(`A${i + 2}:B${i + 2}`);
    const c = ws.getCell(`A${i + 2}`);
    c.value = t;
    c.font = { name: xlsx.FONT, size: 11 };
    c.alignment = { wrapText: true, vertical: 'middle' };
  });
  const head = intro.length + 3;
  ws.getRow(head).values = ['栏目', '填写说明'];
  ws.getRow(head).eachCell((c) => {
    c.style = GUIDE_HEAD;
  });
  GUIDE.forEach(([k, v], i) => {
    const row = ws.getRow(head + 1 + i);
    row.values = [k, v];
    row.eachCell((c) => {
      c.style = GUIDE_CELL;
    });
  });
  ws.commit();
}

/** The return as .xlsx bytes. */
export async function writeReturnWorkbook(form: ReturnForm): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  const props = wb as Writer & { title?: string; subject?: string; keywords?: string };
  wb.creator = form.office;
  props.title = `${form.unit}${monthLabel(form.month)}改革事项进展填报表`;
  props.subject = returnId(form);
  props.keywords = RETURN_FORMAT;
  wb.created = wb.modified = xlsx.dateCell(form.asOf);
  addForm(wb, form);
  addGuide(wb, form);
  await xlsx.withoutBufferWarning(() => wb.commit());
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
