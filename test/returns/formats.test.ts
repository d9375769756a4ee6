// Both formats of a return import: reform-return/1 (the hidden sheet repeats every locked cell,
// one row of eleven cells per row of the form; returns already sent out to units are in it) and
// reform-return/2 (the locked values as one checksummed payload in a few cells). The v1 return is
// a fixture written by the v1 writer (reform at c3e1723: `reform returns --ledgers
// test/fixtures/report --month 2026-11 --unit 市教育局`, today 2026-11-20); filled the same way as
// a v2 return exported now, it imports with the same findings at the same cells and the same
// edits. In v2 a change to any locked cell is found and named with the value it had.
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/commands/import.js';
import { runReturns } from '../../src/commands/returns.js';
import { readReturn } from '../../src/returns/read.js';
import { NOW, ROOT, copyFixture, sink } from '../helpers.js';

const V1 = join(ROOT, 'test', 'fixtures', 'returns-v1', '市教育局.xlsx');
const UNIT = '市教育局';

/** A copy of the report fixture, with a v2 return of 市教育局 exported from it; and a v1 copy beside. */
async function setUp(): Promise<{ ledgers: string; v1: string; v2: string }> {
  const ledgers = copyFixture(join(ROOT, 'test', 'fixtures', 'report'));
  const v2dir = join(ledgers, '..', 'v2');
  const code = await runReturns(
    { ledgers, month: '2026-11', unit: UNIT, output: v2dir, now: NOW },
    sink(),
    sink(),
  );
  expect(code).toBe(0);
  const v1dir = join(ledgers, '..', 'v1');
  mkdirSync(v1dir);
  copyFileSync(V1, join(v1dir, `${UNIT}.xlsx`));
  return { ledgers, v1: join(v1dir, `${UNIT}.xlsx`), v2: join(v2dir, `${UNIT}.xlsx`) };
}

async function fill(file: string, f: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  f(wb.getWorksheet('进展填报')!);
  await wb.xlsx.writeFile(file);
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);

async function importJson(ledgers: string, files: string[]) {
  const out = sink();
  const code = await runImport({ ledgers, files, format: 'json', now: NOW }, out, sink());
  return { code, json: JSON.parse(out.text()) };
}

function yamlFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** The diagnostics without the file's folder: `at`, code, severity, message. */
const located = (json: { diagnostics: { at: string; code: string; severity: string; message: string }[] }) =>
  json.diagnostics.map((d) => [d.at, d.code, d.severity, d.message]);

describe('reform-return/1 and reform-return/2', () => {
  let a: Awaited<ReturnType<typeof setUp>>;
  let b: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    a = await setUp();
    b = await setUp();
  });

  it('read the same rows: the v1 table and the v2 payload say the same', async () => {
    const r1 = await readReturn(a.v1);
    const r2 = await readReturn(a.v2);
    expect(r1.meta.format).toBe('reform-return/1');
    expect(r2.meta.format).toBe('reform-return/2');
    expect(r2.rows.length).toBe(6);
    expect(r2.rows).toEqual(r1.rows);
    const { format: _f1, revision: _r1, return: _i1, ...rest1 } = r1.meta;
    const { format: _f2, revision: _r2, return: _i2, ...rest2 } = r2.meta;
    expect(rest2).toEqual(rest1);
    expect(r2.headers).toEqual(r1.headers);
  });

  it('import with the same findings at the same cells, then the same edits', async () => {
    // a note and a node done (RW-2026-003), a bad date (RW-2026-004), a changed title (SD-2026-05),
    // a problem rectified (WT-2026-003)
    const filled = (ws: ExcelJS.Worksheet) => {
      ws.getCell('H5').value = '集团化办学实施方案已报市政府审定';
      ws.getCell('I5').value = day('2026-11-18');
      ws.getCell('I7').value = '11月底';
      ws.getCell('B9').value = '改过的试点名称';
      ws.getCell('M10').value = day('2026-11-16');
      ws.getCell('K10').value = '征求意见汇总及采纳情况说明';
      ws.getCell('N10').value = '已整改到位';
    };
    await fill(a.v1, filled);
    await fill(b.v2, filled);
    const before = yamlFiles(a.ledgers);
    const first1 = await importJson(a.ledgers, [a.v1]);
    const first2 = await importJson(b.ledgers, [b.v2]);
    expect(first1.code).toBe(1);
    expect(first2.code).toBe(1);
    expect(located(first1.json).map(([at, code]) => `${at} ${code}`)).toEqual([
      `${UNIT}.xlsx!进展填报!I7 return-bad-date`,
      `${UNIT}.xlsx!进展填报!B9 return-locked-changed`,
    ]);
    expect(first1.json.diagnostics[1].message).toContain('智慧校园建设试点');
    expect(located(first2.json)).toEqual(located(first1.json));
    expect(yamlFiles(a.ledgers)).toEqual(before);

    const corrected = (ws: ExcelJS.Worksheet) => {
      ws.getCell('I7').value = day('2026-11-19');
      ws.getCell('B9').value = '智慧校园建设试点';
    };
    await fill(a.v1, corrected);
    await fill(b.v2, corrected);
    const second1 = await importJson(a.ledgers, [a.v1]);
    const second2 = await importJson(b.ledgers, [b.v2]);
    expect(second1.code).toBe(0);
    expect(second2.code).toBe(0);
    expect(second1.json.summary.units[0]).toMatchObject({ unit: UNIT, notes: 2, nodes: 2, completed: 1 });
    const { file: _f1, ...sum1 } = second1.json.summary.units[0];
    const { file: _f2, ...sum2 } = second2.json.summary.units[0];
    expect(sum2).toEqual(sum1);
    // the same ledger, but the record of the import (which names the return's revision)
    const { 'imports.yaml': i1, ...after1 } = yamlFiles(a.ledgers);
    const { 'imports.yaml': i2, ...after2 } = yamlFiles(b.ledgers);
    expect(after2).toEqual(after1);
    expect(after1).not.toEqual(before);
    expect(i1).toContain(UNIT);
    expect(i2).toContain(UNIT);

    // and neither is applied twice
    const third = await importJson(a.ledgers, [a.v1]);
    expect(third.json.diagnostics.map((d: { code: string }) => d.code)).toEqual(['return-already-imported']);
    const fourth = await importJson(b.ledgers, [b.v2]);
    expect(fourth.json.diagnostics.map((d: { code: string }) => d.code)).toEqual(['return-already-imported']);
  });

  it('v2: every changed locked cell is found and named with the value it had', async () => {
    const { ledgers, v2 } = await setUp();
    await fill(v2, (ws) => {
      ws.getCell('A5').value = 'RW-2026-099'; // 编号
      ws.getCell('C6').value = '提前办结'; // 节点
      ws.getCell('D7').value = day('2026-12-30'); // 时限
      ws.getCell('E8').value = '已逾期'; // 状态
      ws.getCell('F10').value = 2; // 塌进度天数
      ws.getCell('G7').value = '书面提醒'; // 提醒级别
      ws.getCell('J9').value = day('2026-11-10'); // 完成日期: a pilot's, open (not locked)
      ws.getCell('I10').value = day('2026-11-10'); // 节点完成日期: not a problem's column
    });
    const r = await importJson(ledgers, [v2]);
    expect(r.code).toBe(1);
    const changed = r.json.diagnostics
      .filter((d: { code: string }) => d.code === 'return-locked-changed')
      .map((d: { at: string; message: string }) => [d.at.split('!')[2], d.message]);
    expect(changed.map(([cell]: string[]) => cell)).toEqual(['A5', 'C6', 'D7', 'G7', 'E8', 'F10', 'I10']);
    const said = (cell: string) => changed.find(([c]: string[]) => c === cell)![1];
    expect(said('A5')).toContain('“RW-2026-003”');
    expect(said('A5')).toContain('“RW-2026-099”');
    expect(said('C6')).toContain('“任务办结”');
    expect(said('D7')).toContain('“2026-06-30”');
    expect(said('E8')).toContain('“未到期”');
    expect(said('F10')).toContain('“20”');
    expect(said('G7')).toContain('“约谈提醒”');
  });

  it('v2: a damaged payload makes the file not a return, at the file', async () => {
    const { ledgers, v2 } = await setUp();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(v2) as unknown as ArrayBuffer);
    const meta = wb.getWorksheet('reform')!;
    const payload = String(meta.getCell('A11').value);
    // one character of the payload changed: still base64, but not what was written
    meta.getCell('A11').value = payload.slice(0, 40) + (payload[40] === 'A' ? 'B' : 'A') + payload.slice(41);
    await wb.xlsx.writeFile(v2);
    const r = await importJson(ledgers, [v2]);
    expect(r.code).toBe(1);
    expect(r.json.diagnostics.map((d: { at: string; code: string }) => `${d.at} ${d.code}`)).toEqual([
      `${UNIT}.xlsx return-not-a-return`,
    ]);
    expect(r.json.diagnostics[0].message).toContain('reform!A11');
  });
});
