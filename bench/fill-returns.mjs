#!/usr/bin/env node
// Fills the monthly returns written by `reform returns` as units would, so that `reform import`
// is timed on returns with something in them (issue 14): this month's progress on every item, the
// difficulties on every third, a node done on every fourth item with a node before its last, and
// 整改情况 on every problem. Dates are the day before the as-of day of the bench (2026-11-19),
// which the generated items have all started by.
//   node bench/fill-returns.mjs DIR [--day 2026-11-19]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';

const { values: opt, positionals } = parseArgs({
  options: { day: { type: 'string', default: '2026-11-19' } },
  allowPositionals: true,
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: node bench/fill-returns.mjs DIR [--day YYYY-MM-DD]');
  process.exit(2);
}
const day = new Date(`${opt.day}T00:00:00Z`);
const HEADER_ROW = 4;

let files = 0;
let cells = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.xlsx'))) {
  const file = join(dir, name);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('进展填报');
  const col = {};
  ws.getRow(HEADER_ROW).eachCell((c, n) => (col[String(c.value)] = n));
  // the items and their rows (an item's id cell is merged over its rows)
  const items = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const cell = ws.getCell(r, col['编号']);
    if (cell.value && cell.master.row === r) items.push({ id: String(cell.value), rows: [r] });
    else if (items.length) items.at(-1).rows.push(r);
  }
  items.forEach((item, i) => {
    const first = item.rows[0];
    const problem = item.id.startsWith('WT-');
    ws.getCell(first, col['本月进展']).value =
      `${item.id}本月按计划推进，召开专题会议研究部署，完成阶段性工作。`;
    cells++;
    if (i % 3 === 0) {
      ws.getCell(first, col['存在困难及需协调事项']).value = '需市级相关部门协调配套政策。';
      cells++;
    }
    if (problem) {
      ws.getCell(first, col['整改情况']).value = '正在整改';
      cells++;
    } else if (i % 4 === 0 && item.rows.length > 1) {
      ws.getCell(first, col['节点完成日期']).value = day;
      cells++;
    }
  });
  await wb.xlsx.writeFile(file);
  files++;
}
console.log(`filled ${cells} cells in ${files} returns in ${dir}`);
