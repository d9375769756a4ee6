// The approved schedule from the baseline reduced to what differs from today (baselineFor: items
// whose dates are the same as today's are left out by comparing their cached date strings) is the
// schedule from the whole baseline, whether the reduced baseline comes from memory or from the
// cache file read back.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { approvedSchedule, type ApprovedSchedule } from '../../src/domain/schedule.js';
import { FINAL_NODE } from '../../src/domain/delay.js';
import type { Ledger } from '../../src/ledger/types.js';
import { postponementDiff } from '../../src/reconcile/diff.js';
import {
  baselineFor,
  datesKey,
  hasDates,
  readCachedBaseline,
  toCached,
  writeCachedBaseline,
} from '../../src/versions/baseline-cache.js';
import { settleWithoutHistory } from '../../src/versions/history.js';

type Ms = { name: string; due: string }[];
const task = (id: string, deadline: string, milestones?: Ms, extra: Record<string, unknown> = {}) => ({
  id,
  title: `任务${id}`,
  lead_unit: '市司法局',
  deadline,
  ...(milestones ? { milestones } : {}),
  ...extra,
});
const rec = (field: string, from: string, to: string) => ({
  on: '2026-03-01',
  field,
  from,
  to,
  approved_by: '市委深改委',
});

function ledger(parts: Partial<Record<'tasks' | 'pilots' | 'problems', unknown[]>>): Ledger {
  return {
    dir: 'ledgers',
    policy: {},
    tasks: parts.tasks ?? [],
    pilots: parts.pilots ?? [],
    problems: parts.problems ?? [],
    units: [{ name: '市司法局', kind: 'department' }],
    leaders: [],
    reminders: [],
  } as unknown as Ledger;
}

const M = (...pairs: string[]): Ms => {
  const out: Ms = [];
  for (let i = 0; i < pairs.length; i += 2) out.push({ name: pairs[i]!, due: pairs[i + 1]! });
  return out;
};

const BASE = ledger({
  tasks: [
    task('T1', '2026-06-30', M('上报方案', '2026-03-31')),
    task('T2', '2026-06-30'),
    task('T3', '2026-06-30'),
    task('T4', '2026-09-30', M('上报方案', '2026-03-31', '文件出台', '2026-05-31')),
    task('T5', '2026-09-30', M('上报方案', '2026-03-31', '文件出台', '2026-05-31')),
    task('T6', '2026-09-30', M('调研论证', '2026-04-30')),
    task('T7', '2026-08-31', M('上报方案', '2026-04-30'), { responsible_units: ['市财政局'] }),
    task('T8', '2026-08-31'),
    task('T9', '2026-08-31'),
    task('T9', '2026-12-31'), // a later duplicate: only the first counts
    task('T10', '2026-10-31', M('a\u0001b', '2026-05-31')),
    task('T11', '2026-10-31', M('a', '2026-01-01', 'b', '2026-02-01')),
    task('T12', '2026-10-31', M('多行\n名称', '2026-05-31')),
    task('T13', '2026-10-31', M('甲', '2026-04-30', '乙', '2026-05-31')),
    task('T14', '2026-07-31'), // unreadable today: not deleted
    task('T15', '2026-07-31', []),
  ],
  pilots: [
    { id: 'SD1', title: '试点1', lead_unit: '市司法局', start: '2026-01-01', end: '2026-12-31' },
    { id: 'SD2', title: '试点2', lead_unit: '市司法局', start: '2026-01-01', end: '2026-10-31' },
  ],
  problems: [
    { id: 'WT1', description: '问题1', unit: '市司法局', deadline: '2026-05-31' },
    { id: 'WT2', description: '问题2', unit: '市司法局', deadline: '2026-05-31' },
  ],
});

const CURRENT = ledger({
  tasks: [
    task('T1', '2026-06-30', M('上报方案', '2026-03-31')), // unchanged
    task('T2', '2026-09-30', undefined, { adjustments: [rec('deadline', '2026-06-30', '2026-09-30')] }),
    task('T3', '2026-09-30'), // moved without a record
    task('T4', '2026-09-30', M('上报方案', '2026-03-31', '文件出台', '2026-07-31')), // milestone moved
    task('T5', '2026-09-30', M('上报方案', '2026-03-31')), // milestone dropped
    task('T6', '2026-09-30', M('调研', '2026-04-30')), // milestone renamed
    task('T8', '2026-07-31'), // moved earlier: no postponement
    task('T9', '2026-09-30'),
    task('T10', '2026-10-31', M('a\u0001b', '2026-06-30')), // a name holding the separator, moved
    task('T11', '2026-10-31', M('a\u00012026-01-01\u0001b', '2026-02-01')), // not T11's dates
    task('T12', '2026-10-31', M('多行\n名称', '2026-05-31')), // unchanged, name with a newline
    task('T13', '2026-10-31', M('乙', '2026-05-31', '甲', '2026-04-30')), // order swapped
    task('T15', '2026-07-31'), // [] and none: the same dates
    task('T16', '2026-05-31'), // new since the baseline
    task('T1', '2026-12-31'), // a later duplicate today: only the first counts
  ],
  pilots: [
    { id: 'SD1', title: '试点1', lead_unit: '市司法局', start: '2026-01-01', end: '2027-06-30' },
    { id: 'SD2', title: '试点2', lead_unit: '市司法局', start: '2026-01-01', end: '2026-10-31' },
  ],
  problems: [{ id: 'WT1', description: '问题1', unit: '市司法局', deadline: '2026-08-31' }],
});
const KNOWN_TODAY = new Set(['T14']);

function scheduleFrom(baseline: Ledger): ApprovedSchedule {
  const diff = postponementDiff(baseline, CURRENT, { knownAfter: KNOWN_TODAY });
  settleWithoutHistory(diff, '2026-04-01');
  return approvedSchedule({
    current: CURRENT,
    baseline,
    diff,
    info: { rev: 'baseline/2026', sha: 'a'.repeat(40), date: '2026-01-31' },
    finalNames: FINAL_NODE,
  });
}

/** What a schedule says (its functions asked about every node that differs). */
function facts(s: ApprovedSchedule) {
  return {
    ledger: { tasks: s.ledger.tasks, pilots: s.ledger.pilots, problems: s.ledger.problems },
    items: s.items,
    unapproved: s.unapproved,
    lateRecords: s.lateRecords,
    deleted: s.deleted,
    differing: s.differing,
    nodes: s.differing.map((n) => s.node(n.ledger, n.item, n.node)),
  };
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the baseline reduced to what differs from today', () => {
  const info = { sha: 'b'.repeat(40), folder: 'ledgers', date: '2026-01-31', subject: '基线' };
  // the whole baseline, but for the long texts judging never reads (a deleted item keeps the rest)
  const full = scheduleFrom({
    ...BASE,
    tasks: BASE.tasks.map(({ responsible_units, ...e }) => e) as Ledger['tasks'],
  });

  it('gives the schedule of the whole baseline (from memory)', () => {
    const reduced = baselineFor(toCached(BASE, info, ['T14'], 0).data, CURRENT)!;
    // only what differs (T1: in its later duplicate), and what was deleted (T7 whole, WT2; T14 is
    // unreadable today, not deleted)
    expect(reduced.tasks.map((e) => e.id)).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'T9',
      'T10',
      'T11',
      'T13',
      'T14',
    ]);
    expect(reduced.pilots.map((e) => e.id)).toEqual(['SD1']);
    expect(reduced.problems.map((e) => e.id)).toEqual(['WT1', 'WT2']);
    const s = scheduleFrom(reduced);
    expect(facts(s)).toEqual(facts(full));
    // the cases this rests on, as the whole baseline gives them
    expect(s.unapproved.map((u) => `${u.id} ${u.postponement.field}`)).toEqual([
      'T3 deadline',
      'T4 milestones.文件出台',
      'T9 deadline',
      'T10 milestones.a\u0001b',
      'SD1 end',
      'WT1 deadline',
    ]);
    expect(s.deleted.map((d) => d.id)).toEqual(['T7', 'WT2']);
    expect(s.deleted[0]!.entry).toMatchObject({
      title: '任务T7',
      lead_unit: '市司法局',
      deadline: '2026-08-31',
    });
    expect(s.differing.filter((d) => d.written === undefined).map((d) => `${d.item} ${d.node}`)).toContain(
      'T5 文件出台',
    );
  });

  it('gives the same schedule from the cache file read back', () => {
    const root = mkdtempSync(join(tmpdir(), 'reform-bcache-'));
    dirs.push(root);
    mkdirSync(join(root, '.git'));
    writeCachedBaseline(root, info.sha, info.folder, toCached(BASE, info, ['T14'], 0).bytes);
    const read = readCachedBaseline(root, info.sha, info.folder)!;
    expect(read.header).toMatchObject({ sha: info.sha, date: '2026-01-31', unreadable: [] });
    expect(facts(scheduleFrom(baselineFor(read, CURRENT)!))).toEqual(facts(full));
    // another commit's or folder's cache is not this one
    expect(readCachedBaseline(root, 'c'.repeat(40), info.folder)).toBeUndefined();
    expect(readCachedBaseline(root, info.sha, 'other')).toBeUndefined();
  });

  it('compares dates as text exactly as the whole strings would', () => {
    const kinds = ['tasks', 'tasks', 'tasks', 'tasks', 'tasks', 'tasks', 'tasks'] as const;
    const items = [
      task('X', '2026-06-30'),
      task('X', '2026-06-30', []),
      task('X', '2026-06-3'),
      task('X', '2026-06-30', M('a', '2026-01-01', 'b', '2026-02-01')),
      task('X', '2026-06-30', M('a\u00012026-01-01\u0001b', '2026-02-01')),
      task('X', '2026-06-30', M('a', '2026-01-01')),
      task('X', '2026-06-30', M('a\tb', '2026-01-01')),
    ];
    kinds.forEach((k, i) => {
      items.forEach((b) => {
        const a = items[i]!;
        const key = datesKey(k, b as never);
        expect(hasDates(k, a as never, key)).toBe(datesKey(k, a as never) === key);
      });
    });
  });
});
