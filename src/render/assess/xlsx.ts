// `reform assess -o FILE.xlsx`: the ranking of units, the ranking of groups and every entry, one
// sheet each (with --unit: the reconciliation sheet), through exceljs. Text cells stay text;
// scores and points are numbers, so a clerk can sum and sort them.
import ExcelJS from 'exceljs';
import { t } from '../../i18n/index.js';
import type { ScoredAccount } from '../../assess/types.js';
import {
  confirmSummary,
  dateText,
  entryHead,
  findAccount,
  gradeName,
  itemHead,
  namedText,
  rankingHead,
  resultText,
  ruleName,
  totals,
  type AssessReport,
} from './words.js';

const FONT = { name: '宋体', size: 11 };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Strips characters that cannot stand in XML (a ledger text could hold them). */
function clean(v: string | number): string | number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return typeof v === 'string' ? v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '') : v;
}

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string[],
  head: string[],
  rows: (string | number)[][],
  widths: number[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = widths.map((w) => ({ width: w }));
  for (const line of title) {
    const r = ws.addRow([line]);
    r.font = { ...FONT, bold: ws.rowCount === 1, size: ws.rowCount === 1 ? 14 : 11 };
    ws.mergeCells(r.number, 1, r.number, head.length);
  }
  if (title.length) ws.addRow([]);
  const h = ws.addRow(head);
  h.eachCell((c) => {
    c.font = { ...FONT, bold: true };
    c.fill = HEAD_FILL;
    c.border = THIN;
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  ws.views = [{ state: 'frozen', ySplit: h.number }];
  for (const row of rows) {
    const r = ws.addRow(row.map(clean));
    r.eachCell({ includeEmpty: true }, (c) => {
      c.font = FONT;
      c.border = THIN;
      c.alignment = { vertical: 'top', wrapText: typeof c.value === 'string' };
    });
  }
  ws.autoFilter = { from: { row: h.number, column: 1 }, to: { row: h.number, column: head.length } };
  return ws;
}

function rankingRows(accounts: readonly ScoredAccount[]): (string | number)[][] {
  return accounts.map((a) => {
    const { minus, plus } = totals(a);
    return [a.rank, a.name, a.score, gradeName(a.grade), minus, plus, a.deductionCount, namedText(a)];
  });
}

function entryRows(accounts: readonly ScoredAccount[], kind: string): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const a of accounts)
    for (const e of a.entries)
      rows.push([kind, a.name, e.date ?? '', ruleName(e.rule), e.item ?? '', e.node ?? '', e.points]);
  return rows;
}

export async function renderAssessXlsx(r: AssessReport): Promise<Uint8Array> {
  const m = t().assess;
  const res = r.result;
  const wb = new ExcelJS.Workbook();
  wb.creator = r.office;
  const acc = findAccount(r);
  const interim = res.interim ? [m.interim({ date: dateText(res.asOf) })] : [];
  if (acc) {
    const title = [m.confirmTitle({ unit: acc.name, year: res.year }), confirmSummary(r, acc), ...interim];
    const items = acc.items.map((it, i) => [
      i + 1,
      it.item,
      it.title,
      it.role === 'lead' ? m.roleLead : m.roleShared,
      resultText(it),
      it.completedOn ?? '',
      it.points,
    ]);
    const ws = sheet(
      wb,
      m.confirmItems.replace(/^[一二三、\d.\s]+/, '').slice(0, 31),
      title,
      itemHead(),
      items,
      [12, 14, 44, 12, 22, 12, 8],
    );
    ws.addRow([]);
    ws.addRow([m.confirmEntries]).font = { ...FONT, bold: true };
    ws.addRow(entryHead()).font = { ...FONT, bold: true };
    for (const e of acc.entries)
      ws.addRow([e.date ?? '', ruleName(e.rule), e.item ?? '', e.node ?? '', e.points]);
    ws.addRow([]);
    ws.addRow([m.confirmOpinion]).font = { ...FONT, bold: true };
    ws.addRow([m.confirmOpinionText]);
    ws.addRow([]);
    ws.addRow([m.confirmSign]);
    ws.addRow([m.confirmDate]);
    ws.addRow([m.confirmNote({ office: r.office })]);
  } else {
    const title = [
      m.title({ office: r.office, year: res.year }),
      m.asOf({ date: dateText(res.asOf) }),
      ...interim,
    ];
    sheet(
      wb,
      m.units.slice(0, 31),
      title,
      rankingHead(),
      rankingRows(res.units),
      [6, 26, 8, 8, 8, 8, 10, 16],
    );
    if (res.groups.length)
      sheet(
        wb,
        m.groups.slice(0, 31),
        [],
        rankingHead(true),
        rankingRows(res.groups),
        [6, 34, 8, 8, 8, 8, 10, 16],
      );
    const head = [m.colKind, m.colUnit, ...entryHead()];
    const rows = [...entryRows(res.units, m.kindUnit), ...entryRows(res.groups, m.kindGroup)];
    sheet(wb, m.details.slice(0, 31), [], head, rows, [10, 30, 12, 20, 14, 16, 8]);
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
