import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReconcile, type ReconcileOptions } from '../../src/commands/reconcile.js';
import { UsageError } from '../../src/cli/errors.js';
import { setLang } from '../../src/i18n/index.js';
import { removeTemp, type TempRepo } from '../git/temp-repo.js';
import { scenarioRepo, A, B, C, JULY_5 } from '../reconcile/scenario.js';
import { sink } from '../helpers.js';

let repo: TempRepo;
let dir: string;

beforeAll(() => {
  setLang('zh');
  repo = scenarioRepo().repo;
  dir = join(repo.dir, 'ledgers');
});
afterAll(removeTemp);

async function run(opts: Partial<ReconcileOptions> = {}) {
  const out = sink();
  const err = sink();
  const code = await runReconcile(
    { ledgers: dir, period: '2026H1', now: JULY_5, format: 'json', ...opts },
    out,
    err,
  );
  return {
    code,
    out: out.text(),
    err: err.text(),
    json: opts.format && opts.format !== 'json' ? undefined : JSON.parse(out.text()),
  };
}

describe('reform reconcile (a real repository: baseline tag, then a half year of commits)', () => {
  it('names the baseline revision and the as-of day', async () => {
    const { code, json } = await run();
    expect(code).toBe(0);
    expect(json.period).toBe('2026H1');
    expect(json.as_of).toBe('2026-06-30');
    expect(json.baseline).toMatchObject({
      rev: 'baseline/2026',
      date: '2026-01-05',
      subject: '2026 年改革任务清单（经领导小组批准）',
    });
    expect(json.baseline.sha).toBe(repo.git('rev-parse', 'baseline/2026').trim());
  });

  it('classifies every item of the baseline with a node in the period', async () => {
    const { json } = await run();
    const items = Object.fromEntries(json.items.map((i: { id: string }) => [i.id, i]));
    expect(Object.keys(items).sort()).toEqual([
      'RW-001',
      'RW-002',
      'RW-003',
      'RW-004',
      'RW-005',
      'RW-006',
      'RW-008',
      'RW-009',
      'SD-01',
      'WT-01',
    ]);
    // RW-007 is due in December: not in the first half
    expect(items['RW-001']).toMatchObject({
      result: 'done',
      completed: true,
      on_time: true,
      evidence: true,
      closable: true,
      unit: A,
    });
    expect(items['RW-002']).toMatchObject({
      result: 'done-no-evidence',
      on_time: false,
      evidence: false,
      closable: false,
    });
    // postponed out of the period with approval (record dated before the commit)
    expect(items['RW-003']).toMatchObject({
      result: 'not-due',
      nodes: [{ name: '任务办结', due: '2026-04-30', dueNow: '2026-09-30' }],
    });
    expect(items['RW-003'].postponements).toEqual([
      expect.objectContaining({
        field: 'deadline',
        from: '2026-04-30',
        to: '2026-09-30',
        days: 153,
        approved: true,
      }),
    ]);
    // postponed without approval: judged by the baseline's deadline, 30 days behind on 06-30
    expect(items['RW-004']).toMatchObject({
      result: 'behind',
      days_behind: 30,
      level: 'phone',
      late_node: { name: '任务办结', due: '2026-05-31' },
    });
    expect(items['RW-004'].postponements).toEqual([
      expect.objectContaining({ approved: false, reason: 'no-record' }),
    ]);
    expect(items['RW-005']).toMatchObject({ result: 'removed', unit: C });
    expect(items['RW-006']).toMatchObject({
      result: 'done',
      completed: false,
      on_time: true,
      closable: false,
      carryable: false, // unfinished, but no carry_over reason on record
    });
    // approval recorded after the change (04-10 vs the commit of 04-01): unapproved, due 06-30 (the
    // as-of day), not done: not yet behind, as remind counts it
    expect(items['RW-008']).toMatchObject({ result: 'not-due', days_behind: 0 });
    expect(items['RW-008'].postponements).toEqual([
      expect.objectContaining({ approved: false, reason: 'late-without-ref', changed_on: '2026-04-01' }),
    ]);
    expect(items['RW-009']).toMatchObject({ result: 'withdrawn' });
    expect(items['SD-01']).toMatchObject({
      ledger: 'pilots',
      result: 'done',
      on_time: true,
      closable: false,
    });
    expect(items['WT-01']).toMatchObject({
      ledger: 'problems',
      result: 'done',
      on_time: false,
      completed_on: '2026-05-10',
    });
    expect(json.added).toEqual([
      { id: 'RW-010', ledger: 'tasks', title: '改革任务 RW-010', unit: A, in_period: true },
    ]);
  });

  it("keeps each unit's account, worst first", async () => {
    const { json } = await run();
    expect(json.units).toEqual([
      {
        unit: B,
        due: 2,
        done: 1,
        done_on_time: 1,
        open: 1,
        removed: 0,
        not_due: 2,
        excused: 0,
        unapproved_postponements: 2,
        completion_rate: 0.5,
      },
      {
        unit: C,
        due: 3,
        done: 2,
        done_on_time: 1,
        open: 0,
        removed: 1,
        not_due: 0,
        excused: 1,
        unapproved_postponements: 0,
        completion_rate: 0.6667,
      },
      {
        unit: A,
        due: 2,
        done: 2,
        done_on_time: 1,
        open: 0,
        removed: 0,
        not_due: 0,
        excused: 0,
        unapproved_postponements: 0,
        completion_rate: 1,
      },
    ]);
    expect(json.totals).toMatchObject({
      due: 7,
      done: 5,
      done_on_time: 3,
      open: 1,
      removed: 1,
      not_due: 2,
      excused: 1,
      unapproved_postponements: 2,
    });
  });

  it('reconciles as of today when the period has not ended, and says so', async () => {
    const { json } = await run({ date: '2026-05-01' });
    expect(json.as_of).toBe('2026-05-01');
    const items = Object.fromEntries(json.items.map((i: { id: string }) => [i.id, i]));
    expect(items['RW-001'].result).toBe('not-due'); // due 06-30, not yet completed on 05-01
    expect(items['WT-01']).toMatchObject({ result: 'behind', days_behind: 1 }); // rectified later, on 05-10
    const text = await run({ date: '2026-05-01', format: 'text' });
    expect(text.out).toContain('期末未到，按今天（2026-05-01）计算。');
  });

  it('prints the text, markdown and csv forms', async () => {
    const text = (await run({ format: 'text' })).out;
    expect(text).toMatch(
      /^对账：2026H1（2026-01-01 至 2026-06-30），截至 2026-06-30\n基线：baseline\/2026（[0-9a-f]{10}，2026-01-05）/,
    );
    expect(text).toContain('  市财政局         2     1     1     1   50.0%       0         2       2');
    expect(text).toContain('RW-004 改革任务 RW-004 · 市财政局  落后 30 天，电话提醒，任务办结 2026-05-31');
    expect(text).toContain(
      'deadline: 2026-06-30 → 2026-07-31  延期 31 天，未经批准：事后补录且无批准文号（ref）——修改在 ',
    );
    const md = (await run({ format: 'markdown' })).out;
    expect(md).toContain('| 市财政局 | 2 | 1 | 1 | 1 | 50.0% | 0 | 2 | 2 |');
    expect(md).toContain('**延期 92 天，未经批准：没有对应的调整记录**');
    const csv = (await run({ format: 'csv' })).out;
    expect(csv.startsWith('\uFEFF对账期,编号,台账,名称,单位,对账结果')).toBe(true);
    expect(csv).toContain(
      '2026H1,RW-004,改革任务,改革任务 RW-004,市财政局,到期未办,任务办结 2026-05-31,,,否,否,,30,电话提醒,1,1,1\r\n',
    );
    setLang('en');
    try {
      const en = (await run({ format: 'text' })).out;
      expect(en).toContain('Reconciliation 2026H1 (2026-01-01 to 2026-06-30), as of 2026-06-30');
      expect(en).toContain('postponed 92 days, unapproved: no adjustment record');
    } finally {
      setLang('zh');
    }
  });

  it('takes any revision or a ledger folder as the baseline', async () => {
    const byRev = await run({ baseline: 'HEAD~8' });
    expect(byRev.json.baseline.rev).toBe('HEAD~8');
    expect(byRev.json.units).toEqual((await run()).json.units);
    // a folder: the baseline's files on disk (no history: approvals judged as of today)
    const folder = join(repo.dir, 'baseline-copy');
    repo.git('worktree', 'add', '-q', folder, 'baseline/2026');
    const byFolder = await run({ baseline: join(folder, 'ledgers') });
    expect(byFolder.json.baseline).toEqual({ folder: join(folder, 'ledgers') });
    const items = Object.fromEntries(
      byFolder.json.items.map((i: { id: string; result: string }) => [i.id, i]),
    );
    expect(items['RW-008'].postponements[0]).toMatchObject({ approved: true }); // 04-10 ≤ today
    expect(items['RW-004'].result).toBe('behind');
  });

  it('refuses ledgers that fail reform check', async () => {
    const { repo: broken } = scenarioRepo(1);
    broken.write(
      'ledgers/tasks.yaml',
      readFileSync(join(broken.dir, 'ledgers/tasks.yaml'), 'utf8').replace(
        'deadline: 2026-06-30',
        'deadline: 2026-02-30',
      ),
    );
    const out = sink();
    const err = sink();
    expect(
      await runReconcile({ ledgers: join(broken.dir, 'ledgers'), period: '2026H1', now: JULY_5 }, out, err),
    ).toBe(1);
    expect(out.text()).toBe('');
    expect(err.text()).toMatch(/^台账未通过 reform check（1 个错误），不能据此对账/);
  });
});

describe('reform reconcile: errors that say what to do (exit 2)', () => {
  const fails = async (opts: Partial<ReconcileOptions>, pattern: RegExp, ledgers = dir) => {
    const e = await runReconcile({ ledgers, period: '2026H1', now: JULY_5, ...opts }, sink(), sink()).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).exitCode).toBe(2);
    expect((e as Error).message).toMatch(pattern);
  };

  it('a missing or malformed period or date', async () => {
    await fails({ period: undefined }, /请用 --period 指定对账期/);
    await fails({ period: '2026Q1' }, /对账期 2026Q1 无效/);
    await fails({ date: '2026-02-30' }, /日期 2026-02-30 无效/);
    await fails({ carryOver: true }, /--carry-over 只用于全年对账/);
  });

  it('a missing baseline tag, an unknown revision, a folder outside git', async () => {
    await fails({ period: '2025' }, /找不到基线标签 baseline\/2025。.*git tag baseline\/2025/);
    await fails({ baseline: 'no-such-branch' }, /仓库中没有 git 版本“no-such-branch”/);
    await fails({ baseline: '--output=/tmp/x' }, /不是可用的 git 版本名/);
    const { repo: plain } = scenarioRepo(0);
    plain.remove('.git');
    await fails({}, /不在 git 仓库中/, join(plain.dir, 'ledgers'));
  });

  it('a shallow clone that lacks the history', async () => {
    const clone = join(repo.dir, '..', `${repo.dir.split('/').pop()}-shallow`);
    repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, clone);
    await fails(
      { baseline: repo.git('rev-parse', 'baseline/2026').trim() },
      /浅克隆.*git fetch --unshallow/,
      join(clone, 'ledgers'),
    );
    await fails({}, /浅克隆/, join(clone, 'ledgers'));
  });
});
