// The assessment workbook: read back with exceljs, the figures are numbers and match the JSON.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { assessYear } from '../../../src/assess/score.js';
import { setLang } from '../../../src/i18n/index.js';
import { loadLedgers } from '../../../src/ledger/load.js';
import { renderAssessXlsx } from '../../../src/render/assess/xlsx.js';
import { ROOT } from '../../helpers.js';
import { join } from 'node:path';

describe('assessment xlsx', () => {
  it('ranking, groups and details sheets; scores as numbers', async () => {
    setLang('zh');
    const { ledger } = loadLedgers(join(ROOT, 'ledgers'));
    const result = assessYear(ledger, { year: 2026, asOf: '2026-11-20' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderAssessXlsx({ result, office: '市委改革办' })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '各单位得分和等次',
      '各专项小组得分（按所属任务）',
      '扣分、加分明细',
    ]);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('市委改革办2026年度改革工作考核结果');
    // header row, then the first unit
    const headRow = ws.getRow(5);
    expect(headRow.getCell(1).value).toBe('名次');
    const first = ws.getRow(6);
    expect(first.getCell(2).value).toBe(result.units[0]!.name);
    expect(first.getCell(3).value).toBe(result.units[0]!.score);
    const details = wb.worksheets[2]!;
    const entries =
      result.units.reduce((n, u) => n + u.entries.length, 0) +
      result.groups.reduce((n, g) => n + g.entries.length, 0);
    expect(details.rowCount).toBe(entries + 1);
  });

  it('--unit: the reconciliation sheet with the signature lines', async () => {
    setLang('zh');
    const { ledger } = loadLedgers(join(ROOT, 'ledgers'));
    const result = assessYear(ledger, { year: 2026, asOf: '2026-11-20' });
    const unit = result.units.at(-1)!.name;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await renderAssessXlsx({ result, office: '市委改革办', unit })) as unknown as ArrayBuffer,
    );
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts[0]).toBe(`${unit}2026年度改革工作考核对账确认单`);
    expect(texts.some((s) => s.startsWith('单位负责人（签字）'))).toBe(true);
  });
});
