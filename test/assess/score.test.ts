import { describe, expect, it } from 'vitest';
import { assessYear, capEntries, gradeFor, promotionLevel } from '../../src/assess/score.js';
import type { ScheduleInputs } from '../../src/assess/schedule.js';
import type { ScoredAccount } from '../../src/assess/types.js';
import { defaultsPolicy } from '../../src/ledger/load.js';
import type { Ledger } from '../../src/ledger/types.js';
import type { Assessment } from '../../src/schema/assessment.js';
import { policyFile } from '../../src/schema/policy.js';
import type { Pilot, Problem, Task, Unit } from '../../src/schema/index.js';

const UNITS: Unit[] = [
  { name: '市委改革办', kind: 'office' },
  { name: '经济专项小组', kind: 'group' },
  { name: '市发展改革委', kind: 'department', aliases: ['市发改委'] },
  { name: '市财政局', kind: 'department' },
  { name: '东城区', kind: 'county' },
];

/** One point for each rule, so that a test sees which rule fired. */
const RULES: Assessment = {
  base: 100,
  deductions: {
    late_node: 1,
    open_node: 2,
    reminder: { phone: 0.5, written: 1, onsite: 2, circular: 3 },
    circular: 4,
    interview: 5,
    unapproved_postponement: 6,
    deleted_item: 7,
    problem_late: 1.5,
    problem_open: 2.5,
    pilot_over_term: 3.5,
  },
  additions: { promoted: { national: 3, provincial: 2, municipal: 1 }, early: 0.5, early_days: 30 },
  grades: { excellent: 95, good: 85, fair: 70 },
};

function task(fields: Partial<Task> = {}): Task {
  return {
    id: 'RW-1',
    title: '任务',
    lead_leader: '张三',
    lead_unit: '市发展改革委',
    measures: '措施',
    deliverable: '成果',
    deadline: '2026-12-31',
    ...fields,
  } as Task;
}
function pilot(fields: Partial<Pilot> = {}): Pilot {
  return {
    id: 'SD-1',
    title: '试点',
    level: 'municipal',
    origin: 'self',
    lead_leader: '李四',
    lead_unit: '东城区',
    plan: '方案',
    team: ['东城区委改革办'],
    start: '2026-01-01',
    end: '2026-12-31',
    ...fields,
  } as Pilot;
}
function problem(fields: Partial<Problem> = {}): Problem {
  return {
    id: 'WT-1',
    found_on: '2026-02-01',
    found_by: 'special',
    description: '问题',
    unit: '市财政局',
    deadline: '2026-05-31',
    ...fields,
  } as Problem;
}

function ledger(
  items: { tasks?: Task[]; pilots?: Pilot[]; problems?: Problem[] },
  rules: Partial<Assessment> = {},
): Ledger {
  const policy = defaultsPolicy();
  policy.assessment = { ...RULES, ...rules };
  return {
    dir: '.',
    policy,
    tasks: items.tasks ?? [],
    pilots: items.pilots ?? [],
    problems: items.problems ?? [],
    units: UNITS,
    leaders: [],
    reminders: [],
  };
}

const unit = (accs: ScoredAccount[], name: string) => accs.find((a) => a.name === name)!;
const rules = (a: ScoredAccount) => a.entries.map((e) => e.rule);

function run(l: Ledger, asOf = '2026-12-31', schedule?: ScheduleInputs) {
  return assessYear(l, { year: 2026, asOf, ...(schedule ? { schedule } : {}) });
}

describe('deductions, one rule at a time', () => {
  it('a node met late: one entry on the day it was done', () => {
    const l = ledger({
      tasks: [task({ milestones: [{ name: '上报方案', due: '2026-03-31', done_on: '2026-04-05' }] })],
    });
    const a = unit(run(l, '2026-06-30').units, '市发展改革委');
    expect(a.entries).toEqual([
      { rule: 'late_node', item: 'RW-1', node: '上报方案', date: '2026-04-05', points: -1 },
    ]);
    expect(a.score).toBe(99);
  });

  it('a node done after the as-of day is still open on it', () => {
    const l = ledger({
      tasks: [task({ milestones: [{ name: '上报方案', due: '2026-03-31', done_on: '2026-04-05' }] })],
    });
    const a = unit(run(l, '2026-04-03').units, '市发展改革委');
    expect(a.entries).toEqual([
      { rule: 'open_node', item: 'RW-1', node: '上报方案', date: '2026-03-31', points: -2 },
    ]);
  });

  it('a node open past its due day at the year end', () => {
    const l = ledger({ tasks: [task({ deadline: '2026-12-20' })] });
    const a = unit(run(l).units, '市发展改革委');
    expect(rules(a)).toEqual(['open_node']);
    expect(a.entries[0]).toMatchObject({ node: '任务办结', date: '2026-12-20' });
  });

  it('the highest reminder level each delay reached, on the day it reached it', () => {
    // due 03-31, done 06-15: behind 04-01 … 06-14 = 75 days → circular on day 61 (05-31)
    const l = ledger({
      tasks: [task({ milestones: [{ name: '文件出台', due: '2026-03-31', done_on: '2026-06-15' }] })],
    });
    const a = unit(run(l).units, '市发展改革委');
    expect(a.entries).toEqual([
      { rule: 'reminder.circular', item: 'RW-1', node: '文件出台', date: '2026-05-31', points: -3 },
      { rule: 'late_node', item: 'RW-1', node: '文件出台', date: '2026-06-15', points: -1 },
    ]);
  });

  it('a level reached after the as-of day does not count', () => {
    const l = ledger({
      tasks: [task({ milestones: [{ name: '文件出台', due: '2026-03-31', done_on: '2026-06-15' }] })],
    });
    // 04-01 … 04-20 = 20 days: phone only
    const a = unit(run(l, '2026-04-20').units, '市发展改革委');
    expect(a.entries.map((e) => [e.rule, e.date])).toEqual([
      ['open_node', '2026-03-31'],
      ['reminder.phone', '2026-04-15'],
    ]);
  });

  it('two separate delays are two reminders', () => {
    const l = ledger({
      tasks: [
        task({
          milestones: [
            { name: '上报方案', due: '2026-02-28', done_on: '2026-03-20' },
            { name: '文件出台', due: '2026-06-30', done_on: '2026-08-20' },
          ],
        }),
      ],
    });
    const a = unit(run(l).units, '市发展改革委');
    expect(a.entries.filter((e) => e.rule.startsWith('reminder')).map((e) => e.rule)).toEqual([
      'reminder.phone',
      'reminder.onsite',
    ]);
  });

  it('decided circulars and interviews, in the year and by the as-of day', () => {
    const esc = (level: 'circular' | 'interview', decided_on: string) => ({
      level,
      decided_on,
      by: '市委改革委员会',
      reason: '严重滞后',
    });
    const l = ledger({
      tasks: [
        task({
          escalations: [
            esc('circular', '2025-12-20'),
            esc('circular', '2026-05-10'),
            esc('interview', '2026-08-01'),
          ],
        }),
      ],
    });
    expect(rules(unit(run(l, '2026-07-01').units, '市发展改革委'))).toEqual(['circular']);
    expect(rules(unit(run(l).units, '市发展改革委'))).toEqual(['circular', 'interview']);
  });

  it('unapproved postponements and deleted items come from the approved schedule', () => {
    const l = ledger({ tasks: [task()] });
    const schedule: ScheduleInputs = {
      postponements: [
        {
          item: 'RW-1',
          ledger: 'tasks',
          node: '任务办结',
          date: '2026-09-01',
          from: '2026-10-31',
          to: '2026-12-31',
        },
      ],
      deleted: [
        {
          item: 'RW-9',
          ledger: 'tasks',
          title: '被删除的任务',
          unit: '市财政局',
          responsible: [],
          date: '2026-12-31',
        },
      ],
    };
    const res = run(l, '2026-12-31', schedule);
    expect(unit(res.units, '市发展改革委').entries).toEqual([
      { rule: 'unapproved_postponement', item: 'RW-1', node: '任务办结', date: '2026-09-01', points: -6 },
    ]);
    expect(unit(res.units, '市财政局').entries).toEqual([
      { rule: 'deleted_item', item: 'RW-9', node: null, date: '2026-12-31', points: -7 },
    ]);
    expect(unit(res.units, '市财政局').items[0]).toMatchObject({ item: 'RW-9', result: 'deleted' });
    expect(res.notApplied).toEqual([]);
    // without a schedule the two rules are reported as not applied
    expect(run(l).notApplied).toEqual(['unapproved_postponement', 'deleted_item']);
  });

  it('a problem rectified late, and one still open past its deadline', () => {
    const l = ledger({
      problems: [
        problem({ id: 'WT-1', rectified_on: '2026-06-10' }),
        problem({ id: 'WT-2', deadline: '2026-11-30' }),
      ],
    });
    const a = unit(run(l).units, '市财政局');
    expect(a.entries.filter((e) => e.rule.startsWith('problem'))).toEqual([
      { rule: 'problem_late', item: 'WT-1', node: '整改完成', date: '2026-06-10', points: -1.5 },
      { rule: 'problem_open', item: 'WT-2', node: '整改完成', date: '2026-11-30', points: -2.5 },
    ]);
  });

  it('a problem found after the as-of day does not count', () => {
    const l = ledger({ problems: [problem({ found_on: '2026-07-01', deadline: '2026-07-10' })] });
    expect(unit(run(l, '2026-06-30').units, '市财政局').entries).toEqual([]);
  });

  it('a pilot past its term', () => {
    const l = ledger({ pilots: [pilot({ end: '2026-10-31' })] });
    const a = unit(run(l).units, '东城区');
    expect(a.entries.find((e) => e.rule === 'pilot_over_term')).toEqual({
      rule: 'pilot_over_term',
      item: 'SD-1',
      node: null,
      date: '2026-11-01',
      points: -3.5,
    });
  });
});

describe('additions', () => {
  it('a promoted pilot by the level of the body that promoted it', () => {
    expect(promotionLevel('国家发展改革委')).toBe('national');
    expect(promotionLevel('国务院办公厅')).toBe('national');
    expect(promotionLevel('省委改革办')).toBe('provincial');
    expect(promotionLevel('市委改革办')).toBe('municipal');
    const l = ledger({
      pilots: [
        pilot({
          completed_on: '2026-06-30',
          outcome: {
            summary: '经验',
            promoted: [
              { by: '省委改革办', on: '2026-09-10' },
              { by: '国务院办公厅', on: '2027-01-10' },
            ],
          },
        }),
      ],
    });
    const a = unit(run(l).units, '东城区');
    expect(a.entries).toContainEqual({
      rule: 'promoted.provincial',
      item: 'SD-1',
      node: null,
      date: '2026-09-10',
      points: 2,
    });
    expect(rules(a)).not.toContain('promoted.national');
  });

  it('an item finished early by at least early_days', () => {
    const l = ledger({
      tasks: [
        task({ id: 'RW-1', deadline: '2026-12-31', completed_on: '2026-11-01', evidence: '文件' }),
        task({ id: 'RW-2', deadline: '2026-12-31', completed_on: '2026-12-15', evidence: '文件' }),
      ],
    });
    const a = unit(run(l).units, '市发展改革委');
    expect(a.entries).toEqual([{ rule: 'early', item: 'RW-1', node: null, date: '2026-11-01', points: 0.5 }]);
    expect(a.items.map((i) => [i.item, i.result])).toEqual([
      ['RW-1', 'done-early'],
      ['RW-2', 'done-on-time'],
    ]);
  });
});

describe('caps, sharing, exclusions, grades', () => {
  const lateTasks = (n: number, unitName = '市发展改革委') =>
    Array.from({ length: n }, (_, i) =>
      task({
        id: `RW-${i + 1}`,
        lead_unit: unitName,
        milestones: [{ name: '上报方案', due: '2026-03-31', done_on: '2026-04-02' }],
      }),
    );

  it('a per-rule cap gives points back as its own entry', () => {
    const l = ledger({ tasks: lateTasks(6) }, { caps: { per_rule: { late_node: 4 } } });
    const a = unit(run(l).units, '市发展改革委');
    expect(a.entries.at(-1)).toEqual({
      rule: 'cap.late_node',
      item: null,
      node: null,
      date: null,
      points: 2,
    });
    expect(a.score).toBe(96);
  });

  it('the unit caps on deductions and additions', () => {
    expect(
      capEntries(
        [
          { rule: 'late_node', item: 'A', node: 'x', date: '2026-01-01', points: -8 },
          { rule: 'early', item: 'B', node: null, date: '2026-01-01', points: 3 },
        ],
        { deductions: 5, additions: 1 },
      ),
    ).toEqual([
      { rule: 'cap.deductions', item: null, node: null, date: null, points: 3 },
      { rule: 'cap.additions', item: null, node: null, date: null, points: -2 },
    ]);
  });

  it('lead only: a responsible unit is not charged', () => {
    const l = ledger({ tasks: [task({ deadline: '2026-06-30', responsible_units: ['市财政局'] })] });
    expect(unit(run(l).units, '市财政局').entries).toEqual([]);
  });

  it('shared: a responsible unit carries the weighted share', () => {
    const l = ledger(
      { tasks: [task({ deadline: '2026-06-30', responsible_units: ['市财政局', '市发改委'] })] },
      { sharing: { mode: 'shared', weight: 0.5 } },
    );
    const res = run(l);
    expect(unit(res.units, '市财政局').entries).toEqual([
      { rule: 'shared.open_node', item: 'RW-1', node: '任务办结', date: '2026-06-30', points: -1 },
      { rule: 'shared.reminder.circular', item: 'RW-1', node: '任务办结', date: '2026-08-30', points: -1.5 },
    ]);
    // the lead listed as its own responsible unit (by alias) is not charged twice
    expect(unit(res.units, '市发展改革委').entries.every((e) => !e.rule.startsWith('shared.'))).toBe(true);
  });

  it('exclusions: suspended, withdrawn, carried over, listed', () => {
    const decision = { on: '2026-05-01', reason: '政策调整', approved_by: '市委改革委员会' };
    const l = ledger(
      {
        tasks: [
          task({ id: 'RW-1', deadline: '2026-03-31', suspended: decision }),
          task({ id: 'RW-2', deadline: '2026-03-31', withdrawn: decision }),
          task({ id: 'RW-3', deadline: '2026-03-31', carried_over: { to: '2027', on: '2026-12-31' } }),
          task({ id: 'RW-4', deadline: '2026-03-31' }),
        ],
      },
      { exclude: ['suspended', 'withdrawn', 'carried_over'], exclude_items: ['RW-4'] },
    );
    const a = unit(run(l).units, '市发展改革委');
    expect(a.entries).toEqual([]);
    expect(a.items.map((i) => [i.item, i.result, i.excludedBy])).toEqual([
      ['RW-1', 'excluded', 'suspended'],
      ['RW-2', 'excluded', 'withdrawn'],
      ['RW-3', 'excluded', 'carried_over'],
      ['RW-4', 'excluded', 'listed'],
    ]);
  });

  it('grade bands, ranks with ties, the 优秀 quota and 点名通报', () => {
    expect(gradeFor(95, RULES.grades)).toBe('excellent');
    expect(gradeFor(94.99, RULES.grades)).toBe('good');
    expect(gradeFor(70, RULES.grades)).toBe('fair');
    expect(gradeFor(69.5, RULES.grades)).toBe('poor');
    const l = ledger(
      { tasks: [...lateTasks(1, '市财政局'), ...lateTasks(40).map((t) => ({ ...t, id: `X-${t.id}` }))] },
      { excellent_quota: 0.34, named: { grades: ['poor'], deductions_over: 30 } },
    );
    const res = run(l);
    expect(res.units.map((u) => [u.name, u.score, u.rank, u.grade])).toEqual([
      ['东城区', 100, 1, 'excellent'],
      ['市财政局', 99, 2, 'good'], // over the quota of 1 (floor(0.34 × 3))
      ['市发展改革委', 60, 3, 'poor'],
    ]);
    expect(res.excellentQuota).toBe(1);
    expect(unit(res.units, '市发展改革委').named).toEqual(['grade', 'deductions']);
    expect(unit(res.units, '市财政局').named).toEqual([]);
  });

  it('groups are scored over their tasks', () => {
    const l = ledger({ tasks: [task({ deadline: '2026-06-30', group: '经济专项小组' })] });
    const res = run(l);
    expect(res.groups.map((g) => g.name)).toEqual(['经济专项小组']);
    expect(res.groups[0]!.entries.map((e) => e.rule)).toEqual(
      unit(res.units, '市发展改革委').entries.map((e) => e.rule),
    );
  });

  it('an interim result before the year end', () => {
    expect(run(ledger({}), '2026-11-20').interim).toBe(true);
    expect(run(ledger({}), '2026-12-31').interim).toBe(false);
  });
});

describe('the rules in policy.yaml', () => {
  it('grade lines must descend', () => {
    const bad = policyFile.safeParse({
      assessment: { base: 100, grades: { excellent: 80, good: 90, fair: 70 } },
    });
    expect(bad.success).toBe(false);
  });
  it('an unknown rule is an error', () => {
    const bad = policyFile.safeParse({
      assessment: { base: 100, deductions: { late_nodes: 1 }, grades: { excellent: 95, good: 85, fair: 70 } },
    });
    expect(bad.success).toBe(false);
  });
});
