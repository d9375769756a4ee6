// The return's layout as Excel, WPS and LibreOffice read it: read back with exceljs's full reader,
// the workbook written by the streaming writer has its three sheets (the meta sheet very hidden),
// the item-scope cells of an item with several nodes merged, the fill-in cells unlocked under a
// protected sheet, date validation and the drop-down, the frozen header, the print area and A4
// landscape, and the properties that identify the return.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { COLUMNS, returnId, type ReturnForm } from '../../../src/returns/form.js';
import { RETURN_FORMAT, readMeta } from '../../../src/returns/meta.js';
import { writeReturnWorkbook } from '../../../src/render/returns/xlsx.js';

const FORM: ReturnForm = {
  unit: '市财政局',
  month: '2026-11',
  asOf: '2026-11-20',
  revision: '0123456789abcdef0123456789abcdef01234567',
  office: '云岭市委改革办',
  dueBy: '2026-11-06',
  items: [
    {
      id: 'RW-2026-005',
      ledger: 'tasks',
      title: '深化零基预算改革',
      daysBehind: 20,
      level: 'phone',
      nodes: [
        { name: '文件出台', due: '2026-10-31', overdue: true, final: false, milestone: 1 },
        { name: '启动实施', due: '2026-12-15', overdue: false, final: false, milestone: 2 },
        { name: '任务办结', due: '2026-12-31', overdue: false, final: true, milestone: 3 },
      ],
    },
    {
      id: 'WT-2026-03',
      ledger: 'problems',
      title: '预算绩效目标编制不规范',
      daysBehind: 0,
      nodes: [{ name: '整改完成', due: '2026-12-20', overdue: false, final: true }],
    },
  ],
};

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;

describe('the return workbook', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeReturnWorkbook(FORM)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('进展填报')!;

  it('has the form, the very hidden meta sheet and the guide, and says which return it is', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['进展填报', 'visible'],
      ['reform', 'veryHidden'],
      ['填报说明', 'visible'],
    ]);
    expect(wb.subject).toBe(returnId(FORM));
    expect(wb.keywords).toBe(RETURN_FORMAT);
    const meta = wb.getWorksheet('reform')!;
    expect(meta.getCell('B1').value).toBe('reform-return/2');
    expect(meta.getCell('B2').value).toBe('市财政局');
    // reform-return/2: the locked cells' values in a few cells (A11…), not a row of cells per row
    let cells = 0;
    meta.eachRow((row) => row.eachCell(() => void cells++));
    expect(cells).toBe(7 * 2 + 2 * 2 + 1 + 1);
    const read = readMeta({ text: (r, c) => String(meta.getCell(r, c).value ?? ''), lastRow: meta.rowCount });
    expect(
      'rows' in read && read.rows.map((m) => [m.row, m.id, m.node, m.state, m.level, m.milestone]),
    ).toEqual([
      [5, 'RW-2026-005', '文件出台', '已逾期', '电话提醒', 1],
      [6, 'RW-2026-005', '启动实施', '未到期', '电话提醒', 2],
      [7, 'RW-2026-005', '任务办结', '未到期', '电话提醒', 3],
      [8, 'WT-2026-03', '整改完成', '未到期', '', undefined],
    ]);
  });

  it('merges the item cells over its nodes and keeps one row per node', () => {
    expect(COLUMNS.map((_, i) => ws.getCell(4, i + 1).value)).toEqual(COLUMNS.map((c) => c.header));
    expect(ws.getCell('A5').value).toBe('RW-2026-005');
    for (const key of ['id', 'title', 'days', 'level', 'progress', 'done', 'evidence']) {
      const c = ws.getCell(7, col(key));
      expect(c.isMerged, key).toBe(true);
      expect(c.master.address, key).toBe(ws.getCell(5, col(key)).address);
    }
    expect(ws.getCell(6, col('node')).isMerged).toBe(false);
    expect(ws.getCell(6, col('node')).value).toBe('启动实施');
    expect(ws.getCell(8, col('id')).isMerged).toBe(false);
    expect(ws.getCell(5, col('level')).value).toBe('电话提醒');
  });

  it('locks the ledger cells, opens the cells to fill, validates dates and offers the choices', () => {
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(ws.getCell(5, col('id')).protection?.locked).not.toBe(false);
    expect(ws.getCell(5, col('progress')).protection?.locked).toBe(false);
    expect(ws.getCell(6, col('nodeDone')).protection?.locked).toBe(false);
    expect(ws.getCell(5, col('nodeDone')).dataValidation).toMatchObject({ type: 'date' });
    expect(ws.getCell(8, col('rectification')).dataValidation).toMatchObject({ type: 'list' });
  });

  it('writes every bound of a validation as something Excel can evaluate', async () => {
    // exceljs writes a date validation's bounds as day numbers (a formula such as TODAY() came out
    // as NaN): each <formula1>/<formula2> is a day number or the drop-down's quoted list
    const zip = await JSZip.loadAsync(Buffer.from(await writeReturnWorkbook(FORM)));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const formulas: string[] = [];
    for (const f of sheets) {
      const xml = await zip.file(f)!.async('string');
      for (const m of xml.matchAll(/<formula\d>([^<]*)<\/formula\d>/g)) formulas.push(m[1]!);
    }
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f, f).toMatch(/^(\d+|&quot;[^&]+&quot;|"[^"]+")$/);
    expect(formulas).toContain('36526'); // 2000-01-01
  });

  it('validates exactly the cells to fill, by column range', () => {
    // one validation per range of a column (I5:I6), not per cell; the full reader spreads them
    // back over their cells. A validated cell is a date column's or 整改情况's cell that takes a
    // value (unlocked); the cells under an item's first row are merged into it (Excel, WPS and
    // LibreOffice use the first cell of a merged block), and are unlocked like it.
    const kinds: Record<string, string> = {
      nodeDone: 'date',
      done: 'date',
      rectifiedOn: 'date',
      rectification: 'list',
    };
    const seen: string[] = [];
    for (let r = 1; r <= 10; r++)
      COLUMNS.forEach((c, i) => {
        const cell = ws.getCell(r, i + 1);
        const v = cell.dataValidation;
        // a covered cell (below its item's first row) is its merged block's: the first cell's protection
        const open = r > 4 && r <= 8 && cell.master.protection?.locked === false;
        if (kinds[c.key] && open) {
          expect(v, cell.address).toMatchObject({ type: kinds[c.key] });
          seen.push(cell.address);
        } else expect(v, cell.address).toBeUndefined();
      });
    // 节点完成日期 of the task's two first nodes, 完成日期 over its three rows, and the problem's row
    expect(seen.sort()).toEqual(['I5', 'I6', 'J5', 'J6', 'J7', 'M8', 'N8']);
  });

  it('writes one validation per column range', async () => {
    const zip = await JSZip.loadAsync(Buffer.from(await writeReturnWorkbook(FORM)));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const ranges = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(ranges.sort()).toEqual(['I5:I6', 'J5:J7', 'M8', 'N8']);
    expect(ws.getCell(5, col('due')).value).toEqual(new Date('2026-10-31T00:00:00Z'));
  });

  it('writes the covered cells of a merged block only where a border needs them', async () => {
    // the cells of a row of the sheet's XML, by column letter
    const cellsOf = async (form: ReturnForm) => {
      const zip = await JSZip.loadAsync(Buffer.from(await writeReturnWorkbook(form)));
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const rows = new Map<number, string>();
      for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"/g))
        rows.set(Number(m[2]), (rows.get(Number(m[2])) ?? '') + m[1]);
      return rows;
    };
    const rows = await cellsOf(FORM);
    expect(rows.get(5)).toBe('ABCDEFGHIJKLMN');
    // the task's rows below its first: its node cells (C, D, E, I) and, of the merged item
    // columns, 编号 (the left edge), 提醒级别, 佐证材料, 整改完成日期 and 整改情况 (the right edge)
    expect(rows.get(6)).toBe('ACDEGIKMN');
    expect(rows.get(7)).toBe('ACDEGIKMN');
    expect(rows.get(8)).toBe('ABCDEFGHIJKLMN');
    // the form's last row has every cell (the table's bottom edge)
    const last = await cellsOf({ ...FORM, items: [FORM.items[1]!, FORM.items[0]!] });
    expect([5, 6, 7, 8].map((r) => last.get(r))).toEqual([
      'ABCDEFGHIJKLMN',
      'ABCDEFGHIJKLMN',
      'ACDEGIKMN',
      'ABCDEFGHIJKLMN',
    ]);
    // a covered cell that is written carries its first cell's style (border, fill), no value
    const zip = await JSZip.loadAsync(Buffer.from(await writeReturnWorkbook(FORM)));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const style = (a: string) => new RegExp(`<c r="${a}" s="(\\d+)"`).exec(xml)?.[1];
    expect(style('G6')).toBe(style('G5'));
    expect(style('A7')).toBe(style('A5'));
    expect(xml).toMatch(/<c r="G6" s="\d+"\/>/);
  });

  it('prints on A4 landscape with the header repeated and freezes the header', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printArea: 'A1:N8' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 2 });
    expect(wb.getWorksheet('填报说明')!.pageSetup.printArea).toBe('A1:B22');
    // centred on the page: <printOptions horizontalCentered="1"/>, which the streaming writer omits
    expect(ws.pageSetup.horizontalCentered).toBe(true);
    expect(wb.getWorksheet('填报说明')!.pageSetup.horizontalCentered).toBe(true);
  });
});
