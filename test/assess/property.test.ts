// Property: on random ledgers and rule sets, every account's itemised points sum to its score,
// and no item is counted for a unit that neither leads it nor (under the sharing rule) shares it.
import { describe, expect, it } from 'vitest';
import { assessYear } from '../../src/assess/score.js';
import { addDays } from '../../src/domain/dates.js';
import { defaultsPolicy } from '../../src/ledger/load.js';
import type { Ledger } from '../../src/ledger/types.js';
import type { Assessment } from '../../src/schema/assessment.js';
import type { Pilot, Problem, Task, Unit } from '../../src/schema/index.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const UNITS: Unit[] = [
  { name: '市委改革办', kind: 'office' },
  { name: '专项小组甲', kind: 'group' },
  { name: '专项小组乙', kind: 'group' },
  ...['甲局', '乙局', '丙局', '丁局'].map((name) => ({ name, kind: 'department' as const })),
  ...['东城区', '西城区'].map((name) => ({ name, kind: 'county' as const })),
];
const ASSESSED = UNITS.filter((u) => u.kind === 'department' || u.kind === 'county').map((u) => u.name);

function randomLedger(r: () => number): Ledger {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const day = () => addDays('2025-10-01', Math.floor(r() * 500));
  const maybe = <T>(p: number, v: () => T): T | undefined => (r() < p ? v() : undefined);
  const units = [...ASSESSED, '市委改革办'];
  const tasks: Task[] = [];
  const pilots: Pilot[] = [];
  const problems: Problem[] = [];
  for (let i = 0; i < 30; i++) {
    const deadline = day();
    const milestones = Array.from({ length: Math.floor(r() * 3) }, (_, k) => {
      const due = addDays(deadline, -30 * (k + 1));
      const done = maybe(0.6, () => addDays(due, Math.floor(r() * 120) - 40));
      return done ? { name: `节点${k}`, due, done_on: done } : { name: `节点${k}`, due };
    });
    const completed = maybe(0.4, () => addDays(deadline, Math.floor(r() * 100) - 60));
    const t = {
      id: `RW-${i}`,
      title: `任务${i}`,
      lead_leader: '领导',
      lead_unit: pick(units),
      responsible_units: [pick(units), pick(units)],
      measures: '措施',
      deliverable: '成果',
      deadline,
      group: maybe(0.7, () => pick(['专项小组甲', '专项小组乙'])),
      milestones,
      completed_on: completed,
      escalations: maybe(0.2, () => [
        { level: pick(['circular', 'interview'] as const), decided_on: day(), by: '委员会', reason: '滞后' },
      ]),
      suspended: maybe(0.1, () => ({ on: day(), reason: '原因', approved_by: '委员会' })),
    } as Task;
    tasks.push(JSON.parse(JSON.stringify(t)) as Task);
  }
  for (let i = 0; i < 10; i++) {
    const start = day();
    pilots.push(
      JSON.parse(
        JSON.stringify({
          id: `SD-${i}`,
          title: `试点${i}`,
          level: 'municipal',
          origin: 'self',
          lead_leader: '领导',
          lead_unit: pick(units),
          plan: '方案',
          team: ['班子'],
          start,
          end: addDays(start, 200),
          completed_on: maybe(0.3, () => addDays(start, Math.floor(r() * 300))),
          responsible_units: [pick(units)],
          outcome: maybe(0.3, () => ({
            summary: '经验',
            promoted: [{ by: pick(['省委改革办', '国务院', '市委']), on: day() }],
          })),
        }),
      ) as Pilot,
    );
  }
  for (let i = 0; i < 15; i++) {
    const found = day();
    problems.push(
      JSON.parse(
        JSON.stringify({
          id: `WT-${i}`,
          found_on: found,
          found_by: 'daily',
          description: '问题',
          unit: pick(units),
          deadline: addDays(found, 60),
          rectified_on: maybe(0.5, () => addDays(found, Math.floor(r() * 120))),
        }),
      ) as Problem,
    );
  }
  const shared = r() < 0.5;
  const rules: Assessment = {
    base: pick([100, 90, 1000]),
    deductions: {
      late_node: pick([0.1, 1, 0.33]),
      open_node: 2,
      reminder: { phone: 0.15, written: 1, onsite: 2.7, circular: 3 },
      circular: 3,
      interview: 5,
      problem_late: 1,
      problem_open: 2,
      pilot_over_term: 2,
    },
    additions: { promoted: { national: 3, provincial: 2, municipal: 1 }, early: 0.5, early_days: 10 },
    caps: r() < 0.5 ? { deductions: 20, additions: 2, per_rule: { reminder: 3.3 } } : undefined,
    sharing: shared ? { mode: 'shared', weight: pick([0.5, 0.3, 1]) } : { mode: 'lead' },
    exclude: r() < 0.5 ? ['suspended'] : [],
    grades: { excellent: 95, good: 85, fair: 70 },
    excellent_quota: r() < 0.5 ? 0.3 : undefined,
  };
  const policy = defaultsPolicy();
  policy.assessment = JSON.parse(JSON.stringify(rules)) as Assessment;
  return { dir: '.', policy, tasks, pilots, problems, units: UNITS, leaders: [], reminders: [] };
}

describe('assessment properties', () => {
  it('points sum to the score; items only count for the units that lead or share them', () => {
    let entries = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const r = prng(seed);
      const l = randomLedger(r);
      const asOf = addDays('2026-01-01', Math.floor(r() * 365));
      const res = assessYear(l, { year: 2026, asOf });
      const shared = l.policy.assessment!.sharing?.mode === 'shared';
      const byId = new Map<string, Task | Pilot | Problem>();
      for (const x of [...l.tasks, ...l.pilots, ...l.problems]) byId.set(x.id, x);
      for (const acc of [...res.units, ...res.groups]) {
        const sum = acc.entries.reduce((s, e) => s + e.points, 0);
        expect(Math.abs(acc.base + sum - acc.score)).toBeLessThan(1e-9);
        expect(Math.round(acc.score * 100) / 100).toBe(acc.score);
        const isGroup = res.groups.includes(acc);
        for (const e of acc.entries) {
          entries++;
          if (e.item === null) {
            expect(e.rule.startsWith('cap.')).toBe(true);
            continue;
          }
          expect(e.date! <= asOf).toBe(true);
          const item = byId.get(e.item)!;
          if (isGroup) {
            expect((item as Task).group).toBe(acc.name);
            continue;
          }
          const lead = 'unit' in item ? item.unit : (item as Task).lead_unit;
          if (e.rule.startsWith('shared.')) {
            expect(shared).toBe(true);
            expect((item as Task).responsible_units).toContain(acc.name);
            expect(lead).not.toBe(acc.name);
          } else {
            expect(lead).toBe(acc.name);
          }
        }
      }
      expect(res.units.map((u) => u.name).sort()).toEqual([...ASSESSED].sort());
    }
    expect(entries).toBeGreaterThan(500);
  });
});
