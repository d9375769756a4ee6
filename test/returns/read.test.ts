// Reading a return never reports a good file unreadable: exceljs's streaming reader can lose the
// last entries of the zip (its workbook part, written last), and then the return is read again
// with exceljs's full reader, with the same cells.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReturns } from '../../src/commands/returns.js';
import { type ReadReturn, readReturn } from '../../src/returns/read.js';
import { NOW, ROOT, copyFixture, sink } from '../helpers.js';

let file = '';

beforeAll(async () => {
  const ledgers = copyFixture(join(ROOT, 'ledgers'));
  const out = join(ledgers, '..', 'returns');
  const code = await runReturns(
    { ledgers, month: '2026-11', unit: '市财政局', output: out, now: NOW },
    sink(),
    sink(),
  );
  expect(code).toBe(0);
  file = join(out, '市财政局.xlsx');
  // filled as a unit would: a note, a date, a changed locked cell (saved by exceljs's full writer)
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('进展填报')!;
  ws.getCell(5, 8).value = '本月召开专题会议';
  ws.getCell(5, 9).value = new Date('2026-11-18T00:00:00Z');
  ws.getCell(6, 2).value = '改过的名称';
  await wb.xlsx.writeFile(file);
});

/** Everything the importer can ask of a read return. */
function contents(r: ReadReturn) {
  const cells: string[] = [];
  for (let row = 1; row <= 5 + r.rows.length + 5; row++)
    for (const col of 'ABCDEFGHIJKLMN') cells.push(`${col}${row}=${JSON.stringify(r.text(`${col}${row}`))}`);
  const first = r.rows.map((m) => JSON.stringify([r.cell(m.row, 'progress'), r.cell(m.row, 'nodeDone')]));
  return { unreadable: r.unreadable, meta: r.meta, rows: r.rows, headers: r.headers, cells, first };
}

describe('reading a return', () => {
  it('reads the same cells with the full reader when the streaming read fails', async () => {
    const streamed = contents(await readReturn(file));
    expect(streamed.unreadable).toBeUndefined();
    expect(streamed.rows.length).toBeGreaterThan(1);
    expect(streamed.cells).toContain('H5="本月召开专题会议"');
    expect(streamed.cells).toContain('I5="2026-11-18"');

    expect(contents(await readReturn(file))).toEqual(streamed);
  });

  it('reads a return whose workbook part comes after its sheets and shared strings', async () => {
    // the order that makes exceljs's streaming reader run a sheet before it has the workbook
    const zip = await JSZip.loadAsync(readFileSync(file));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    const first = ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const order = [
      ...first,
      ...names.filter((n) => !first.includes(n) && n !== 'xl/workbook.xml'),
      'xl/workbook.xml',
    ];
    const out = new JSZip();
    for (const n of order) out.file(n, await zip.file(n)!.async('nodebuffer'));
    const moved = file.replace(/\.xlsx$/, '-重排.xlsx');
    writeFileSync(moved, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([readFileSync(moved)]), {});
    const streamOnly = async () => {
      for await (const ws of reader) for await (const _ of ws);
    };
    await expect(streamOnly()).rejects.toThrow(/sheets/);

    const read = contents(await readReturn(moved));
    expect(read.unreadable).toBeUndefined();
    expect(read).toEqual(contents(await readReturn(file)));
  });
});
