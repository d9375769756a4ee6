// Reading the last items of the largest file in a worker thread (src/ledger/aside.ts): the loaded
// ledger, its findings and their positions are the same as when one thread reads everything, with
// the worker, without one, and when the worker fails or never answers. The worker is the built
// one (`npm test` builds first); from the sources no worker is found, which is the fallback.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLedgers, splitPoint, type LoadOptions } from '../../src/ledger/load.js';
import { asideStats } from '../../src/ledger/aside.js';
import { openCache } from '../../src/ledger/cache.js';
import { openLedgers } from '../../src/commands/shared/open.js';
import { NOW, ROOT } from '../helpers.js';

const WORKER = join(ROOT, 'dist', 'workers', 'aside-worker.cjs');

function copySamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reform-aside-'));
  cpSync(join(ROOT, 'ledgers'), dir, { recursive: true });
  return dir;
}

/** Everything a command sees of a load: the ledger, the diagnostics with their positions, the modelines. */
function opened(dir: string, aside: LoadOptions['aside']) {
  const o = openLedgers(dir, { cache: false, now: NOW, aside });
  return {
    ledger: JSON.stringify(o.loaded.ledger),
    diagnostics: o.diagnostics,
    known: [...o.loaded.knownIds],
    modelines: o.loaded.files.map((f) => o.loaded.modelines(f.file)),
    entries: o.loaded.entries,
  };
}

/** The worker reads from about the middle of the sample tasks file. */
const HALF = { minBytes: 1, workerFile: WORKER };

describe('reading part of a large file in a worker', () => {
  it('is built beside the bundles', () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it('gives the same ledger, diagnostics and modelines as one thread', () => {
    const dir = copySamples();
    const before = asideStats.answered;
    const split = opened(dir, HALF);
    expect(asideStats.answered).toBe(before + 1); // the worker did read part of tasks.yaml
    const whole = opened(dir, false);
    expect(split).toEqual(whole);
    expect(whole.diagnostics.length).toBeGreaterThan(0); // the samples' warnings, located
  });

  it('places findings in the worker’s part where one thread places them', () => {
    const dir = copySamples();
    const file = join(dir, 'tasks.yaml');
    const text = readFileSync(file, 'utf8');
    // a bad date and an unknown key in the last task (in the worker's part)
    const last = text.lastIndexOf('\n  - id:');
    const broken = `${text.slice(0, last)}\n  - id: RW-2026-999\n    title: 测试\n    lead_unit: 市财政局\n    deadline: 2026-13-45\n    colour: red${text.slice(last)}`;
    writeFileSync(file, broken);
    const before = asideStats.answered;
    const split = opened(dir, HALF);
    expect(asideStats.answered).toBe(before + 1);
    const whole = opened(dir, false);
    expect(split).toEqual(whole);
    const codes = whole.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes.length).toBeGreaterThanOrEqual(2);
  });

  it('reads the file whole when the worker’s part is not plain YAML (a syntax error there)', () => {
    const dir = copySamples();
    const file = join(dir, 'tasks.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}  - id: RW-2026-998\n    title: [未闭合\n`);
    const split = opened(dir, HALF);
    const whole = opened(dir, false);
    expect(split).toEqual(whole);
    expect(whole.diagnostics.some((d) => d.code === 'yaml-syntax')).toBe(true);
  });

  it('finds a modeline in the worker’s part', () => {
    const dir = copySamples();
    const file = join(dir, 'tasks.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}# yaml-language-server: $schema=../schemas/pilots.schema.json\n`,
    );
    const split = opened(dir, HALF);
    const whole = opened(dir, false);
    expect(split).toEqual(whole);
    expect(whole.modelines.flat().length).toBeGreaterThan(1);
  });

  it('falls back to one thread when there is no worker, when it fails and when it never answers', () => {
    const dir = copySamples();
    const whole = opened(dir, false);
    const scripts = mkdtempSync(join(tmpdir(), 'reform-aside-workers-'));
    const throws = join(scripts, 'throws.cjs');
    writeFileSync(throws, "throw new Error('broken worker');\n");
    const silent = join(scripts, 'silent.cjs');
    writeFileSync(silent, '// never answers\n');
    const before = asideStats.answered;
    expect(opened(dir, { minBytes: 1, workerFile: join(scripts, 'missing.cjs') })).toEqual(whole);
    expect(opened(dir, { minBytes: 1, workerFile: throws, minWaitMs: 300 })).toEqual(whole);
    expect(opened(dir, { minBytes: 1, workerFile: silent, minWaitMs: 300 })).toEqual(whole);
    // from the sources, no built worker is found beside this module: one thread
    expect(opened(dir, { minBytes: 1 })).toEqual(whole);
    expect(asideStats.answered).toBe(before);
  });

  it('leaves files below the size alone, and a large file the parse cache knows', () => {
    const dir = copySamples();
    const before = asideStats.answered;
    loadLedgers(dir, { cache: false, aside: { workerFile: WORKER } }); // 265 KB < the default minimum
    expect(asideStats.answered).toBe(before);
    const cache = openCache(dir, {
      root: mkdtempSync(join(tmpdir(), 'reform-aside-cache-')),
      version: 'test',
    })!;
    const plain = loadLedgers(dir, { cache: false });
    const first = loadLedgers(dir, { cache, aside: HALF }); // fills the cache
    expect(asideStats.answered).toBe(before + 1);
    const warm = loadLedgers(dir, { cache, aside: HALF });
    expect(asideStats.answered).toBe(before + 1);
    for (const l of [first, warm]) {
      expect(JSON.stringify(l.ledger)).toBe(JSON.stringify(plain.ledger));
      expect(l.files.map((f) => l.modelines(f.file))).toEqual(
        plain.files.map((f) => plain.modelines(f.file)),
      );
    }
  });
});

describe('splitPoint', () => {
  const text = '# 注释\ntasks:\n  - id: A\n    nodes:\n      - x\n  - id: B\n  - id: C\n';
  const bytes = Buffer.from(text);
  it('cuts at the start of an item of the top-level list, at or after the offset', () => {
    const b = text.indexOf('  - id: B');
    expect(splitPoint(bytes, text.indexOf('nodes'))).toEqual({
      at: Buffer.byteLength(text.slice(0, b)),
      key: 'tasks',
    });
    expect(splitPoint(bytes, Buffer.byteLength(text.slice(0, b)) + 1)?.at).toBe(
      Buffer.byteLength(text.slice(0, text.indexOf('  - id: C'))),
    );
    expect(splitPoint(bytes, bytes.length)).toBeUndefined();
  });
  it('never cuts before the first item, nor a file that is not one block list', () => {
    expect(splitPoint(bytes, 0)?.at).toBe(Buffer.byteLength(text.slice(0, text.indexOf('  - id: B'))));
    expect(splitPoint(Buffer.from('tasks: [a, b]\n'), 0)).toBeUndefined();
    expect(splitPoint(Buffer.from('- a\n- b\n'), 0)).toBeUndefined();
    expect(splitPoint(Buffer.from('tasks:\n  id: a\n'), 0)).toBeUndefined();
  });
});
