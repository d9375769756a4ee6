// An import reads its returns in a worker thread while the ledger loads (the main thread takes the
// files the worker has not started): a return reads the same whether the worker, the main thread,
// or the fallback after a failed worker read it, a file that is not a return included.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../src/commands/import.js';
import { runReturns } from '../../src/commands/returns.js';
import { startReading } from '../../src/commands/shared/read-returns.js';
import { type ReadReturn, readReturn } from '../../src/returns/read.js';
import { NOW, ROOT, copyFixture, sink } from '../helpers.js';

const WORKER = join(ROOT, 'dist', 'workers', 'read-returns.cjs');
let files: string[] = [];
let ledgers = '';

beforeAll(async () => {
  ledgers = copyFixture(join(ROOT, 'ledgers'));
  const out = join(ledgers, '..', 'returns');
  expect(await runReturns({ ledgers, month: '2026-11', output: out, now: NOW }, sink(), sink())).toBe(0);
  const odd = mkdtempSync(join(tmpdir(), 'reform-read-'));
  writeFileSync(join(odd, 'not-a-workbook.xlsx'), 'plain text');
  files = [
    join(out, '市财政局.xlsx'),
    join(odd, 'missing.xlsx'),
    join(out, '市发展改革委.xlsx'),
    join(odd, 'not-a-workbook.xlsx'),
    join(out, '市教育体育局.xlsx'),
    join(out, '市财政局.xlsx'),
  ];
  for (const f of [files[0]!, files[2]!, files[4]!]) expect(existsSync(f)).toBe(true);
});

/** Everything the importer can ask of a read return. */
function contents(r: ReadReturn) {
  const cells: string[] = [];
  for (let row = 1; row <= 5 + r.rows.length + 5; row++)
    for (const col of 'ABCDEFGHIJKLMN') cells.push(`${col}${row}=${JSON.stringify(r.text(`${col}${row}`))}`);
  const first = r.rows.map((m) => JSON.stringify([r.cell(m.row, 'progress'), r.cell(m.row, 'nodeDone')]));
  return {
    path: r.path,
    name: r.name,
    unreadable: r.unreadable,
    meta: r.meta,
    rows: r.rows,
    headers: r.headers,
    cells,
    first,
  };
}

async function inThisThread() {
  const out = [];
  for (const f of files) out.push(contents(await readReturn(f)));
  return out;
}

describe('reading the returns of an import', () => {
  it(
    'the worker thread reads them as this thread does, in the order given',
    { timeout: 90_000 },
    async () => {
      expect(existsSync(WORKER)).toBe(true); // built by npm run build
      const expected = await inThisThread();
      expect(expected[0]!.rows.length).toBeGreaterThan(0);
      expect(expected[1]!.unreadable?.code).toBe('return-unreadable');
      expect(expected[3]!.unreadable).toBeDefined();
      const reading = startReading(files, { worker: WORKER });
      expect(reading.threaded).toBe(true);
      // the worker delivers some first (the main thread takes the rest when asked)
      for (let waited = 0; reading.delivered() === 0 && waited < 60_000; waited += 50)
        await new Promise((r) => setTimeout(r, 50));
      expect((await reading.all()).map(contents)).toEqual(expected);
      expect(reading.delivered()).toBeGreaterThan(0);
      await reading.stop();
    },
  );

  it('without a worker, or when it fails, every file is read here with the same result', async () => {
    const expected = await inThisThread();
    const none = startReading(files, { worker: false });
    expect(none.threaded).toBe(false);
    expect((await none.all()).map(contents)).toEqual(expected);
    // a worker script that does not exist: the error comes after the start, the files are read here
    const missing = startReading(files, { worker: join(ROOT, 'dist', 'workers', 'no-such-worker.cjs') });
    expect((await missing.all()).map(contents)).toEqual(expected);
    // a worker that claims two files and dies without delivering them
    const dir = mkdtempSync(join(tmpdir(), 'reform-worker-'));
    const dying = join(dir, 'dying.cjs');
    writeFileSync(
      dying,
      "const { workerData } = require('node:worker_threads');\n" +
        'const next = new Int32Array(workerData.next);\n' +
        'Atomics.add(next, 0, 2);\n' +
        "throw new Error('worker died');\n",
    );
    const died = startReading(files, { worker: dying });
    expect(died.threaded).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect((await died.all()).map(contents)).toEqual(expected);
    expect(died.delivered()).toBe(0);
  });

  it(
    'this thread reading beside the worker (files still unclaimed) gives the same, in order',
    { timeout: 90_000 },
    async () => {
      const expected = await inThisThread();
      // from 1 unclaimed file on, this thread takes files too: both read, in any interleaving
      const both = startReading(files, { worker: WORKER, helpFrom: 1 });
      const seen = [];
      for await (const r of both.inOrder()) seen.push(contents(r));
      expect(seen).toEqual(expected);
      expect(both.delivered()).toBeLessThan(files.length);
      await both.stop();
    },
  );

  it('a worker stopped before the returns are needed ends the reading', async () => {
    const reading = startReading(files, { worker: WORKER });
    await reading.stop();
    expect(reading.threaded).toBe(true);
  });
});

describe('reform import with its worker thread', () => {
  it('reports what the import in one thread reports', { timeout: 120_000 }, async () => {
    const out = sink();
    const code = await runImport(
      { ledgers, files, format: 'json', dryRun: true, now: NOW, reading: { worker: false } },
      out,
      sink(),
    );
    expect(code).toBe(1); // the missing file and the text file
    let stdout = '';
    try {
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'bin', 'reform.js'),
          'import',
          ...files,
          '--ledgers',
          ledgers,
          '--dry-run',
          '--format',
          'json',
        ],
        { env: { ...process.env, REFORM_TODAY: '2026-11-20' }, encoding: 'utf8' },
      );
    } catch (e) {
      expect((e as { status: number }).status).toBe(1);
      stdout = (e as { stdout: string }).stdout;
    }
    expect(JSON.parse(stdout)).toEqual(JSON.parse(out.text()));
  });
});

describe('long texts in a return', () => {
  it(
    'a character split between two inflated chunks of the zip reads whole',
    { timeout: 120_000 },
    async () => {
      // exceljs's streaming reader decoded each 16 KB chunk of a zip entry alone: one character in
      // three that straddled two chunks read as U+FFFD (half the returns at 20,000 tasks)
      const dir = copyFixture(join(ROOT, 'ledgers'));
      const out = join(dir, '..', 'long');
      expect(
        await runReturns(
          { ledgers: dir, month: '2026-11', unit: '市财政局', output: out, now: NOW },
          sink(),
          sink(),
        ),
      ).toBe(0);
      const file = join(out, '市财政局.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('进展填报')!;
      const texts: string[] = [];
      for (let r = 5, k = 0; r <= ws.rowCount && k < 8; r++) {
        if (!ws.getCell(r, 1).value) continue;
        const text = `第${k}项${'推进改革落实专题会议研究部署阶段性工作'.repeat(400 + k * 7)}完`;
        ws.getCell(r, 8).value = text;
        texts.push(text);
        k++;
      }
      expect(texts.length).toBeGreaterThan(3);
      await wb.xlsx.writeFile(file);
      const log = execFileSync(
        process.execPath,
        [join(ROOT, 'bin', 'reform.js'), 'import', file, '--ledgers', dir],
        {
          env: { ...process.env, REFORM_TODAY: '2026-11-20' },
          encoding: 'utf8',
        },
      );
      const notes: string[] = [];
      for (const f of ['tasks.yaml', 'pilots.yaml', 'problems.yaml']) {
        const data = parse(readFileSync(join(dir, f), 'utf8')) as Record<
          string,
          { progress?: { note: string }[] }[]
        >;
        for (const item of Object.values(data)[0] ?? [])
          for (const p of item.progress ?? []) notes.push(p.note);
      }
      expect(log).toContain('已写入');
      expect(notes.filter((n) => n.includes('\uFFFD'))).toEqual([]);
      const long = notes.filter((n) => n.length > 1000);
      expect(long.length).toBeGreaterThan(1);
      for (const n of long) expect(texts.some((t) => n.includes(t))).toBe(true);
    },
  );
});
