// `reform report` in-process: formats, -o, narrowing, and the errors a clerk can meet.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReport, resolveFormat, type ReportCommandOptions } from '../../src/commands/report.js';
import { UsageError } from '../../src/cli/errors.js';
import { setLang } from '../../src/i18n/index.js';
import { copyFixture, NOW, sink } from '../helpers.js';

let dir: string;
beforeEach(() => {
  dir = copyFixture('report');
  setLang('zh');
});
afterEach(() => {
  rmSync(dirname(dir), { recursive: true, force: true });
  setLang('zh');
});

async function run(extra: Partial<ReportCommandOptions> = {}) {
  const out = sink();
  const err = sink();
  const code = await runReport({ ledgers: dir, now: NOW, ...extra }, out, err);
  return { code, out: out.text(), err: err.text() };
}

describe('reform report', () => {
  it('prints the Markdown report of the quarter asked for', async () => {
    const r = await run({ quarter: '2026Q3' });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^# 市委改革办关于2026年第三季度改革任务落实情况的督察报告\n/);
    expect(r.out).toContain('（数据截至2026年9月30日）');
  });

  it('defaults to the running quarter as of today (in the policy time zone)', async () => {
    const r = await run({ format: 'json' });
    const data = JSON.parse(r.out);
    expect(data.period).toMatchObject({ label: '2026Q4', as_of: '2026-11-20', complete: false });
    expect(data.comparison.previous).toEqual({ label: '2026Q3', as_of: '2026-09-30' });
  });

  it('accepts 2026-Q3 and a --date within the quarter', async () => {
    const r = await run({ quarter: '2026-Q3', date: '2026-08-15', format: 'json' });
    expect(JSON.parse(r.out).period).toMatchObject({ label: '2026Q3', as_of: '2026-08-15', complete: false });
  });

  it('writes -o FILE in the format of its extension, atomically, and says so', async () => {
    const outDir = dirname(dir);
    for (const [file, check] of [
      ['r.md', (t: string) => t.startsWith('# 市委改革办')],
      ['r.html', (t: string) => t.startsWith('<!DOCTYPE html>')],
      ['r.json', (t: string) => JSON.parse(t).period.label === '2026Q3'],
      ['r.csv', (t: string) => t.startsWith('\uFEFF序号,牵头单位')],
    ] as const) {
      const path = join(outDir, file);
      const r = await run({ quarter: '2026Q3', output: path });
      expect(r.code, file).toBe(0);
      expect(r.out).toBe(`已写入 ${path}（2026Q3，数据截至 2026-09-30）\n`);
      expect(check(readFileSync(path, 'utf8')), file).toBe(true);
    }
    expect(readdirSync(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing output file whole', async () => {
    const path = join(dirname(dir), 'old.md');
    writeFileSync(path, 'x'.repeat(200_000));
    await run({ quarter: '2026Q3', output: path });
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# ')).toBe(true);
    expect(text).not.toContain('xxxx');
  });

  it('narrows to one unit or group; aliases are accepted', async () => {
    const unit = JSON.parse((await run({ quarter: '2026Q3', unit: '发改委', format: 'json' })).out);
    expect(unit.scope).toEqual({ unit: '市发展改革委' });
    expect(unit.units.map((u: { unit: string }) => u.unit)).toEqual(['市发展改革委']);
    const md = (await run({ quarter: '2026Q3', group: '民生组' })).out;
    expect(md).toMatch(/^# 市委改革办关于民生领域改革专项小组2026年第三季度改革任务落实情况的督察报告/);
    expect(md).toContain('对截至2026年9月30日民生领域改革专项小组负责的改革事项的落实情况');
  });

  it('refuses what it cannot do with a usage error (exit 2)', async () => {
    const cases: [Partial<ReportCommandOptions>, RegExp][] = [
      [{ unit: '市教委' }, /未知单位 市教委/],
      [{ unit: '教育' }, /是否应为 市教育局/],
      [{ group: '改革组' }, /未知专项小组 改革组/],
      [{ group: '市教育局' }, /市教育局 不是专项小组（units.yaml 中其类别为部门）/],
      [{ quarter: '2026Q3', date: '2026-10-01' }, /--date 2026-10-01 不在 2026Q3/],
      [{ quarter: 'Q3' }, /季度 Q3 无效/],
      [{ date: '2026-09-31' }, /日期 2026-09-31 无效/],
      [{ quarter: '2027Q1' }, /2027Q1 尚未开始/],
      [{ output: 'report.txt' }, /无法从文件名 report.txt 判断输出格式/],
      [{ output: 'report.md', format: 'html' }, /--format html 与输出文件 report.md 的扩展名不一致/],
      [{ quarter: '2026Q3', output: '/nonexistent-dir/r.md' }, /无法写入 \/nonexistent-dir\/r.md：ENOENT/],
    ];
    for (const [opts, msg] of cases) {
      const p = run(opts);
      await expect(p, JSON.stringify(opts)).rejects.toThrow(UsageError);
      await expect(run(opts)).rejects.toThrow(msg);
    }
    expect(existsSync('/nonexistent-dir')).toBe(false);
  });

  it('refuses to report from ledgers that fail reform check (exit 1)', async () => {
    const tasks = join(dir, 'tasks.yaml');
    writeFileSync(tasks, readFileSync(tasks, 'utf8').replace('deadline: 2026-12-15', 'deadline: 2026-02-30'));
    const r = await run({ quarter: '2026Q3' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `台账未通过 reform check（1 个错误），不能据此生成报告；请先运行 reform check --ledgers ${dir} 查看详情并修正\n`,
    );
  });

  it('speaks English with --lang en', async () => {
    setLang('en');
    const r = await run({ quarter: '2026Q3' });
    expect(r.out).toContain('## 1. Overview');
    await expect(run({ unit: 'nobody' })).rejects.toThrow('unknown unit nobody');
  });
});

describe('resolveFormat', () => {
  it('--format, else the extension, else markdown', () => {
    expect(resolveFormat(undefined, undefined)).toBe('markdown');
    expect(resolveFormat('csv', undefined)).toBe('csv');
    expect(resolveFormat(undefined, 'a/b.HTML')).toBe('html');
    expect(resolveFormat(undefined, 'x.markdown')).toBe('markdown');
    expect(resolveFormat('json', 'x.out')).toBe('json');
  });
});
