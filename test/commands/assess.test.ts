// `reform assess` in-process on the sample ledgers: the JSON contract, the interim wording, the
// reconciliation sheet, the approved schedule from a baseline folder, and the errors.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAssess, type AssessOptions } from '../../src/commands/assess.js';
import { UsageError } from '../../src/cli/errors.js';
import { setLang } from '../../src/i18n/index.js';
import { NOW, ROOT, sink } from '../helpers.js';
import { removeTemp } from '../git/temp-repo.js';
import { B, C, JULY_5, scenarioRepo } from '../reconcile/scenario.js';

let tmp: string;
let dir: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'reform-assess-'));
  dir = join(tmp, 'ledgers');
  cpSync(join(ROOT, 'ledgers'), dir, { recursive: true });
  setLang('zh');
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
  setLang('zh');
});

async function run(extra: Partial<AssessOptions> = {}) {
  const out = sink();
  const err = sink();
  const code = await runAssess({ ledgers: dir, now: NOW, year: '2026', ...extra }, out, err);
  return { code, out: out.text(), err: err.text() };
}

interface Json {
  year: number;
  as_of: string;
  units: {
    unit: string;
    score: number;
    grade: string;
    rank: number;
    base: number;
    entries: { points: number; date: string | null }[];
  }[];
  groups: { group: string; score: number; base: number; entries: { points: number }[] }[];
}

describe('reform assess', () => {
  it('the JSON contract, as of today while the year runs', async () => {
    const r = await run({ format: 'json' });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as Json;
    expect(Object.keys(data)).toEqual(['year', 'as_of', 'units', 'groups']);
    expect(data).toMatchObject({ year: 2026, as_of: '2026-11-20' });
    expect(data.units.length).toBeGreaterThan(10);
    expect(data.groups.length).toBeGreaterThan(0);
    for (const u of data.units) {
      expect(Object.keys(u)).toEqual(['unit', 'score', 'grade', 'rank', 'base', 'entries']);
      expect(['优秀', '良好', '一般', '较差']).toContain(u.grade);
      const sum = u.entries.reduce((s, e) => s + e.points, 0);
      expect(Math.abs(u.base + sum - u.score)).toBeLessThan(1e-9);
      for (const e of u.entries) expect(Object.keys(e)).toEqual(['rule', 'item', 'node', 'date', 'points']);
    }
    expect(Object.keys(data.groups[0]!)).toEqual(['group', 'score', 'grade', 'rank', 'base', 'entries']);
    // ranks ascend with falling scores
    for (let i = 1; i < data.units.length; i++)
      expect(data.units[i]!.score).toBeLessThanOrEqual(data.units[i - 1]!.score);
    // no baseline tag in a plain folder: said once on stderr
    expect(r.err).toContain('未经批准延期、擅自删除事项');
  });

  it('nothing dated after --date counts', async () => {
    const early = JSON.parse((await run({ format: 'json', date: '2026-03-31' })).out) as Json;
    for (const u of early.units)
      for (const e of u.entries) if (e.date) expect(e.date <= '2026-03-31').toBe(true);
    const late = JSON.parse((await run({ format: 'json' })).out) as Json;
    const count = (d: Json) => d.units.reduce((s, u) => s + u.entries.length, 0);
    expect(count(early)).toBeLessThan(count(late));
  });

  it('text: the interim wording inside the year, ranking and details', async () => {
    const r = await run({ date: '2026-09-30' });
    expect(r.out).toMatch(/^市委改革办2026年度改革工作考核结果\n考核截至 2026年9月30日\n阶段性结果/);
    expect(r.out).toContain('各单位得分和等次');
    expect(r.out).toContain('扣分、加分明细');
    const final = await run({ date: '2026-12-31' });
    expect(final.out).toContain('年终考核结果');
    expect(final.out).not.toContain('阶段性结果');
  });

  it('--unit: the reconciliation sheet with a place to sign', async () => {
    const r = await run({ unit: '市发改委' });
    expect(r.out).toMatch(/^市发展改革委2026年度改革工作考核对账确认单\n/);
    expect(r.out).toContain('RW-2026-001');
    expect(r.out).toContain('单位负责人（签字）');
    expect(r.out).toContain('日期：        年    月    日');
    const md = await run({ unit: '市发展改革委', format: 'markdown' });
    expect(md.out).toContain('| 序号 | 事项 | 事项名称 | 角色 | 结果 | 完成日期 | 分值 |');
  });

  it('markdown and csv', async () => {
    const md = await run({ format: 'markdown' });
    expect(md.out).toContain('| 名次 | 单位 | 得分 | 等次 |');
    const csv = await run({ format: 'csv' });
    expect(csv.out.startsWith('\uFEFF类别,单位,名次,得分')).toBe(true);
  });

  it('unapproved postponements and deleted items from the approved schedule (git baseline)', async () => {
    const { repo } = scenarioRepo();
    const ledgers = join(repo.dir, 'ledgers');
    const rules = readFileSync(join(dir, 'policy.yaml'), 'utf8').replace(
      /^[\s\S]*?\nassessment:/,
      'assessment:',
    );
    writeFileSync(join(ledgers, 'policy.yaml'), rules);
    const r = await run({ ledgers, format: 'json', date: '2026-07-05', now: JULY_5, baselineCache: false });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const data = JSON.parse(r.out) as {
      units: { unit: string; entries: { rule: string; item: string; node: string | null; date: string }[] }[];
    };
    const entries = (u: string) => data.units.find((x) => x.unit === u)!.entries;
    // RW-004: 05-31 moved to 08-31 without any record: deducted (dated the as-of day: no approval
    // to weigh, so the history was not asked for the day of the change), and judged at 05-31
    expect(entries(B)).toContainEqual({
      rule: 'unapproved_postponement',
      item: 'RW-004',
      node: '任务办结',
      date: '2026-07-05',
      points: -3,
    });
    expect(entries(B)).toContainEqual(
      expect.objectContaining({ rule: 'open_node', item: 'RW-004', date: '2026-05-31' }),
    );
    // RW-008: moved on 04-01, the approval recorded only on 04-10: unapproved, dated the change
    expect(entries(B)).toContainEqual({
      rule: 'unapproved_postponement',
      item: 'RW-008',
      node: '任务办结',
      date: '2026-04-01',
      points: -3,
    });
    // RW-003 moved with approval: nothing
    expect(entries(B).some((e) => e.item === 'RW-003')).toBe(false);
    // RW-005 deleted since the baseline: deducted, and still judged at its baseline date
    expect(entries(C)).toContainEqual({
      rule: 'deleted_item',
      item: 'RW-005',
      node: null,
      date: '2026-07-05',
      points: -5,
    });
    expect(entries(C)).toContainEqual(
      expect.objectContaining({ rule: 'open_node', item: 'RW-005', date: '2026-06-15' }),
    );
    // without the baseline: the two rules are not applied, and stderr says why
    const off = await run({ ledgers, format: 'json', date: '2026-07-05', now: JULY_5, baseline: false });
    expect(off.err).toContain('--no-baseline');
    expect(off.out).not.toContain('unapproved_postponement');
    removeTemp();
  });

  it('usage errors: bad year, date outside the year, unknown unit, xlsx without -o, no rules', async () => {
    await expect(run({ year: '26' })).rejects.toThrow(UsageError);
    await expect(run({ date: '2025-12-31' })).rejects.toThrow(/不在 2026 年度内/);
    await expect(run({ unit: '不存在的局' })).rejects.toThrow(/找不到单位/);
    await expect(run({ format: 'xlsx' })).rejects.toThrow(/-o/);
    await expect(run({ unit: '经济体制和生态文明体制改革专项小组' })).rejects.toThrow(/不在考核对象中/);
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace(/\nassessment:[\s\S]*$/, '\n'));
    await expect(run()).rejects.toThrow(/没有考核办法/);
  });

  it('English with --lang en', async () => {
    setLang('en');
    const r = await run({ date: '2026-09-30' });
    expect(r.out).toMatch(/^市委改革办: reform assessment 2026\nas of 2026-09-30\nInterim result/);
  });
});
