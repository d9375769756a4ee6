// The real binary, as CI runs it: each format and exit code.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../helpers.js';
import { BIN, binaryEnv } from './binary.js';

function reform(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: binaryEnv(env) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const clean = join(FIXTURES, 'clean');
const broken = join(FIXTURES, 'broken');

describe('reform check (binary)', () => {
  it('exits 0 on clean ledgers with a Chinese summary', () => {
    const r = reform(['check', '--ledgers', clean]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('台账检查通过');
  });

  it('exits 1 on errors, showing the source line and a caret', () => {
    const r = reform(['check', '--ledgers', broken]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/错误: test\/fixtures\/broken\/tasks.yaml:42:15: 日期无效：2026-02-30/);
    expect(r.out).toContain('42 |     deadline: 2026-02-30\n   |               ^^^^^^^^^^');
    expect(r.out).toMatch(/台账检查未通过。检查了 6 个文件、19 个条目：24 个错误，6 个警告/);
    expect(r.err).toBe('');
  });

  it('speaks English with --lang en or REFORM_LANG=en', () => {
    expect(reform(['check', '--ledgers', broken, '--lang', 'en']).out).toContain(
      'error: test/fixtures/broken/tasks.yaml:42:15: invalid date: 2026-02-30',
    );
    expect(reform(['check', '--ledgers', clean], { REFORM_LANG: 'en' }).out).toContain('the ledgers pass.');
  });

  it('prints the JSON contract', () => {
    const r = reform(['check', '--ledgers', broken, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['ok', 'diagnostics', 'summary']);
    expect(j.ok).toBe(false);
    expect(j.summary).toEqual({ errors: 24, warnings: 6, files: 6, entries: 19 });
    const d = j.diagnostics.find((x: { code: string }) => x.code === 'invalid-date');
    expect(d).toMatchObject({
      severity: 'error',
      code: 'invalid-date',
      file: 'test/fixtures/broken/tasks.yaml',
      line: 42,
      column: 15,
      path: 'tasks[3].deadline',
    });
    expect(typeof d.message).toBe('string');
  });

  it('prints GitHub annotations, escaped, then the full list', () => {
    const r = reform(['check', '--ledgers', broken, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    const ann = lines.filter((l) => l.startsWith('::'));
    expect(ann).toHaveLength(30);
    expect(ann).toContain(
      '::error file=test/fixtures/broken/tasks.yaml,line=42,col=15,title=invalid-date::日期无效：2026-02-30%0A2026年2月没有30日。格式为 YYYY-MM-DD，例如 deadline: 2026-06-30',
    );
    expect(r.out).toContain('台账检查未通过');
  });

  it('fails on warnings with --strict', () => {
    // Ledgers with one warning and no error: they pass, unless --strict.
    const dir = join(FIXTURES, 'warnings-only');
    const plain = reform(['check', '--ledgers', dir]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/0 个错误，1 个警告/);
    expect(reform(['check', '--ledgers', dir, '--strict']).code).toBe(1);
  });

  it('exits 2 with one line for a missing folder or a bad option, never a stack trace', () => {
    const a = reform(['check', '--ledgers', '/no/such/dir']);
    expect(a.code).toBe(2);
    expect(a.err.trim()).toBe('错误：台账目录 /no/such/dir 不存在');
    const b = reform(['check', '--bogus']);
    expect(b.code).toBe(2);
    expect(b.err.trim()).toBe('错误：未知选项 --bogus');
    const c = reform(['check', '--format', 'xml', '--ledgers', clean]);
    expect(c.code).toBe(2);
    expect(c.err).not.toMatch(/\bat \w+ \(/);
  });

  it('has Chinese help by default and English help with --lang en', () => {
    const zh = reform(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('用法：');
    expect(zh.out).toContain('校验台账文件');
    const en = reform(['check', '--help', '--lang', 'en']);
    expect(en.out).toContain('Usage:');
    expect(en.out).toContain('validate the ledger files');
    expect(reform(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('stops quietly when the reader of its output stops early (| head)', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/reform.js report --quarter 2026Q3 --format markdown | head -1`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toMatch(/^# .*督察报告\n$/);
    expect(r.stderr).toBe('');
  });

  it('shows the help when no command is given', () => {
    const r = reform([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('命令：');
    expect(r.out).toMatch(/remind \[选项\]\s+五级提醒/);
  });
});
