// End-to-end: the built binary (`npm test` builds it first), as a clerk runs it.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reform as run } from './binary.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'test', 'commands', 'fixtures', 'remind');

const reform = (args: string[], cwd = ROOT) => run(args, { cwd });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reform-e2e-'));
  cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reform remind (binary)', () => {
  it('prints the reminders as a plain table and exits 0', async () => {
    const r = await reform(['remind', '--ledgers', dir, '--date', '2026-11-20']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain('五级提醒 · 2026-11-20 · 市委改革办');
    expect(r.stdout).toMatch(/约谈提醒\s+RW-2026-006/);
    expect(r.stdout).toMatch(/电话提醒\s+RW-2026-001/);
    expect(r.stdout).toContain('三、提前预告（2 项');
  });

  it('takes today from REFORM_TODAY (for tests only), and refuses a bad one', async () => {
    const fixed = await run(['remind', '--ledgers', dir], { env: { REFORM_TODAY: '2026-11-20' } });
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('五级提醒 · 2026-11-20 · 市委改革办');
    const other = await run(['remind', '--ledgers', dir], { env: { REFORM_TODAY: '2026-11-23' } });
    expect(other.stdout).toContain('五级提醒 · 2026-11-23 · 市委改革办');
    const bad = await run(['remind', '--ledgers', dir], { env: { REFORM_TODAY: '2026-02-30' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      '错误：环境变量 REFORM_TODAY（仅供测试）的值 2026-02-30 不是有效日期，应为 YYYY-MM-DD',
    );
  });

  it('a bad date, unit or level: one line on stderr, exit 2', async () => {
    for (const args of [
      ['--date', '2026-02-30'],
      ['--unit', '市教育局'],
      ['--level', 'urgent'],
    ]) {
      const r = await reform(['remind', '--ledgers', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^错误：/);
    }
  });

  it('--format json --record: the contract on stdout, the log appended once', async () => {
    const r = await reform([
      'remind',
      '--ledgers',
      dir,
      '--date',
      '2026-11-20',
      '--format',
      'json',
      '--record',
      '--by',
      '李华',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { reminders: { new: boolean }[] };
    expect(j.reminders.filter((x) => x.new)).toHaveLength(7);
    expect(r.stderr).toContain('记录 6 条'); // the circular candidate is not logged
    expect(r.stderr).toContain('通报提醒（待确认）1 项未记录');
    const once = readFileSync(join(dir, 'reminders.yaml'), 'utf8');
    const again = await reform([
      'remind',
      '--ledgers',
      dir,
      '--date',
      '2026-11-20',
      '--record',
      '--by',
      '李华',
    ]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'reminders.yaml'), 'utf8')).toBe(once);
    const check = await reform(['check', '--ledgers', dir]);
    expect(check.code).toBe(0);
  });
});
