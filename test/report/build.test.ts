// Figure by figure on the hand-made fixture (see the comments in test/fixtures/report/*.yaml).
// 2026Q3 is taken as of 2026-09-30; the previous quarter as of 2026-06-30.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Counted, Report } from '../../src/report/types.js';
import { fixtureLedger, reportOf } from './fixture.js';

const ids = (c: Counted) => c.ids;
const T = (n: number) => `RW-2026-${String(n).padStart(3, '0')}`;
const P = (n: number) => `SD-2026-0${n}`;
const W = (n: number) => `WT-2026-00${n}`;

let q3: Report;
let q2: Report;

beforeAll(() => {
  const ledger = fixtureLedger();
  q3 = reportOf(ledger, '2026Q3');
  q2 = reportOf(ledger, '2026Q2');
});

describe('2026Q3 overview', () => {
  it('puts every task in one state', () => {
    const t = q3.overview.tasks;
    expect(t.total.count).toBe(12);
    expect(ids(t.completedOnTime)).toEqual([T(2), T(11)]); // 011: deadline moved 06-20 → 09-30 on 07-05
    expect(ids(t.completedLate)).toEqual([T(5)]);
    expect(ids(t.closed)).toEqual([T(9)]); // completed in Q1, written off 07-15
    expect(ids(t.onSchedule)).toEqual([T(1)]);
    expect(ids(t.notYetDue)).toEqual([T(12)]);
    expect(ids(t.behind)).toEqual([T(3), T(4), T(6), T(7)]);
    expect(ids(t.suspended)).toEqual([T(8)]);
    expect(ids(t.withdrawn)).toEqual([T(10)]);
    const sum = [
      'completedOnTime',
      'completedLate',
      'closed',
      'onSchedule',
      'notYetDue',
      'behind',
      'suspended',
      'withdrawn',
    ] as const;
    expect(sum.reduce((n, k) => n + t[k].count, 0)).toBe(t.total.count);
  });

  it('splits the tasks behind by level', () => {
    const b = q3.overview.tasks.behindBy;
    expect(ids(b.below)).toEqual([T(7)]); // 10 days
    expect(ids(b.phone)).toEqual([]);
    expect(ids(b.written)).toEqual([]);
    expect(ids(b.onsite)).toEqual([T(6)]); // 51 days
    expect(ids(b.circular)).toEqual([T(3)]); // 72 days
    expect(ids(b.interview)).toEqual([T(4)]); // 92 days, interview decided 09-20 and not held
  });

  it('counts pilots and problems the same way; a problem found after the quarter is not there', () => {
    const p = q3.overview.pilots;
    expect(p.total.count).toBe(5);
    expect(ids(p.completedOnTime)).toEqual([P(3)]);
    expect(ids(p.onSchedule)).toEqual([P(1)]);
    expect(ids(p.notYetDue)).toEqual([P(5)]);
    expect(ids(p.behind)).toEqual([P(2)]);
    expect(ids(p.behindBy.circular)).toEqual([P(2)]);
    expect(ids(p.withdrawn)).toEqual([P(4)]);
    const w = q3.overview.problems;
    expect(ids(w.total)).toEqual([W(1), W(2), W(3), W(5)]); // WT-004 found 10-10
    expect(ids(w.completedOnTime)).toEqual([W(1)]);
    expect(ids(w.completedLate)).toEqual([W(5)]);
    expect(ids(w.notYetDue)).toEqual([W(3)]);
    expect(ids(w.behind)).toEqual([W(2)]);
    expect(ids(w.behindBy.phone)).toEqual([W(2)]); // 30 days
  });

  it('classifies the nodes due in the quarter', () => {
    const n = q3.overview.nodes;
    expect(ids(n.onTime)).toEqual([
      `${T(1)}:文件出台`,
      `${T(2)}:任务办结`,
      `${T(11)}:任务办结`,
      `${P(1)}:中期评估`,
      `${P(3)}:试点完成`,
      `${W(1)}:整改完成`,
    ]);
    expect(ids(n.late)).toEqual([`${T(5)}:任务办结`]);
    expect(ids(n.open)).toEqual([
      `${T(3)}:上报方案`,
      `${T(6)}:上报方案`,
      `${T(7)}:启动实施`,
      `${W(2)}:整改完成`,
    ]);
    expect(n.due.count).toBe(11);
    expect(n.pending.count).toBe(0);
    expect(n.rate).toBeCloseTo(6 / 11, 10);
    // RW-008's plan (due 08-15, after its suspension on 08-01) and SD-04's review (after its withdrawal) do not count
    expect(n.due.ids.some((r) => r.startsWith(T(8)) || r.startsWith(P(4)))).toBe(false);
    expect(q3.overview.nodesBy.tasks.due.count).toBe(7);
    expect(q3.overview.nodesBy.pilots.rate).toBe(1);
    expect(q3.overview.nodesBy.problems.rate).toBe(0.5);
  });

  it('lists each node with its outcome, done day and days late', () => {
    const late = q3.nodes.find((x) => x.ref === `${T(5)}:任务办结`)!;
    expect(late).toMatchObject({
      outcome: 'late',
      due: '2026-08-31',
      doneOn: '2026-09-12',
      daysLate: 12,
      unit: '市人力资源社会保障局',
    });
    const open = q3.nodes.find((x) => x.ref === `${T(3)}:上报方案`)!;
    expect(open).toMatchObject({ outcome: 'open', daysLate: 72, group: '民生领域改革专项小组' });
    // a task completed without marking its final node: the node is done on the completion day
    expect(q3.nodes.find((x) => x.ref === `${T(2)}:任务办结`)).toMatchObject({
      outcome: 'on-time',
      doneOn: '2026-09-10',
    });
  });
});

describe('2026Q3 by unit and by group', () => {
  it('ranks the units worst first, with their figures', () => {
    expect(q3.units.map((u) => u.unit)).toEqual([
      '市教育局',
      '东山县',
      '市人力资源社会保障局',
      '市发展改革委',
    ]);
    const [edu, ds, hr, dev] = q3.units;
    expect(ids(edu!.items)).toEqual([T(3), T(4), T(10), P(5), W(3)]);
    expect(ids(edu!.states.serious)).toEqual([T(3), T(4)]);
    expect(ids(edu!.states.stopped)).toEqual([T(10)]);
    expect(edu!.worst).toEqual({ item: T(4), days: 92, level: 'interview' });
    expect(ids(ds!.behind)).toEqual([T(7), P(2), W(2)]);
    expect(ids(ds!.states.completed)).toEqual([T(9)]);
    expect(ds!.nodes.open.count).toBe(2);
    expect(hr!.nodes).toMatchObject({
      due: { count: 3 },
      onTime: { count: 1 },
      late: { count: 1 },
      open: { count: 1 },
    });
    expect(hr!.nodes.rate).toBeCloseTo(1 / 3, 10);
    // RW-008 names its lead unit by alias (发改委): it counts for 市发展改革委
    expect(ids(dev!.items)).toEqual([T(1), T(2), T(8), T(11), P(1), W(1)]);
    expect(dev!.nodes.rate).toBe(1);
    expect(dev!.worst).toBeUndefined();
  });

  it('groups tasks (and problems through their related task) by special group, aliases resolved', () => {
    expect(q3.groups.map((g) => g.unit)).toEqual(['民生领域改革专项小组', '经济体制改革专项小组']);
    expect(ids(q3.groups[0]!.items)).toEqual([T(3), T(4), T(6), W(3)]);
    expect(ids(q3.groups[0]!.behind)).toEqual([T(3), T(4), T(6)]);
    expect(ids(q3.groups[1]!.items)).toEqual([T(1), T(2), T(11), T(12), W(1)]);
    expect(q3.groups[1]!.nodes.onTime.count).toBe(4);
  });
});

describe('2026Q3 delays, interviews and reminders', () => {
  it('lists the items at circular level with the reminders of their current delay', () => {
    expect(q3.serious.map((s) => [s.item, s.daysBehind, s.behindSince])).toEqual([
      [T(4), 92, '2026-07-01'],
      [P(2), 92, '2026-07-01'],
      [T(3), 72, '2026-07-21'],
    ]);
    expect(q3.serious[2]!.node).toEqual({ name: '上报方案', due: '2026-07-20' });
    expect(q3.serious[2]!.reminders).toEqual([
      { date: '2026-08-05', level: 'phone' },
      { date: '2026-08-21', level: 'written' },
      { date: '2026-09-05', level: 'onsite' },
    ]);
    expect(q3.serious[2]!.circularDecided).toEqual({ decidedOn: '2026-09-25' });
    expect(q3.serious[0]!.circularDecided).toBeUndefined();
  });

  it('proposes interviews by the policy thresholds and lists interviews not held', () => {
    expect(q3.interviews.thresholds).toEqual({ circularItems: 2, escalations: 2 });
    expect(q3.interviews.candidates).toEqual([
      {
        unit: '市教育局',
        circularItems: { count: 2, ids: [T(3), T(4)] },
        escalations: { count: 2, ids: [T(3), T(4)] },
        reasons: ['circular-items', 'escalations'],
        pendingInterview: true,
      },
      {
        unit: '东山县',
        circularItems: { count: 1, ids: [P(2)] },
        escalations: { count: 2, ids: [T(9), P(2)] },
        reasons: ['escalations'],
        pendingInterview: false,
      },
    ]);
    expect(q3.interviews.pending).toEqual([
      {
        item: T(4),
        ledger: 'tasks',
        title: '推进中小学教师“县管校聘”管理改革',
        unit: '市教育局',
        decidedOn: '2026-09-20',
        by: '市委全面深化改革委员会',
        reason: '文件出台严重滞后',
        waitingDays: 10,
      },
    ]);
  });

  it('counts the reminders logged in the quarter by level and by unit (aliases resolved)', () => {
    const r = q3.reminders;
    expect(r.total.count).toBe(14);
    expect(ids(r.items)).toEqual([T(3), T(4), T(6), P(2), W(2)]);
    expect(Object.fromEntries(Object.entries(r.byLevel).map(([k, v]) => [k, v.count]))).toEqual({
      phone: 5,
      written: 4,
      onsite: 3,
      circular: 2,
      interview: 0,
    });
    expect(r.byUnit.map((u) => [u.unit, u.total.count])).toEqual([
      ['市教育局', 7],
      ['东山县', 5],
      ['市人力资源社会保障局', 2],
    ]);
    expect(ids(r.unreminded)).toEqual([T(3), T(4), T(6)]);
  });
});

describe('2026Q3 problems, pilots, next quarter', () => {
  it('problems', () => {
    const p = q3.problems;
    expect(ids(p.foundInQuarter)).toEqual([W(2), W(3)]);
    expect(ids(p.foundBy.unannounced)).toEqual([W(2)]);
    expect(ids(p.foundBy.joint)).toEqual([W(3)]);
    expect(p.foundBy.comprehensive.count).toBe(0);
    expect(ids(p.rectifiedInQuarter)).toEqual([W(1), W(5)]);
    expect(ids(p.verifiedInQuarter)).toEqual([W(1)]);
    expect(ids(p.open)).toEqual([W(3)]);
    expect(ids(p.overdue)).toEqual([W(2)]);
    expect(ids(p.awaitingVerification)).toEqual([W(5)]);
    expect(ids(p.verified)).toEqual([W(1)]);
    expect(ids(p.reviews.fail)).toEqual([W(2)]);
    expect(p.reviews.partial.count).toBe(0); // WT-005's review was in Q2
    expect(p.overdueList).toEqual([
      {
        item: W(2),
        title: '村集体资产台账不全',
        unit: '东山县',
        deadline: '2026-08-31',
        daysBehind: 30,
        level: 'phone',
      },
    ]);
  });

  it('pilots', () => {
    const p = q3.pilots;
    expect(ids(p.active)).toEqual([P(1)]);
    expect(ids(p.endingNextQuarter)).toEqual([P(1)]);
    expect(ids(p.pastTerm)).toEqual([P(2)]);
    expect(ids(p.completed)).toEqual([P(3)]);
    expect(ids(p.withdrawn)).toEqual([P(4)]);
    expect(ids(p.withdrawnInQuarter)).toEqual([P(4)]);
    expect(ids(p.notStarted)).toEqual([P(5)]);
    expect(ids(p.promoted)).toEqual([P(3)]);
    expect(ids(p.promotedInQuarter)).toEqual([P(3)]);
    expect(ids(p.byLevel.municipal)).toEqual([P(1), P(5)]);
    expect(ids(p.byOrigin.assigned)).toEqual([P(2), P(3)]);
    expect(p.rows.map((r) => r.status)).toEqual([
      'past-term',
      'ending',
      'not-started',
      'completed',
      'withdrawn',
    ]);
  });

  it('next quarter: the nodes due in 2026Q4 not yet done, per unit', () => {
    const n = q3.nextQuarter;
    expect(n).toMatchObject({ label: '2026Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(n.total.count).toBe(9);
    expect(n.byUnit.map((u) => [u.unit, u.nodes.map((x) => x.ref)])).toEqual([
      ['市发展改革委', [`${T(1)}:任务办结`, `${P(1)}:试点完成`]],
      ['市教育局', [`${W(3)}:整改完成`, `${T(4)}:任务办结`, `${T(3)}:任务办结`]],
      ['市人力资源社会保障局', [`${T(12)}:上报方案`, `${T(12)}:任务办结`, `${T(6)}:任务办结`]],
      ['东山县', [`${T(7)}:任务办结`]],
    ]);
  });
});

describe('the previous quarter, computed the same way', () => {
  it('2026Q2 as of 2026-06-30: items that changed state inside Q3 stand where they stood then', () => {
    expect(q2.period).toMatchObject({ label: '2026Q2', asOf: '2026-06-30', complete: true });
    const t = q2.overview.tasks;
    expect(ids(t.behind)).toEqual([T(2), T(11)]); // 002: plan due 06-15 (phone, 15 days); 011: deadline still 06-20
    expect(ids(t.behindBy.phone)).toEqual([T(2)]);
    expect(ids(t.behindBy.below)).toEqual([T(11)]);
    expect(ids(t.completedOnTime)).toEqual([T(9)]); // not yet written off
    expect(t.closed.count).toBe(0);
    expect(ids(t.onSchedule)).toEqual([T(1), T(4)]); // 004's document due 06-30 is not behind on 06-30
    expect(t.suspended.count).toBe(0); // suspended 08-01
    expect(ids(t.withdrawn)).toEqual([T(10)]);
    expect(ids(q2.overview.nodes.open)).toEqual(
      [
        `${T(11)}:任务办结`,
        `${T(2)}:上报方案`,
        `${T(4)}:文件出台`,
        `${P(2)}:试点完成`,
        `${W(5)}:整改完成`,
      ].sort(),
    );
    expect(ids(q2.overview.nodes.onTime)).toEqual([`${T(1)}:上报方案`]);
    expect(q2.serious).toEqual([]);
    expect(ids(q2.pilots.active)).toEqual([P(1), P(2), P(3), P(4)]);
    expect(ids(q2.problems.foundInQuarter)).toEqual([W(1), W(5)]);
    expect(q2.reminders.total.count).toBe(1);
  });

  it('sets every headline figure beside its value at the end of the previous quarter', () => {
    const rows = Object.fromEntries(
      q3.comparison.rows.map((r) => [r.key, [r.previous.value, r.current.value, r.change]]),
    );
    expect(q3.comparison.previous).toEqual({ label: '2026Q2', asOf: '2026-06-30' });
    expect(rows).toEqual({
      tasks: [12, 12, 0],
      tasksCompleted: [1, 4, 3],
      tasksBehind: [2, 4, 2],
      serious: [0, 3, 3],
      nodesDue: [6, 11, 5],
      nodesOnTime: [1, 6, 5],
      nodesLate: [0, 1, 1],
      nodesOpen: [5, 4, -1],
      onTimeRate: [1 / 6, 6 / 11, 6 / 11 - 1 / 6],
      reminders: [1, 14, 13],
      problemsFound: [2, 2, 0],
      problemsRectified: [0, 2, 2],
      problemsOverdue: [0, 1, 1],
      pilotsActive: [4, 1, -3],
      pilotsPastTerm: [0, 1, 1],
      pilotsPromoted: [0, 1, 1],
      interviewCandidates: [0, 2, 2],
    });
    const behind = q3.comparison.rows.find((r) => r.key === 'tasksBehind')!;
    expect(behind.previous.ids).toEqual([T(2), T(11)]);
    expect(behind.current.ids).toEqual([T(3), T(4), T(6), T(7)]);
  });
});

describe('an as-of day inside the quarter', () => {
  it('counts only what was known on that day and leaves later nodes pending', () => {
    const r = reportOf(fixtureLedger(), '2026Q3', { date: '2026-08-15' });
    expect(r.period).toMatchObject({ asOf: '2026-08-15', complete: false });
    const n = r.overview.nodes;
    expect(ids(n.onTime)).toEqual([`${T(1)}:文件出台`, `${P(1)}:中期评估`, `${W(1)}:整改完成`]);
    expect(ids(n.open)).toEqual([`${T(3)}:上报方案`, `${T(6)}:上报方案`]);
    expect(n.late.count).toBe(0);
    // due later in the quarter; 002 and 011 complete after 08-15, SD-03 on 08-20: pending then
    expect(ids(n.pending)).toEqual(
      [
        `${T(11)}:任务办结`,
        `${T(2)}:任务办结`,
        `${T(5)}:任务办结`,
        `${T(7)}:启动实施`,
        `${P(3)}:试点完成`,
        `${W(2)}:整改完成`,
      ].sort(),
    );
    expect(ids(r.overview.tasks.behindBy.phone)).toEqual([T(3)]); // 26 days on 08-15
    expect(ids(r.overview.tasks.behindBy.onsite)).toEqual([T(4)]); // 46 days on 08-15, no interview decided yet
    expect(ids(r.problems.foundInQuarter)).toEqual([W(2)]); // WT-003 found 08-20
    expect(r.reminders.total.count).toBe(5); // 07-16 ×2, 08-01 ×2, 08-05
    expect(r.interviews.pending).toEqual([]);
  });
});

describe('narrowing', () => {
  it('--unit keeps the unit’s own items, reminders and nodes; the comparison is narrowed too', () => {
    const r = reportOf(fixtureLedger(), '2026Q3', { scope: { unit: '市发展改革委' } });
    expect(r.scope).toEqual({ unit: '市发展改革委' });
    expect(r.units.map((u) => u.unit)).toEqual(['市发展改革委']);
    expect(ids(r.overview.tasks.total)).toEqual([T(1), T(2), T(8), T(11)]);
    expect(r.overview.nodes.due.count).toBe(5);
    expect(r.reminders.total.count).toBe(0);
    expect(r.comparison.rows.find((x) => x.key === 'tasksBehind')!.previous.ids).toEqual([T(2), T(11)]);
  });

  it('--group keeps the group’s tasks and the problems related to them', () => {
    const r = reportOf(fixtureLedger(), '2026Q3', { scope: { group: '民生领域改革专项小组' } });
    expect(ids(r.overview.tasks.total)).toEqual([T(3), T(4), T(6)]);
    expect(ids(r.overview.problems.total)).toEqual([W(3)]);
    expect(r.overview.pilots.total.count).toBe(0);
    expect(r.reminders.total.count).toBe(9);
    expect(r.units.map((u) => u.unit)).toEqual(['市教育局', '市人力资源社会保障局']);
  });
});

describe('every count carries its ids', () => {
  it('count === ids.length everywhere in the report', () => {
    const bad: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('count' in o && 'ids' in o && (o.ids as unknown[]).length !== o.count) bad.push(path);
        for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
      }
    };
    walk(q3, 'q3');
    walk(q2, 'q2');
    expect(bad).toEqual([]);
  });
});
