// End-to-end: the built binary (`npm test` builds it first).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { reform as run } from './binary.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture } from '../helpers.js';

const reform = (args: string[]) => run(args);

let dir: string;
beforeEach(() => {
  dir = copyFixture('report');
});
afterEach(() => rmSync(dirname(dir), { recursive: true, force: true }));

describe('reform report (binary)', () => {
  it('writes the HTML report to -o and exits 0', async () => {
    const file = join(dirname(dir), 'q3.html');
    const r = await reform(['report', '--ledgers', dir, '--quarter', '2026Q3', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写入');
    expect(r.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toContain(
      '<h1>市委改革办关于2026年第三季度<br>改革任务落实情况的督察报告</h1>',
    );
  });

  it('prints CSV and JSON to stdout', async () => {
    const csv = await reform(['report', '-l', dir, '-q', '2026-Q3', '-f', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^1,市教育局,/);
    const json = await reform(['report', '-l', dir, '-q', '2026Q3', '-f', 'json', '-u', '东山县']);
    expect(JSON.parse(json.stdout).scope).toEqual({ unit: '东山县' });
  });

  it('a bad option: one line on stderr, exit 2, no stack', async () => {
    for (const args of [
      ['--unit', '不存在'],
      ['--quarter', '2026Q9'],
      ['-q', '2026Q3', '--date', '2026-12-01'],
      ['--format', 'pdf'],
      ['-o', 'x.pdf'],
      ['--format', 'docx'],
    ]) {
      const r = await reform(['report', '--ledgers', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^错误：/);
    }
  });

  it('a missing ledger folder is a usage error', async () => {
    const r = await reform(['report', '--ledgers', join(dir, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：台账目录 .* 不存在/);
  });
});
