// The round trip of a monthly return: export a unit's return from the sample ledgers, fill it in
// as a unit would (with exceljs), import it. Good cells land in the YAML with every comment kept
// and `check` passing; bad cells are diagnostics at their cells; nothing is written while any
// error remains (without --partial); a second import of the same return changes nothing.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCheck } from '../../src/commands/check.js';
import { runImport } from '../../src/commands/import.js';
import { runReturns } from '../../src/commands/returns.js';
import { NOW, ROOT, copyFixture, sink } from '../helpers.js';

const FILES = ['tasks.yaml', 'pilots.yaml', 'problems.yaml', 'units.yaml', 'policy.yaml', 'reminders.yaml'];

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

async function exportReturn(ledgers: string, unit: string): Promise<string> {
  const out = join(ledgers, '..', 'returns');
  const code = await runReturns({ ledgers, month: '2026-11', unit, output: out, now: NOW }, sink(), sink());
  expect(code).toBe(0);
  return join(out, `${unit}.xlsx`);
}

/** Opens a return, lets `fill` change its form sheet, saves it. */
async function fill(file: string, f: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  f(wb.getWorksheet('进展填报')!);
  await wb.xlsx.writeFile(file);
}

/** The row of the form holding this item's node. */
function rowOf(ws: ExcelJS.Worksheet, id: string, node: string): number {
  let current = '';
  for (let r = 5; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (v) current = String(v);
    if (current === id && ws.getCell(r, 3).value === node) return r;
  }
  throw new Error(`no row for ${id} ${node}`);
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);

async function importFiles(
  ledgers: string,
  files: string[],
  extra: { partial?: boolean; dryRun?: boolean } = {},
) {
  const out = sink();
  const code = await runImport({ ledgers, files, format: 'json', now: NOW, ...extra }, out, sink());
  return { code, json: JSON.parse(out.text()) };
}

describe('reform returns → fill → reform import', () => {
  it('writes the good cells, reports the bad ones at their cells, and never twice', async () => {
    const ledgers = copyFixture(join(ROOT, 'ledgers'));
    const before = snapshot(ledgers);
    const file = await exportReturn(ledgers, '市财政局');
    let r005 = 0;
    let sd20 = 0;
    await fill(file, (ws) => {
      r005 = rowOf(ws, 'RW-2026-005', '文件出台');
      sd20 = rowOf(ws, 'SD-2026-20', '总结评估');
      ws.getCell(r005, 8).value = '《云岭市深化零基预算改革实施方案》经市政府常务会议审议通过并印发';
      ws.getCell(r005, 9).value = day('2026-11-18'); // 节点完成日期
      ws.getCell(r005, 11).value = '云政办发〔2026〕31号';
      ws.getCell(sd20, 8).value = '开展试点总结评估，形成评估报告初稿';
      ws.getCell(sd20, 9).value = '11月底'; // not a date
      ws.getCell(sd20, 2).value = '改过的试点名称'; // a locked cell
    });

    // errors: nothing written, each at its cell
    const first = await importFiles(ledgers, [file]);
    expect(first.code).toBe(1);
    const at = first.json.diagnostics.map((d: { at: string; code: string }) => `${d.at} ${d.code}`);
    expect(at).toContain(`市财政局.xlsx!进展填报!I${sd20} return-bad-date`);
    expect(at).toContain(`市财政局.xlsx!进展填报!B${sd20} return-locked-changed`);
    expect(first.json.diagnostics).toHaveLength(2);
    expect(snapshot(ledgers)).toEqual(before);

    // corrected: the good cells land
    await fill(file, (ws) => {
      ws.getCell(sd20, 9).value = day('2026-11-19');
      ws.getCell(sd20, 2).value = '政府采购“信用+承诺”改革试点';
    });
    const second = await importFiles(ledgers, [file]);
    expect(second.json.diagnostics).toEqual([]);
    expect(second.code).toBe(0);
    expect(second.json.summary.units[0]).toMatchObject({
      unit: '市财政局',
      notes: 2,
      nodes: 2,
      completed: 0,
    });
    const after = snapshot(ledgers);
    // every line of every file is still there, in order: only lines were added
    for (const f of FILES) {
      const old = before[f]!.split('\n');
      const now = after[f]!.split('\n');
      let i = 0;
      for (const line of now) if (i < old.length && line === old[i]) i++;
      if (i < old.length) {
        // a flow milestone gains `, done_on: …` on its own line
        const missing = old.slice(i);
        for (const m of missing) expect(now.some((l) => l.startsWith(m.replace(/}.*$/, '')))).toBe(true);
      }
    }
    expect(after['tasks.yaml']).toContain('# 云岭市2026年度全面深化改革任务总台账');
    const tasks = parse(after['tasks.yaml']!).tasks;
    const t = tasks.find((x: { id: string }) => x.id === 'RW-2026-005');
    expect(t.milestones[1]).toEqual({
      name: '文件出台',
      due: '2026-10-21',
      done_on: '2026-11-18',
      evidence: '云政办发〔2026〕31号',
    });
    expect(t.progress.at(-1)).toEqual({
      date: '2026-11-20',
      note: '《云岭市深化零基预算改革实施方案》经市政府常务会议审议通过并印发',
    });
    const sd = parse(after['pilots.yaml']!).pilots.find((x: { id: string }) => x.id === 'SD-2026-20');
    expect(sd.milestones[1].done_on).toBe('2026-11-19');
    expect(parse(after['imports.yaml']!).imports).toHaveLength(1);
    const check = sink();
    expect(await runCheck({ ledgers, format: 'text', now: NOW }, check)).toBe(0);

    // a second import of the same return changes nothing
    const third = await importFiles(ledgers, [file]);
    expect(third.code).toBe(1);
    expect(third.json.diagnostics.map((d: { code: string }) => d.code)).toEqual(['return-already-imported']);
    expect(snapshot(ledgers)).toEqual(after);
  });

  it('--partial writes the units without errors; conflicts with the ledger are errors', async () => {
    const ledgers = copyFixture(join(ROOT, 'ledgers'));
    const bad = await exportReturn(ledgers, '市财政局');
    const good = await exportReturn(ledgers, '市水务局');
    await fill(bad, (ws) => {
      ws.getCell(rowOf(ws, 'RW-2026-005', '文件出台'), 9).value = day('2026-12-20'); // in the future
    });
    await fill(good, (ws) => {
      const r = rowOf(ws, 'WT-2026-025', '整改完成');
      ws.getCell(r, 13).value = day('2026-11-16'); // 整改完成日期
      ws.getCell(r, 11).value = '积水点整治工程竣工验收报告';
      ws.getCell(r, 14).value = '已整改到位';
    });
    const before = snapshot(ledgers);
    const dry = await importFiles(ledgers, [bad, good], { partial: true, dryRun: true });
    expect(dry.code).toBe(1);
    expect(snapshot(ledgers)).toEqual(before);
    const r = await importFiles(ledgers, [bad, good], { partial: true });
    expect(r.code).toBe(1);
    expect(r.json.diagnostics.map((d: { code: string }) => d.code)).toEqual(['return-future-date']);
    const problems = parse(readFileSync(join(ledgers, 'problems.yaml'), 'utf8')).problems;
    const p = problems.find((x: { id: string }) => x.id === 'WT-2026-025');
    expect(p).toMatchObject({ rectified_on: '2026-11-16', evidence: '积水点整治工程竣工验收报告' });
    expect(p.progress).toEqual([{ date: '2026-11-20', note: '整改情况：已整改到位' }]);
    expect(readFileSync(join(ledgers, 'tasks.yaml'), 'utf8')).toBe(before['tasks.yaml']);

    // meanwhile the ledger got the node's date from elsewhere: a different date in the return
    // is a conflict at its cell, never an overwrite
    const tasksFile = join(ledgers, 'tasks.yaml');
    writeFileSync(
      tasksFile,
      readFileSync(tasksFile, 'utf8').replace(
        '{name: 文件出台, due: 2026-10-21}',
        '{name: 文件出台, due: 2026-10-21, done_on: 2026-11-05}',
      ),
    );
    let row = 0;
    await fill(bad, (ws) => {
      row = rowOf(ws, 'RW-2026-005', '文件出台');
      ws.getCell(row, 9).value = day('2026-11-02');
    });
    const mid = snapshot(ledgers);
    const c = await importFiles(ledgers, [bad]);
    expect(c.code).toBe(1);
    expect(c.json.diagnostics.map((d: { at: string; code: string }) => `${d.at} ${d.code}`)).toEqual([
      `市财政局.xlsx!进展填报!I${row} return-conflict`,
    ]);
    expect(snapshot(ledgers)).toEqual(mid);
  });

  it('a file that is missing, not a workbook or not a return is an error at the file', async () => {
    const ledgers = copyFixture(join(ROOT, 'ledgers'));
    const dir = join(ledgers, '..');
    writeFileSync(join(dir, 'notes.xlsx'), 'not a zip');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = '挂图作战';
    await other.xlsx.writeFile(join(dir, 'board.xlsx'));
    const files = ['missing.xlsx', 'notes.xlsx', 'board.xlsx'].map((f) => join(dir, f));
    const r = await importFiles(ledgers, files, { dryRun: true });
    expect(r.code).toBe(1);
    expect(r.json.diagnostics.map((d: { at: string; code: string }) => `${d.at} ${d.code}`)).toEqual([
      'missing.xlsx return-unreadable',
      'notes.xlsx return-unreadable',
      'board.xlsx return-not-a-return',
    ]);
  });
});
