import { describe, expect, it } from 'vitest';
import {
  assessAll,
  assessItem,
  currentDelay,
  FINAL_NODE,
  levelFor,
  nodesOf,
  uncoveredYears,
  type DelayOptions,
} from '../../src/domain/delay.js';
import { addDays } from '../../src/domain/dates.js';
import { createWorkdayCalendar } from '../../src/domain/workdays.js';
import { defaultsPolicy } from '../../src/ledger/load.js';
import type { Ledger } from '../../src/ledger/types.js';
import type { Pilot, Policy, Problem, Task } from '../../src/schema/index.js';

const policy = defaultsPolicy();
const opts = (asOf: string, p: Policy = policy): DelayOptions => ({ asOf, policy: p });

function task(fields: Partial<Task> = {}): Task {
  return {
    id: 'RW-2026-001',
    title: '深化营商环境改革',
    lead_leader: '张三',
    lead_unit: '市发展改革委',
    measures: '出台实施意见',
    deliverable: '实施意见',
    deadline: '2026-03-01',
    ...fields,
  } as Task;
}

function pilot(fields: Partial<Pilot> = {}): Pilot {
  return {
    id: 'SD-2026-01',
    title: '综合改革试点',
    level: 'municipal',
    origin: 'assigned',
    lead_leader: '李四',
    lead_unit: '东城区',
    plan: '试点方案',
    team: ['东城区委改革办'],
    start: '2026-01-01',
    end: '2026-06-30',
    ...fields,
  } as Pilot;
}

function problem(fields: Partial<Problem> = {}): Problem {
  return {
    id: 'WT-2026-001',
    found_on: '2026-01-10',
    found_by: 'special',
    description: '审批事项未按期下放',
    unit: '市政务服务局',
    deadline: '2026-03-01',
    ...fields,
  } as Problem;
}

describe('levelFor (default bands 15/31/46/61)', () => {
  it.each([
    [0, undefined],
    [14, undefined],
    [15, 'phone'],
    [30, 'phone'],
    [31, 'written'],
    [45, 'written'],
    [46, 'onsite'],
    [60, 'onsite'],
    [61, 'circular'],
    [400, 'circular'],
  ])('%i days → %s', (days, level) => {
    expect(levelFor(days, policy.bands)).toBe(level);
  });

  it('follows the policy, not fixed numbers', () => {
    const bands = { phone: 5, written: 10, onsite: 20, circular: 30 };
    expect(levelFor(4, bands)).toBeUndefined();
    expect(levelFor(5, bands)).toBe('phone');
    expect(levelFor(29, bands)).toBe('onsite');
    expect(levelFor(30, bands)).toBe('circular');
  });
});

describe('days behind of a single node', () => {
  it('is behind from the day after the due day: due 03-01 → 15 days on 03-16', () => {
    const s = assessItem(task({ deadline: '2026-03-01' }), 'tasks', opts('2026-03-16'));
    expect(s.state).toBe('behind');
    expect(s.daysBehind).toBe(15);
    expect(s.behindSince).toBe('2026-03-02');
    expect(s.level).toBe('phone');
    expect(s.node).toEqual({ name: '任务办结', due: '2026-03-01' });
  });

  it('is not behind on the due day itself', () => {
    const s = assessItem(task({ deadline: '2026-03-01' }), 'tasks', opts('2026-03-01'));
    expect(s.state).toBe('on-schedule');
    expect(s.daysBehind).toBe(0);
    expect(s.level).toBeUndefined();
    expect(s.node).toBeUndefined();
    expect(assessItem(task({ deadline: '2026-03-01' }), 'tasks', opts('2026-03-02')).daysBehind).toBe(1);
  });

  it.each([
    [14, undefined],
    [15, 'phone'],
    [30, 'phone'],
    [31, 'written'],
    [45, 'written'],
    [46, 'onsite'],
    [60, 'onsite'],
    [61, 'circular'],
  ])('band edge: %i days behind → %s', (days, level) => {
    const asOf = addDays('2026-03-01', days);
    const s = assessItem(task({ deadline: '2026-03-01' }), 'tasks', opts(asOf));
    expect(s.daysBehind).toBe(days);
    expect(s.level).toBe(level);
  });

  it('counts across months and years', () => {
    expect(assessItem(task({ deadline: '2026-01-31' }), 'tasks', opts('2026-03-01')).daysBehind).toBe(29);
    expect(assessItem(task({ deadline: '2025-12-31' }), 'tasks', opts('2026-01-01')).daysBehind).toBe(1);
  });
});

describe('several nodes', () => {
  const milestones = (a: { due: string; done_on?: string }, b: { due: string; done_on?: string }) => [
    { name: '上报方案', ...a },
    { name: '文件出台', ...b },
  ];

  it('overlapping late nodes make one delay counted from the first', () => {
    // 上报方案 due 03-01, done 03-20; 文件出台 due 03-10, not done: behind since 03-02 without a break.
    const t = task({
      deadline: '2026-12-31',
      milestones: milestones({ due: '2026-03-01', done_on: '2026-03-20' }, { due: '2026-03-10' }),
    });
    const s = assessItem(t, 'tasks', opts('2026-04-15'));
    expect(s.behindSince).toBe('2026-03-02');
    expect(s.daysBehind).toBe(45);
    expect(s.level).toBe('written');
    expect(s.node?.name).toBe('文件出台');
  });

  it('a node becoming late the day the previous one is done continues the delay', () => {
    // First behind 03-02..03-10 (done 03-11); second due 03-10, behind from 03-11.
    const t = task({
      deadline: '2026-12-31',
      milestones: milestones({ due: '2026-03-01', done_on: '2026-03-11' }, { due: '2026-03-10' }),
    });
    const s = assessItem(t, 'tasks', opts('2026-03-31'));
    expect(s.behindSince).toBe('2026-03-02');
    expect(s.daysBehind).toBe(30);
  });

  it('a day with nothing behind ends the delay: sequential late nodes count from the second', () => {
    // First behind 03-02..03-09 (done 03-10); second due 03-10, behind from 03-11; 03-10 is clear.
    const t = task({
      deadline: '2026-12-31',
      milestones: milestones({ due: '2026-03-01', done_on: '2026-03-10' }, { due: '2026-03-10' }),
    });
    const s = assessItem(t, 'tasks', opts('2026-03-31'));
    expect(s.behindSince).toBe('2026-03-11');
    expect(s.daysBehind).toBe(21);
  });

  it('a late node done on time again clears the item', () => {
    const t = task({
      deadline: '2026-12-31',
      milestones: milestones({ due: '2026-03-01', done_on: '2026-03-20' }, { due: '2026-06-01' }),
    });
    const s = assessItem(t, 'tasks', opts('2026-04-01'));
    expect(s.state).toBe('on-schedule');
    expect(s.daysBehind).toBe(0);
    expect(s.behindSince).toBeUndefined();
  });

  it('shows the earliest undone overdue node', () => {
    const t = task({
      deadline: '2026-05-01',
      milestones: milestones({ due: '2026-03-01' }, { due: '2026-02-01', done_on: '2026-02-01' }),
    });
    const s = assessItem(t, 'tasks', opts('2026-06-01'));
    expect(s.node).toEqual({ name: '上报方案', due: '2026-03-01' });
    expect(s.daysBehind).toBe(92);
  });

  it('a node done after the as-of day is not yet done', () => {
    const t = task({
      deadline: '2026-12-31',
      milestones: milestones({ due: '2026-03-01', done_on: '2026-05-01' }, { due: '2026-10-01' }),
    });
    const before = assessItem(t, 'tasks', opts('2026-04-01'));
    expect(before.daysBehind).toBe(31);
    expect(before.node?.name).toBe('上报方案');
    expect(assessItem(t, 'tasks', opts('2026-05-01')).daysBehind).toBe(0);
  });
});

describe('nodesOf', () => {
  it('adds the deadline as the final node 任务办结, done on completed_on', () => {
    const t = task({
      milestones: [{ name: '上报方案', due: '2026-01-15', done_on: '2026-01-10' }],
      completed_on: '2026-02-20',
      evidence: 'x',
    });
    expect(nodesOf(t, 'tasks')).toEqual([
      { name: '上报方案', due: '2026-01-15', done_on: '2026-01-10' },
      { name: '任务办结', due: '2026-03-01', done_on: '2026-02-20' },
    ]);
  });

  it('does not add the final node when a milestone carries its name', () => {
    const t = task({ milestones: [{ name: '任务办结', due: '2026-02-28' }] });
    expect(nodesOf(t, 'tasks')).toEqual([{ name: '任务办结', due: '2026-02-28' }]);
  });

  it('pilots end with their term, problems have their rectification deadline', () => {
    expect(nodesOf(pilot(), 'pilots')).toEqual([{ name: FINAL_NODE.pilots, due: '2026-06-30' }]);
    expect(nodesOf(problem({ rectified_on: '2026-02-01', evidence: 'x' }), 'problems')).toEqual([
      { name: FINAL_NODE.problems, due: '2026-03-01', done_on: '2026-02-01' },
    ]);
  });

  it('undoes adjustments approved after the as-of day', () => {
    const t = task({
      deadline: '2026-06-30',
      milestones: [{ name: '上报方案', due: '2026-04-30' }],
      adjustments: [
        {
          on: '2026-03-20',
          field: 'deadline',
          from: '2026-03-31',
          to: '2026-06-30',
          approved_by: '市委改革办',
        },
        {
          on: '2026-02-10',
          field: 'milestones.上报方案',
          from: '2026-02-15',
          to: '2026-04-30',
          approved_by: '市委改革办',
        },
      ],
    });
    expect(nodesOf(t, 'tasks', '2026-03-01')).toEqual([
      { name: '上报方案', due: '2026-04-30' },
      { name: '任务办结', due: '2026-03-31' },
    ]);
    expect(nodesOf(t, 'tasks', '2026-02-01')[0]!.due).toBe('2026-02-15');
    expect(nodesOf(t, 'tasks', '2026-03-20')[1]!.due).toBe('2026-06-30');
    expect(nodesOf(t, 'tasks')[1]!.due).toBe('2026-06-30');
  });
});

describe('items out of scope', () => {
  it('completed on time, or late: completed with lateCompletion, never behind', () => {
    const onTime = assessItem(
      task({ completed_on: '2026-02-25', evidence: 'x' }),
      'tasks',
      opts('2026-06-01'),
    );
    expect(onTime).toMatchObject({
      state: 'completed',
      completedOn: '2026-02-25',
      lateCompletion: false,
      daysBehind: 0,
    });
    const late = assessItem(task({ completed_on: '2026-04-10', evidence: 'x' }), 'tasks', opts('2026-06-01'));
    expect(late).toMatchObject({
      state: 'completed',
      completedOn: '2026-04-10',
      lateCompletion: true,
      daysBehind: 0,
    });
    expect(late.level).toBeUndefined();
  });

  it('completed after the as-of day: still behind on the as-of day', () => {
    const t = task({ completed_on: '2026-04-10', evidence: 'x' });
    const s = assessItem(t, 'tasks', opts('2026-04-09'));
    expect(s.state).toBe('behind');
    expect(s.daysBehind).toBe(39);
    expect(s.completedOn).toBeUndefined();
    expect(assessItem(t, 'tasks', opts('2026-04-10')).state).toBe('completed');
  });

  it('a problem rectified late is completed from its rectification day', () => {
    const p = problem({ rectified_on: '2026-04-01', evidence: 'x' });
    expect(assessItem(p, 'problems', opts('2026-03-31'))).toMatchObject({
      state: 'behind',
      daysBehind: 30,
      level: 'phone',
    });
    expect(assessItem(p, 'problems', opts('2026-04-01'))).toMatchObject({
      state: 'completed',
      lateCompletion: true,
    });
  });

  it.each(['suspended', 'withdrawn'] as const)(
    '%s on or before the as-of day: out of scope; after it: still behind',
    (key) => {
      const t = task({ [key]: { on: '2026-04-01', reason: '政策调整', approved_by: '市委深改委' } });
      expect(assessItem(t, 'tasks', opts('2026-04-01'))).toMatchObject({ state: key, daysBehind: 0 });
      expect(assessItem(t, 'tasks', opts('2026-05-01')).state).toBe(key);
      const before = assessItem(t, 'tasks', opts('2026-03-31'));
      expect(before).toMatchObject({ state: 'behind', daysBehind: 30, level: 'phone' });
    },
  );

  it('a withdrawn pilot and a closed task are out of scope', () => {
    const p = pilot({ withdrawn: { on: '2026-07-10', reason: '条件不具备', approved_by: '市委深改委' } });
    expect(assessItem(p, 'pilots', opts('2026-07-10')).state).toBe('withdrawn');
    expect(assessItem(p, 'pilots', opts('2026-07-09'))).toMatchObject({ state: 'behind', daysBehind: 9 });
    const t = task({ closed: { on: '2026-06-30', period: '2026H1' } });
    expect(assessItem(t, 'tasks', opts('2026-07-01')).state).toBe('closed');
    // a completed task closed out (销号) is 'closed', and keeps its completion date
    const done = task({
      completed_on: '2026-03-05',
      evidence: '文件',
      closed: { on: '2026-07-15', period: '2026H1' },
    });
    expect(assessItem(done, 'tasks', opts('2026-07-15'))).toMatchObject({
      state: 'closed',
      completedOn: '2026-03-05',
      lateCompletion: true,
    });
    expect(assessItem(done, 'tasks', opts('2026-07-14'))).toMatchObject({
      state: 'completed',
      completedOn: '2026-03-05',
    });
  });

  it('every node done without a completion date counts as completed on the last', () => {
    const t = task({ milestones: [{ name: '任务办结', due: '2026-03-01', done_on: '2026-03-05' }] });
    expect(assessItem(t, 'tasks', opts('2026-04-01'))).toMatchObject({
      state: 'completed',
      completedOn: '2026-03-05',
      lateCompletion: true,
    });
  });
});

describe('interview (约谈) by decision', () => {
  const esc = (held_on?: string) => ({
    level: 'interview' as const,
    decided_on: '2026-05-10',
    by: '市委全面深化改革委员会',
    reason: '连续塌进度',
    ...(held_on ? { held_on } : {}),
  });

  it('applies from the decision until it is held', () => {
    const t = task({ escalations: [esc()] });
    expect(assessItem(t, 'tasks', opts('2026-05-09')).level).toBe('circular');
    const s = assessItem(t, 'tasks', opts('2026-05-10'));
    expect(s.level).toBe('interview');
    expect(s.daysBehind).toBe(70);
  });

  it('no longer applies once held; the days behind give the level again', () => {
    const t = task({ escalations: [esc('2026-05-20')] });
    expect(assessItem(t, 'tasks', opts('2026-05-19')).level).toBe('interview');
    expect(assessItem(t, 'tasks', opts('2026-05-20')).level).toBe('circular');
  });

  it('is never computed from days, and a circular decision does not make an interview', () => {
    const t = task({ escalations: [{ ...esc(), level: 'circular' }] });
    expect(assessItem(t, 'tasks', opts('2026-09-01')).level).toBe('circular');
  });

  it('applies to an item not behind, and not to a completed one', () => {
    const t = task({ deadline: '2026-12-31', escalations: [esc()] });
    const s = assessItem(t, 'tasks', opts('2026-06-01'));
    expect(s).toMatchObject({ state: 'on-schedule', level: 'interview', daysBehind: 0 });
    const done = task({ completed_on: '2026-05-15', evidence: 'x', escalations: [esc()] });
    expect(assessItem(done, 'tasks', opts('2026-06-01')).level).toBeUndefined();
  });
});

describe('day_count: workdays', () => {
  const wpolicy: Policy = { ...defaultsPolicy(), day_count: 'workdays' };
  const wopts = (asOf: string): DelayOptions => ({
    asOf,
    policy: wpolicy,
    calendar: createWorkdayCalendar(),
  });

  it('counts working days across Labour Day 2026 (off 05-01..05-05, Saturday 05-09 working)', () => {
    // Due Thu 04-30: behind from Fri 05-01 (holiday). Working days to Sun 05-10: 06, 07, 08, Sat 09.
    const s = assessItem(task({ deadline: '2026-04-30' }), 'tasks', wopts('2026-05-10'));
    expect(s.behindSince).toBe('2026-05-01');
    expect(s.daysBehind).toBe(4);
    expect(assessItem(task({ deadline: '2026-04-30' }), 'tasks', opts('2026-05-10')).daysBehind).toBe(10);
  });

  it('a behind run of days off only is not yet a working day behind', () => {
    const s = assessItem(task({ deadline: '2026-05-01' }), 'tasks', wopts('2026-05-05'));
    expect(s.daysBehind).toBe(0);
    expect(s.state).toBe('on-schedule');
  });

  it('days off between two late stretches do not break the delay (calendar days do)', () => {
    // 上报方案 behind only Thu 04-30 (done Fri 05-01); 文件出台 due Tue 05-05, behind from Wed 05-06.
    const t = task({
      deadline: '2026-12-31',
      milestones: [
        { name: '上报方案', due: '2026-04-29', done_on: '2026-05-01' },
        { name: '文件出台', due: '2026-05-05' },
      ],
    });
    const w = assessItem(t, 'tasks', wopts('2026-05-08'));
    expect(w.behindSince).toBe('2026-04-30');
    expect(w.daysBehind).toBe(4); // 04-30, 05-06, 05-07, 05-08
    const c = assessItem(t, 'tasks', opts('2026-05-08'));
    expect(c.behindSince).toBe('2026-05-06');
    expect(c.daysBehind).toBe(3);
  });

  it('a working day with nothing behind breaks the delay', () => {
    const t = task({
      deadline: '2026-12-31',
      milestones: [
        { name: '上报方案', due: '2026-05-06', done_on: '2026-05-08' }, // behind Thu 05-07 only
        { name: '文件出台', due: '2026-05-08' }, // behind from Sat 05-09 (a make-up working day)
      ],
    });
    // Fri 05-08 is clear and a working day: the run starts on Sat 05-09.
    const s = assessItem(t, 'tasks', wopts('2026-05-11'));
    expect(s.behindSince).toBe('2026-05-09');
    expect(s.daysBehind).toBe(2); // Sat 05-09 (调休上班), Mon 05-11
  });

  it('builds the calendar from the policy, including its extra dates', () => {
    const p: Policy = { ...wpolicy, calendar: { holidays: ['2026-03-04'] } };
    const s = assessItem(task({ deadline: '2026-03-01' }), 'tasks', { asOf: '2026-03-06', policy: p });
    expect(s.daysBehind).toBe(4); // Mon 02 .. Fri 06 without Wed 04
  });

  it('names uncovered years the counts touched', () => {
    const cal = createWorkdayCalendar();
    const s = assessItem(task({ deadline: '2026-12-01' }), 'tasks', {
      asOf: '2027-02-01',
      policy: wpolicy,
      calendar: cal,
    });
    expect(s.daysBehind).toBeGreaterThan(0);
    expect(uncoveredYears([s], '2027-02-01', cal)).toEqual([2027]);
    expect(uncoveredYears([], '2026-06-01', cal)).toEqual([]);
  });
});

describe('currentDelay', () => {
  it('walks back across many overlapping nodes in any order', () => {
    const nodes = [
      { name: 'c', due: '2026-03-20' },
      { name: 'a', due: '2026-01-01', done_on: '2026-02-01' },
      { name: 'b', due: '2026-01-25', done_on: '2026-03-25' },
      { name: 'old', due: '2025-06-01', done_on: '2025-07-01' },
    ];
    expect(currentDelay(nodes, '2026-04-01')).toBe('2026-01-02');
  });

  it('is undefined when nothing is behind on the as-of day', () => {
    expect(
      currentDelay([{ name: 'a', due: '2026-01-01', done_on: '2026-02-01' }], '2026-03-01'),
    ).toBeUndefined();
    expect(currentDelay([], '2026-03-01')).toBeUndefined();
  });
});

describe('assessAll', () => {
  it('assesses every ledger, with the issuer and the canonical unit', () => {
    const ledger: Ledger = {
      dir: '',
      policy,
      tasks: [task({ assigned_by: '市委组织部', lead_unit: '发改委' }), task({ id: 'RW-2026-002' })],
      pilots: [pilot()],
      problems: [problem({ title: '下放不到位' })],
      units: [{ name: '市发展改革委', kind: 'department', aliases: ['发改委'] }],
      leaders: [],
      reminders: [],
    };
    const all = assessAll(ledger, opts('2026-07-10'));
    expect(all.map((s) => [s.item, s.ledger, s.unit, s.issuer, s.title])).toEqual([
      ['RW-2026-001', 'tasks', '市发展改革委', '市委组织部', '深化营商环境改革'],
      ['RW-2026-002', 'tasks', '市发展改革委', '市委改革办', '深化营商环境改革'],
      ['SD-2026-01', 'pilots', '东城区', '市委改革办', '综合改革试点'],
      ['WT-2026-001', 'problems', '市政务服务局', '市委改革办', '下放不到位'],
    ]);
    expect(all.map((s) => s.daysBehind)).toEqual([131, 131, 10, 131]);
  });

  it('leaves out a problem found after the as-of day (it did not exist yet)', () => {
    const ledger: Ledger = {
      dir: '',
      policy,
      tasks: [],
      pilots: [],
      problems: [problem({ found_on: '2026-10-10', deadline: '2026-08-01' })],
      units: [],
      leaders: [],
      reminders: [],
    };
    expect(assessAll(ledger, opts('2026-09-30'))).toEqual([]);
    expect(assessAll(ledger, opts('2026-10-10')).map((s) => s.daysBehind)).toEqual([70]);
  });
});
