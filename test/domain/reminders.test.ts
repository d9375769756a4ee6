import { describe, expect, it } from 'vitest';
import { assessItem } from '../../src/domain/delay.js';
import {
  buildReminders,
  buildUpcoming,
  filterReminders,
  filterUpcoming,
  groupRows,
  isNewReminder,
} from '../../src/domain/reminders.js';
import { defaultsPolicy } from '../../src/ledger/load.js';
import type { Level, Reminder, Task } from '../../src/schema/index.js';

const policy = defaultsPolicy();

function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    id,
    title: `任务${id}`,
    lead_leader: '张三',
    lead_unit: '市发展改革委',
    measures: 'm',
    deliverable: 'd',
    deadline: '2026-10-01',
    ...fields,
  } as Task;
}

const at = (t: Task, asOf: string) => assessItem(t, 'tasks', { asOf, policy });
const log = (date: string, level: Level, item = 'A'): Reminder => ({ date, item, level, to: '市发展改革委' });

describe('new reminders: no log entry at the level or higher within the current delay', () => {
  // Deadline 10-01: behind since 10-02; on 11-05 35 days behind (written).
  const s = at(task('A'), '2026-11-05');

  it('with no entry at all, it is new', () => {
    expect(s.level).toBe('written');
    expect(isNewReminder(s, [], '2026-11-05')).toBe(true);
  });

  it('an entry at a lower level does not count; at the same or a higher level it does', () => {
    expect(isNewReminder(s, [log('2026-10-20', 'phone')], '2026-11-05')).toBe(true);
    expect(isNewReminder(s, [log('2026-11-02', 'written')], '2026-11-05')).toBe(false);
    expect(isNewReminder(s, [log('2026-11-02', 'circular')], '2026-11-05')).toBe(false);
  });

  it('an entry before the current delay began, or after the as-of day, does not count', () => {
    expect(isNewReminder(s, [log('2026-10-01', 'written')], '2026-11-05')).toBe(true);
    expect(isNewReminder(s, [log('2026-10-02', 'written')], '2026-11-05')).toBe(false);
    expect(isNewReminder(s, [log('2026-11-06', 'written')], '2026-11-05')).toBe(true);
  });

  it('an interview is new until an interview entry dated on or after the decision', () => {
    const t = task('A', {
      escalations: [{ level: 'interview', decided_on: '2026-11-03', by: '深改委', reason: 'r' }],
    });
    const i = at(t, '2026-11-05');
    expect(i.level).toBe('interview');
    expect(isNewReminder(i, [log('2026-11-02', 'interview')], '2026-11-05')).toBe(true);
    expect(isNewReminder(i, [log('2026-11-03', 'interview')], '2026-11-05')).toBe(false);
  });
});

describe('buildReminders', () => {
  const statuses = [
    at(task('C', { deadline: '2026-10-20' }), '2026-11-20'), // 31 written
    at(task('B', { deadline: '2026-09-01' }), '2026-11-20'), // 80 circular
    at(task('A', { deadline: '2026-10-20' }), '2026-11-20'), // 31 written
    at(task('D', { deadline: '2026-11-10' }), '2026-11-20'), // 10: no level
    at(
      task('E', {
        deadline: '2026-12-31',
        escalations: [{ level: 'interview', decided_on: '2026-11-01', by: '深改委', reason: 'r' }],
      }),
      '2026-11-20',
    ),
  ];
  const rows = buildReminders(
    statuses,
    [log('2026-11-01', 'circular', 'B')],
    '2026-11-20',
    new Map([['市发展改革委', { name: '王明', phone: '123' }]]),
  );

  it('lists every item at a level: interview first, then most days behind, then id', () => {
    expect(rows.map((r) => [r.item, r.level, r.daysBehind, r.isNew])).toEqual([
      ['E', 'interview', 0, true],
      ['B', 'circular', 80, false],
      ['A', 'written', 31, true],
      ['C', 'written', 31, true],
    ]);
    expect(rows[1]!.contact).toEqual({ name: '王明', phone: '123' });
  });

  it('shows the next open node for an interview on an item not behind', () => {
    expect(rows[0]!.node).toEqual({ name: '任务办结', due: '2026-12-31' });
  });

  it('filters by unit, level and above, and new', () => {
    expect(filterReminders(rows, { level: 'circular' }).map((r) => r.item)).toEqual(['E', 'B']);
    expect(filterReminders(rows, { onlyNew: true }).map((r) => r.item)).toEqual(['E', 'A', 'C']);
    expect(filterReminders(rows, { unit: '市财政局' })).toEqual([]);
    expect(filterReminders(rows, { unit: '市发展改革委' })).toHaveLength(4);
  });
});

describe('buildUpcoming', () => {
  const statuses = [
    at(
      task('A', { deadline: '2026-12-31', milestones: [{ name: '上报方案', due: '2026-11-27' }] }),
      '2026-11-20',
    ),
    at(task('B', { deadline: '2026-11-20' }), '2026-11-20'),
    at(
      task('C', { deadline: '2026-12-31', milestones: [{ name: '上报方案', due: '2026-11-28' }] }),
      '2026-11-20',
    ),
    at(
      task('D', {
        deadline: '2026-12-31',
        milestones: [{ name: '上报方案', due: '2026-11-22', done_on: '2026-11-19' }],
      }),
      '2026-11-20',
    ),
    at(
      task('E', { deadline: '2026-11-21', suspended: { on: '2026-11-01', reason: 'r', approved_by: 'x' } }),
      '2026-11-20',
    ),
    at(
      task('F', { deadline: '2026-11-21', milestones: [{ name: '上报方案', due: '2026-11-01' }] }),
      '2026-11-20',
    ),
  ];

  it('lists open nodes due from today to prewarn_days ahead, by due day then id', () => {
    const rows = buildUpcoming(statuses, '2026-11-20', 7);
    expect(rows.map((r) => [r.item, r.node.name, r.node.due, r.daysLeft])).toEqual([
      ['B', '任务办结', '2026-11-20', 0],
      ['F', '任务办结', '2026-11-21', 1],
      ['A', '上报方案', '2026-11-27', 7],
    ]);
  });

  it('is left out when filtering by level or new, and follows the unit filter', () => {
    const rows = buildUpcoming(statuses, '2026-11-20', 7);
    expect(filterUpcoming(rows, { level: 'phone' })).toEqual([]);
    expect(filterUpcoming(rows, { onlyNew: true })).toEqual([]);
    expect(filterUpcoming(rows, { unit: '市财政局' })).toEqual([]);
    expect(filterUpcoming(rows, { unit: '市发展改革委' })).toHaveLength(3);
  });
});

describe('groupRows', () => {
  it('groups by issuer then unit, in order of first appearance', () => {
    const rows = [
      { issuer: 'X', unit: 'u1', n: 1 },
      { issuer: 'Y', unit: 'u1', n: 2 },
      { issuer: 'X', unit: 'u2', n: 3 },
      { issuer: 'X', unit: 'u1', n: 4 },
    ];
    expect(
      groupRows(rows).map((g) => [g.issuer, g.units.map((u) => [u.unit, u.rows.map((r) => r.n)])]),
    ).toEqual([
      [
        'X',
        [
          ['u1', [1, 4]],
          ['u2', [3]],
        ],
      ],
      ['Y', [['u1', [2]]]],
    ]);
  });
});
