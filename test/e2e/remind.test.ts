// End-to-end: the built binary (`npm test` builds it first), as a clerk runs it.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'test', 'commands', 'fixtures', 'remind');

function reform(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'reform.js'), ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1', REFORM_LANG: '' }, encoding: 'utf8' },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

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
