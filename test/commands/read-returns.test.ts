// An import reads its returns in a worker thread while the ledger loads (the main thread takes the
// files the worker has not started): a return reads the same whether the worker, the main thread,
// or the fallback after a failed worker read it, a file that is not a return included.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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
  it('the worker thread reads them as this thread does, in the order given', async () => {
    expect(existsSync(WORKER)).toBe(true); // built by npm run build
    const expected = await inThisThread();
    expect(expected[0]!.rows.length).toBeGreaterThan(0);
    expect(expected[1]!.unreadable?.code).toBe('return-unreadable');
    expect(expected[3]!.unreadable).toBeDefined();
    const reading = startReading(files, { worker: WORKER });
    expect(reading.threaded).toBe(true);
    // give the worker the time to read some (the main thread takes the rest when asked)
    await new Promise((r) => setTimeout(r, 1500));
    expect((await reading.all()).map(contents)).toEqual(expected);
    expect(reading.delivered()).toBeGreaterThan(0);
    await reading.stop();
  });

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

  it('a worker stopped before the returns are needed ends the reading', async () => {
    const reading = startReading(files, { worker: WORKER });
    await reading.stop();
    expect(reading.threaded).toBe(true);
  });
});

describe('reform import with its worker thread', () => {
  it('reports what the import in one thread reports', async () => {
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
