import { describe, expect, it } from 'vitest';
import { loadTexts } from '../../src/ledger/load.js';
import { diffLedgers, allPostponements, isEmptyDiff } from '../../src/reconcile/diff.js';
import { judge, judgeOn } from '../../src/reconcile/approval.js';
import { diffFields, canonical } from '../../src/reconcile/field-diff.js';
import { deepEqual } from '../../src/ledger/deep-equal.js';

const UNITS = `units:
  - name: 市发展改革委
    kind: department
  - name: 市财政局
    kind: department
    aliases: [财政局]
`;

function task(id: string, extra = ''): string {
  return `  - id: ${id}
    title: 任务${id}
    lead_leader: 李副市长
    lead_unit: 市发展改革委
    measures: 出台方案
    deliverable: 实施意见
    deadline: 2026-06-30
${extra}`;
}

function ledger(tasks: string, more: { pilots?: string; problems?: string; units?: string } = {}) {
  const sources = [
    { kind: 'tasks' as const, file: 'tasks.yaml', bytes: `tasks:\n${tasks}` },
    { kind: 'units' as const, file: 'units.yaml', bytes: more.units ?? UNITS },
  ];
  if (more.pilots)
    sources.push({ kind: 'pilots' as never, file: 'pilots.yaml', bytes: `pilots:\n${more.pilots}` });
  if (more.problems)
    sources.push({ kind: 'problems' as never, file: 'problems.yaml', bytes: `problems:\n${more.problems}` });
  const loaded = loadTexts(sources);
  expect(loaded.findings).toEqual([]);
  return loaded.ledger;
}

describe('diffFields', () => {
  it('compares scalars, nested mappings, milestones by name and record lists as sets', () => {
    const before = {
      id: 'A',
      deadline: '2026-06-30',
      milestones: [
        { name: '上报方案', due: '2026-03-31' },
        { name: '文件出台', due: '2026-05-31' },
      ],
      progress: [{ date: '2026-02-01', note: '起草' }],
      suspended: { on: '2026-04-01', reason: '等待上级', approved_by: '领导小组' },
      lists: ['annual'],
    };
    const after = {
      id: 'A',
      deadline: '2026-09-30',
      milestones: [
        { name: '文件出台', due: '2026-05-31', done_on: '2026-05-20' },
        { name: '启动实施', due: '2026-07-31' },
      ],
      progress: [
        { date: '2026-02-01', note: '起草' },
        { date: '2026-05-20', note: '印发' },
      ],
      suspended: { on: '2026-04-02', reason: '等待上级', approved_by: '领导小组' },
      lists: ['annual', 'key'],
      completed_on: '2026-05-20',
    };
    expect(diffFields(before, after)).toEqual([
      { path: 'deadline', change: 'changed', from: '2026-06-30', to: '2026-09-30' },
      { path: 'milestones.文件出台.done_on', change: 'added', to: '2026-05-20' },
      { path: 'milestones.启动实施', change: 'added', to: { name: '启动实施', due: '2026-07-31' } },
      { path: 'milestones.上报方案', change: 'removed', from: { name: '上报方案', due: '2026-03-31' } },
      { path: 'progress', change: 'added', to: { date: '2026-05-20', note: '印发' } },
      { path: 'suspended.on', change: 'changed', from: '2026-04-01', to: '2026-04-02' },
      { path: 'lists', change: 'changed', from: ['annual'], to: ['annual', 'key'] },
      { path: 'completed_on', change: 'added', to: '2026-05-20' },
    ]);
  });

  it('sees a record list reordered as no change, and a record edited as removed + added', () => {
    const a = {
      progress: [
        { date: '1', note: 'x' },
        { date: '2', note: 'y' },
      ],
    };
    expect(
      diffFields(a, {
        progress: [
          { note: 'y', date: '2' },
          { date: '1', note: 'x' },
        ],
      }),
    ).toEqual([]);
    expect(
      diffFields(a, {
        progress: [
          { date: '1', note: 'x' },
          { date: '2', note: 'z' },
        ],
      }),
    ).toEqual([
      { path: 'progress', change: 'removed', from: { date: '2', note: 'y' } },
      { path: 'progress', change: 'added', to: { date: '2', note: 'z' } },
    ]);
  });

  it('deepEqual and canonical agree on structure, not key order', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(canonical({ b: 1, a: [2] })).toBe(canonical({ a: [2], b: 1 }));
  });
});

describe('diffLedgers', () => {
  it('finds added, removed and changed entries in every ledger and the units', () => {
    const before = ledger(task('RW-1') + task('RW-2') + task('RW-3'));
    const after = ledger(
      task('RW-1', '    completed_on: 2026-05-01\n    evidence: 文件\n') + task('RW-3') + task('RW-4'),
      {
        units:
          UNITS.replace('aliases: [财政局]', 'aliases: [财政局, 市财政]') +
          '  - name: 市教育局\n    kind: department\n',
      },
    );
    const d = diffLedgers(before, after);
    expect(d.tasks.added.map((e) => e.id)).toEqual(['RW-4']);
    expect(d.tasks.removed.map((e) => [e.id, e.title, e.unit])).toEqual([
      ['RW-2', '任务RW-2', '市发展改革委'],
    ]);
    expect(d.tasks.changed.map((c) => [c.id, c.changes.map((x) => x.path)])).toEqual([
      ['RW-1', ['completed_on', 'evidence']],
    ]);
    expect(d.units.added.map((e) => e.id)).toEqual(['市教育局']);
    expect(d.units.changed[0]!.changes).toEqual([
      { path: 'aliases', change: 'changed', from: ['财政局'], to: ['财政局', '市财政'] },
    ]);
    expect(isEmptyDiff(d)).toBe(false);
    expect(isEmptyDiff(diffLedgers(before, before))).toBe(true);
  });

  it('does not call an entry removed when it is still there but unreadable', () => {
    const before = ledger(task('RW-1') + task('RW-2'));
    const after = ledger(task('RW-1'));
    expect(diffLedgers(before, after, { knownAfter: new Set(['RW-2']) }).tasks.removed).toEqual([]);
    expect(diffLedgers(after, before, { knownBefore: new Set(['RW-2']) }).tasks.added).toEqual([]);
  });

  it('marks deadlines, ends and milestone dues moved later as postponements, with their records', () => {
    const ms = (due: string) => `    milestones:\n      - name: 上报方案\n        due: ${due}\n`;
    const before = ledger(task('RW-1', ms('2026-03-31')) + task('RW-2'), {
      pilots: `  - id: SD-1
    title: 试点
    level: municipal
    origin: assigned
    lead_leader: 王
    lead_unit: 市财政局
    plan: 方案
    team: [市财政局]
    start: 2026-01-01
    end: 2026-12-31
`,
      problems: `  - id: WT-1
    found_on: 2026-01-10
    found_by: daily
    description: 审批超时
    unit: 市财政局
    deadline: 2026-04-30
`,
    });
    const adj = `    adjustments:
      - on: 2026-03-01
        field: deadline
        from: 2026-06-30
        to: 2026-09-30
        approved_by: 市委改革领导小组
`;
    const after = ledger(
      task('RW-1', ms('2026-04-30') + adj).replace('deadline: 2026-06-30', 'deadline: 2026-09-30') +
        task('RW-2').replace('deadline: 2026-06-30', 'deadline: 2026-05-31'),
      {
        pilots: `  - id: SD-1
    title: 试点
    level: municipal
    origin: assigned
    lead_leader: 王
    lead_unit: 市财政局
    plan: 方案
    team: [市财政局]
    start: 2026-01-01
    end: 2027-03-31
`,
        problems: `  - id: WT-1
    found_on: 2026-01-10
    found_by: daily
    description: 审批超时
    unit: 市财政局
    deadline: 2026-05-31
`,
      },
    );
    const d = diffLedgers(before, after);
    const ps = allPostponements(d).map(({ entry, postponement: p }) => [
      entry.id,
      p.field,
      p.node,
      p.from,
      p.to,
      p.days,
      p.records.length,
    ]);
    expect(ps).toEqual([
      ['RW-1', 'deadline', '任务办结', '2026-06-30', '2026-09-30', 92, 1],
      ['RW-1', 'milestones.上报方案', '上报方案', '2026-03-31', '2026-04-30', 30, 0],
      ['SD-1', 'end', '试点完成', '2026-12-31', '2027-03-31', 90, 0],
      ['WT-1', 'deadline', '整改完成', '2026-04-30', '2026-05-31', 31, 0],
    ]);
    // RW-2's deadline moved earlier: a change, not a postponement
    expect(d.tasks.changed.find((c) => c.id === 'RW-2')!.postponements).toEqual([]);
  });
});

describe('approval', () => {
  const base = { field: 'deadline', node: '任务办结', from: '2026-06-30', to: '2026-09-30', days: 92 };
  const rec = (on: string, to = '2026-09-30') => ({
    on,
    field: 'deadline',
    from: '2026-06-30',
    to,
    approved_by: '领导小组',
  });

  it('approves with a record for the new date dated on or before the change', () => {
    expect(judgeOn({ ...base, records: [rec('2026-03-01')] }, '2026-03-01')).toMatchObject({
      status: 'approved',
    });
    expect(judgeOn({ ...base, records: [rec('2026-03-02')] }, '2026-03-01')).toMatchObject({
      status: 'unapproved',
      reason: 'after-change',
    });
    expect(judgeOn({ ...base, records: [] }, '2026-03-01')).toEqual({
      status: 'unapproved',
      reason: 'no-record',
    });
    expect(judgeOn({ ...base, records: [rec('2026-02-01', '2026-08-31')] }, '2026-03-01')).toMatchObject({
      status: 'unapproved',
      reason: 'other-value',
    });
  });

  it('takes the earliest record approving the new date', () => {
    const v = judgeOn({ ...base, records: [rec('2026-05-01'), rec('2026-02-01')] }, '2026-03-01');
    expect(v).toEqual({ status: 'approved', record: rec('2026-02-01') });
  });

  it('decides without the exact day when the record is outside the window, and not inside it', () => {
    const window = { earliest: '2026-02-01', latest: '2026-06-30' };
    expect(judge({ ...base, records: [rec('2026-01-15')] }, window)).toMatchObject({ status: 'approved' });
    expect(judge({ ...base, records: [rec('2026-07-01')] }, window)).toMatchObject({
      status: 'unapproved',
      reason: 'after-change',
    });
    expect(judge({ ...base, records: [rec('2026-03-01')] }, window)).toBeUndefined();
  });
});
