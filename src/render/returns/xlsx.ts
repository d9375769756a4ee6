// The monthly return (进展填报表) as an Excel workbook, for the unit to fill in Excel, WPS or
// LibreOffice: an office form (title, unit, month, frozen header, widths, A4 landscape), the
// identity columns locked, date cells as real dates with validation, a drop-down for 整改情况,
// a 填报说明 sheet, and a hidden sheet that tells `reform import` which unit, month and ledger
// revision the return was made from (and what every locked cell said).
import ExcelJS from 'exceljs';
import {
  COLUMNS,
  DATE_KEYS,
  HEADER_ROW,
  META_COLUMNS,
  META_KEYS,
  META_TABLE_ROW,
  applies,
  lockedTexts,
  GUIDE_SHEET,
  META_SHEET,
  RETURN_FORMAT,
  RETURN_SHEET,
  columnLetter,
  returnId,
  type ColumnKey,
  type ReturnForm,
} from '../../returns/form.js';
import { RECTIFICATION_CHOICES, monthLabel, dayLabel } from '../../returns/labels.js';
import {
  DATE_FORMAT,
  FONT,
  HEADER_FILL,
  LOCKED_FILL,
  NA_FILL,
  THIN,
  TITLE_FONT,
  a4Landscape,
  dateCell,
  levelFill,
  levelFontColour,
  rowHeight,
  withoutBufferWarning,
} from '../common/xlsx.js';

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

export function buildReturnWorkbook(form: ReturnForm): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = form.office;
  wb.title = `${form.unit}${monthLabel(form.month)}改革事项进展填报表`;
  wb.subject = returnId(form);
  wb.keywords = RETURN_FORMAT;
  wb.created = wb.modified = dateCell(form.asOf);
  const ws = wb.addWorksheet(RETURN_SHEET, {
    views: [
      { state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, topLeftCell: `C${HEADER_ROW + 1}`, activeCell: 'H5' },
    ],
    properties: { defaultRowHeight: 20 },
  });
  const last = COLUMNS.length;
  const lastCol = columnLetter(last);
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: WIDTHS[c.key] }));

  // title, unit, month, as-of
  ws.mergeCells(`A1:${lastCol}1`);
  const title = ws.getCell('A1');
  title.value = `改革事项进展填报表（${monthLabel(form.month)}）`;
  title.font = { name: TITLE_FONT, size: 18, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 36;
  ws.mergeCells('A2:G2');
  ws.getCell('A2').value = `填报单位：${form.unit}`;
  ws.mergeCells('H2:K2');
  ws.getCell('H2').value = `填报月份：${monthLabel(form.month)}`;
  ws.mergeCells(`L2:${lastCol}2`);
  ws.getCell('L2').value = `报送时限：${dayLabel(form.dueBy)}前报${form.office}`;
  for (const a of ['A2', 'H2', 'L2']) ws.getCell(a).font = { name: FONT, size: 12, bold: true };
  ws.getRow(2).height = 24;
  ws.mergeCells(`A3:${lastCol}3`);
  const note = ws.getCell('A3');
  note.value = `状态、塌进度天数、提醒级别截至${dayLabel(form.asOf)}（台账版本 ${form.revision.slice(0, 12)}）。灰色各列为台账信息，请勿修改；白色各列由本单位填写，日期按 2026-12-03 的格式填写，填写要求见“${GUIDE_SHEET}”。`;
  note.font = { name: FONT, size: 10, color: { argb: 'FF555555' } };
  note.alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(3).height = 30;

  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 32;

  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const metaValues: Record<(typeof META_KEYS)[number], string> = {
    format: RETURN_FORMAT,
    unit: form.unit,
    month: form.month,
    revision: form.revision,
    asOf: form.asOf,
    return: returnId(form),
    office: form.office,
  };
  META_KEYS.forEach((k, i) => {
    meta.getCell(i + 1, 1).value = k;
    meta.getCell(i + 1, 2).value = metaValues[k];
  });
  META_COLUMNS.forEach((k, i) => (meta.getCell(META_TABLE_ROW, i + 1).value = k));

  let r = HEADER_ROW + 1;
  let metaRow = META_TABLE_ROW + 1;
  for (const item of form.items) {
    const first = r;
    for (const node of item.nodes) {
      const row = ws.getRow(r);
      const locked = lockedTexts(item, node);
      COLUMNS.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.border = THIN;
        cell.font = { name: FONT, size: 10.5 };
        cell.alignment = { vertical: 'middle', wrapText: true };
        if (c.locked) {
          if (c.key === 'due') {
            cell.value = dateCell(node.due);
            cell.numFmt = DATE_FORMAT;
          } else if (c.key === 'days') cell.value = item.daysBehind || null;
          else cell.value = locked[c.key] || null;
          cell.fill = LOCKED_FILL;
          if (c.key === 'level' && item.level) {
            cell.fill = levelFill(item.level);
            cell.font = { name: FONT, size: 10.5, bold: true, color: { argb: levelFontColour(item.level) } };
          }
          if (c.key === 'state' && node.overdue)
            cell.font = { name: FONT, size: 10.5, color: { argb: 'FFC0392B' } };
          if (['due', 'state', 'days', 'level', 'node'].includes(c.key))
            cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
          return;
        }
        if (!applies(c.key, item, node)) {
          cell.fill = NA_FILL;
          return;
        }
        if (c.scope === 'item' && r !== first) return; // merged below
        cell.protection = { locked: false };
        if ((DATE_KEYS as readonly string[]).includes(c.key)) {
          cell.numFmt = DATE_FORMAT;
          cell.alignment = { vertical: 'middle', horizontal: 'center' };
          cell.dataValidation = {
            type: 'date',
            operator: 'between',
            allowBlank: true,
            showErrorMessage: true,
            errorStyle: 'stop',
            errorTitle: '日期不正确',
            error: '请填写不晚于今天的日期，格式如 2026-12-03',
            showInputMessage: true,
            promptTitle: c.header,
            prompt: '日期格式如 2026-12-03；未完成的不填',
            formulae: [dateCell('2000-01-01'), 'TODAY()'],
          };
        } else if (c.key === 'rectification') {
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            showErrorMessage: true,
            errorStyle: 'information',
            error: '可从下拉列表选择，也可直接填写整改情况',
            formulae: [`"${RECTIFICATION_CHOICES.join(',')}"`],
          };
        }
      });
      // an item's title spans its rows; one row alone grows to show it
      row.height = item.nodes.length > 1 ? 30 : rowHeight([{ text: item.title, width: WIDTHS.title }], 3, 30);
      meta.getRow(metaRow++).values = [
        r,
        item.id,
        item.ledger,
        locked.title!,
        node.name,
        node.due,
        locked.state!,
        locked.days!,
        locked.level!,
        node.final ? 1 : 0,
        node.milestone ?? '',
      ];
      r++;
    }
    if (r - 1 > first) {
      for (const c of COLUMNS) {
        if (c.scope !== 'item') continue;
        const col = columnLetter(COLUMNS.indexOf(c) + 1);
        ws.mergeCells(`${col}${first}:${col}${r - 1}`);
      }
    }
  }
  if (!form.items.length) {
    ws.mergeCells(`A${r}:${lastCol}${r}`);
    ws.getCell(`A${r}`).value = '本单位本月没有未完成的事项。';
    ws.getCell(`A${r}`).alignment = { horizontal: 'center' };
    r++;
  }
  const lastRow = r - 1;
  a4Landscape(ws, `A1:${lastCol}${lastRow}`, `${HEADER_ROW}:${HEADER_ROW}`);
  // locked cells stay locked (no password: the lock guards against slips, not against intent)
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
  addGuide(wb, form);
  return wb;
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

function addGuide(wb: ExcelJS.Workbook, form: ReturnForm): void {
  const ws = wb.addWorksheet(GUIDE_SHEET, { properties: { defaultRowHeight: 20 } });
  ws.columns = [{ width: 22 }, { width: 90 }];
  ws.mergeCells('A1:B1');
  ws.getCell('A1').value = '填报说明';
  ws.getCell('A1').font = { name: TITLE_FONT, size: 16, bold: true };
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
    c.font = { name: FONT, size: 11 };
    c.alignment = { wrapText: true, vertical: 'middle' };
  });
  const head = intro.length + 3;
  ws.getRow(head).values = ['栏目', '填写说明'];
  ws.getRow(head).eachCell((c) => {
    c.font = { name: FONT, size: 11, bold: true };
    c.fill = HEADER_FILL;
    c.border = THIN;
    c.alignment = { horizontal: 'center' };
  });
  GUIDE.forEach(([k, v], i) => {
    const row = ws.getRow(head + 1 + i);
    row.values = [k, v];
    row.eachCell((c) => {
      c.font = { name: FONT, size: 11 };
      c.border = THIN;
      c.alignment = { wrapText: true, vertical: 'middle' };
    });
  });
  a4Landscape(ws, `A1:B${head + GUIDE.length}`);
}

/** The return as .xlsx bytes. */
export async function writeReturnWorkbook(form: ReturnForm): Promise<Uint8Array> {
  const wb = buildReturnWorkbook(form);
  return new Uint8Array(await withoutBufferWarning(() => wb.xlsx.writeBuffer()));
}
