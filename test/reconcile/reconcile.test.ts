import { describe, expect, it } from 'vitest';
import { defaultsPolicy, loadTexts } from '../../src/ledger/load.js';
import { diffLedgers } from '../../src/reconcile/diff.js';
import { settleWithoutHistory } from '../../src/versions/history.js';
import { parsePeriod, inPeriod } from '../../src/reconcile/period.js';
import {
  compareAccounts,
  effectiveEntry,
  reconcile,
  type UnitAccount,
} from '../../src/reconcile/reconcile.js';
import type { Task } from '../../src/schema/index.js';
import { itemNote } from '../../src/render/reconcile/words.js';

const UNITS =
  'units:\n  - name: 市发展改革委\n    kind: department\n    aliases: [市发改委]\n  - name: 市财政局\n    kind: department\n';

function ledger(tasks: string) {
  const l = loadTexts([
    { kind: 'tasks', file: 'tasks.yaml', bytes: `tasks:\n${tasks}` },
    { kind: 'units', file: 'units.yaml', bytes: UNITS },
  ]);
  expect(l.findings).toEqual([]);
  return l.ledger;
}

function task(id: string, extra: string, unit = '市发展改革委', deadline = '2026-06-30'): string {
  return `  - id: ${id}\n    title: 任务 ${id}\n    lead_leader: 李\n    lead_unit: ${unit}\n    measures: 措施\n    deliverable: 成果\n    deadline: ${deadline}\n${extra}`;
}

describe('parsePeriod', () => {
  it('reads halves and whole years', () => {
    expect(parsePeriod('2026H1')).toEqual({
      label: '2026H1',
      year: 2026,
      half: 1,
      start: '2026-01-01',
      end: '2026-06-30',
    });
    expect(parsePeriod('2026h2')).toMatchObject({ label: '2026H2', start: '2026-07-01', end: '2026-12-31' });
    expect(parsePeriod(' 2026 ')).toMatchObject({ label: '2026', start: '2026-01-01', end: '2026-12-31' });
    for (const bad of ['2026Q1', '2026H3', '26H1', '', 'H1']) expect(parsePeriod(bad), bad).toBeUndefined();
    expect(inPeriod('2026-06-30', parsePeriod('2026H1')!)).toBe(true);
    expect(inPeriod('2026-07-01', parsePeriod('2026H1')!)).toBe(false);
  });
});

describe('reconcile (pure)', () => {
  const policy = defaultsPolicy();
  const H1 = parsePeriod('2026H1')!;

  function run(before: string, after: string, asOf = '2026-06-30') {
    const b = ledger(before);
    const a = ledger(after);
    const d = diffLedgers(b, a);
    settleWithoutHistory(d, asOf);
    return reconcile(b, a, d, { period: H1, asOf, policy });
  }

  it('puts back a milestone dropped since the baseline, unless an adjustment names it', () => {
    const ms = '    milestones:\n      - name: 上报方案\n        due: 2026-03-31\n';
    const r = run(
      task('A', ms) + task('B', ms),
      task('A', '') +
        task(
          'B',
          '    adjustments:\n      - {on: 2026-03-01, field: milestones.上报方案, from: 2026-03-31, to: 取消, approved_by: 领导小组}\n',
        ),
    );
    const byId = Object.fromEntries(r.items.map((i) => [i.id, i]));
    // A: the dropped node is still due 03-31 and undone: 91 days behind on 06-30
    expect(byId.A).toMatchObject({
      class: 'behind',
      daysBehind: 91,
      node: { name: '上报方案', due: '2026-03-31' },
    });
    expect(byId.A!.changes.map((c) => [c.path, c.change])).toEqual([['milestones', 'removed']]);
    // B: the removal was approved; its deadline 06-30 is due on the as-of day: not yet behind (as in remind)
    expect(byId.B).toMatchObject({ class: 'not-due', daysBehind: 0 });
  });

  it('a node due on the as-of day is not behind, and no earlier finished node is named as undone', () => {
    // 上报方案 done late (04-05 for 03-31), 任务办结 due 06-30 = the as-of day
    const ms =
      '    milestones:\n      - name: 上报方案\n        due: 2026-03-31\n        done_on: 2026-04-05\n';
    const r = run(task('A', ms), task('A', ms));
    const a = r.items.find((i) => i.id === 'A')!;
    expect(a.class).toBe('not-due');
    expect(a.openNode).toBeUndefined();
    expect(itemNote(a)).not.toContain('上报方案');
    // the next day it is behind, and the note names the late node, not the finished one
    const later = run(task('A', ms), task('A', ms), '2026-07-01').items[0]!;
    expect(later).toMatchObject({ class: 'behind', daysBehind: 1 });
    expect(itemNote(later)).toContain('任务办结');
    expect(itemNote(later)).not.toContain('上报方案');
  });

  it('judges an unapproved milestone postponement by the baseline date, an approved one by the new date', () => {
    const ms = (due: string, done = '') =>
      `    milestones:\n      - name: 上报方案\n        due: ${due}\n${done ? `        done_on: ${done}\n` : ''}`;
    const adj =
      '    adjustments:\n      - {on: 2026-03-01, field: milestones.上报方案, from: 2026-03-31, to: 2026-05-31, approved_by: 领导小组}\n';
    const r = run(
      task('A', ms('2026-03-31'), '市发展改革委', '2026-12-31') +
        task('B', ms('2026-03-31'), '市财政局', '2026-12-31'),
      task('A', ms('2026-05-31', '2026-05-20'), '市发展改革委', '2026-12-31') +
        task('B', ms('2026-05-31', '2026-05-20') + adj, '市财政局', '2026-12-31'),
    );
    const byId = Object.fromEntries(r.items.map((i) => [i.id, i]));
    expect(byId.A).toMatchObject({
      class: 'done',
      onTime: false,
      completed: false,
      nodes: [{ name: '上报方案', due: '2026-03-31', done_on: '2026-05-20' }],
    });
    expect(byId.B).toMatchObject({
      class: 'done',
      onTime: true,
      nodes: [{ name: '上报方案', due: '2026-03-31', dueNow: '2026-05-31' }],
    });
    expect(r.units.map((u) => [u.unit, u.doneOnTime, u.unapproved])).toEqual([
      ['市发展改革委', 0, 1],
      ['市财政局', 1, 0],
    ]);
  });

  it('keeps the account by the canonical unit name, and knows closed, suspended and interview items', () => {
    const r = run(
      task('A', '', '市发改委') +
        task('B', '') +
        task('C', '', '市发展改革委', '2026-06-29') + // due the day before the as-of day
        task('D', '', '市财政局', '2026-12-31') +
        '    milestones:\n      - name: 上报方案\n        due: 2026-05-31\n        done_on: 2026-05-30\n',
      task(
        'A',
        '    completed_on: 2026-06-01\n    evidence: 文件\n    closed: {on: 2026-06-20, period: 2026H1}\n',
        '市发改委',
      ) +
        task('B', '    suspended: {on: 2026-05-01, reason: 等待, approved_by: 领导小组}\n') +
        task(
          'C',
          '    escalations:\n      - {level: interview, decided_on: 2026-06-01, by: 领导小组, reason: 滞后}\n',
          '市发展改革委',
          '2026-06-29',
        ) +
        task('D', '', '市财政局', '2026-12-31') +
        '    milestones:\n      - name: 上报方案\n        due: 2026-05-31\n        done_on: 2026-05-30\n',
    );
    const byId = Object.fromEntries(r.items.map((i) => [i.id, i]));
    expect(byId.A).toMatchObject({
      unit: '市发展改革委',
      class: 'done',
      closable: false,
      closed: { on: '2026-06-20', period: '2026H1' },
    });
    expect(byId.B).toMatchObject({ class: 'suspended', carryable: false }); // no carry_over reason
    expect(byId.C).toMatchObject({ class: 'behind', level: 'interview' });
    expect(byId.D).toMatchObject({
      class: 'done',
      completed: false,
      carryable: false, // no carry_over reason
    });
    expect(r.units[0]).toMatchObject({ unit: '市发展改革委', due: 2, done: 1, open: 1, excused: 1 });
  });

  it('orders accounts worst first, units with nothing due last', () => {
    const a = (unit: string, rate: number | null, removed = 0, unapproved = 0): UnitAccount => ({
      unit,
      due: 1,
      done: 0,
      doneOnTime: 0,
      open: 0,
      removed,
      notDue: 0,
      excused: 0,
      unapproved,
      rate,
    });
    const sorted = [a('甲', null), a('乙', 1), a('丙', 0.5), a('丁', 0.5, 1), a('戊', 0.5, 1, 2)].sort(
      compareAccounts,
    );
    expect(sorted.map((x) => x.unit)).toEqual(['戊', '丁', '丙', '乙', '甲']);
  });

  it('effectiveEntry leaves an entry without unapproved changes as it is', () => {
    const t = ledger(task('A', '')).tasks[0] as Task;
    expect(effectiveEntry('tasks', t, t, [])).toBe(t);
  });
});
