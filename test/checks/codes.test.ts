// Every check code, on the deliberately broken fixture sets, with its location.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLedgers } from '../../src/commands/shared/open.js';
import { FIXTURES, NOW } from '../helpers.js';
import type { Code } from '../../src/diagnostics/types.js';

const where = (dir: string) =>
  openLedgers(join(FIXTURES, dir), { now: NOW }).diagnostics.map(
    (d) => `${d.severity} ${d.code} ${d.file.split('fixtures/')[1]}:${d.line}:${d.column} ${d.path}`,
  );

describe('the broken fixture (schema and cross-ledger rules)', () => {
  const got = where('broken');
  it.each([
    'warning pilot-not-filed broken/pilots.yaml:5:13 pilots[0].origin',
    'warning pilot-term-over-max broken/pilots.yaml:11:10 pilots[0].end',
    'warning pilot-term-over-usual broken/pilots.yaml:21:10 pilots[1].end',
    'error done-before-start broken/pilots.yaml:22:19 pilots[1].completed_on',
    'error end-before-start broken/pilots.yaml:33:10 pilots[2].end',
    'error invalid-value broken/policy.yaml:3:15 prewarn_days',
    'error unknown-related broken/problems.yaml:8:14 problems[0].related',
    'warning completed-without-evidence broken/problems.yaml:9:5 problems[0].rectified_on',
    'error verified-before-rectified broken/problems.yaml:10:20 problems[0].verified.on',
    'error invalid-value broken/problems.yaml:13:15 problems[1].found_by',
    'error unknown-reminder-item broken/reminders.yaml:3:11 reminders[0].item',
    'error date-in-future broken/reminders.yaml:6:11 reminders[1].date',
    'warning unit-alias broken/tasks.yaml:5:16 tasks[0].lead_unit',
    'error not-a-group broken/tasks.yaml:9:12 tasks[0].group',
    'error milestone-after-deadline broken/tasks.yaml:12:14 tasks[0].milestones[0].due',
    'error duplicate-id broken/tasks.yaml:13:9 tasks[1].id',
    'error unknown-unit broken/tasks.yaml:16:16 tasks[1].lead_unit',
    'warning completed-without-evidence broken/tasks.yaml:20:5 tasks[1].completed_on',
    'error closed-unfinished broken/tasks.yaml:29:5 tasks[2].closed',
    'error done-before-start broken/tasks.yaml:33:18 tasks[2].milestones[0].done_on',
    'error date-in-future broken/tasks.yaml:36:18 tasks[2].milestones[1].done_on',
    'error missing-field broken/tasks.yaml:37:5 tasks[3]',
    'error invalid-id broken/tasks.yaml:37:9 tasks[3].id',
    'error empty-value broken/tasks.yaml:41:15 tasks[3].measures',
    'error invalid-date broken/tasks.yaml:42:15 tasks[3].deadline',
    'error unknown-key broken/tasks.yaml:43:5 tasks[3].dealine',
    'error invalid-value broken/tasks.yaml:44:21 tasks[3].lists[1]',
    'error wrong-type broken/tasks.yaml:45:24 tasks[3].responsible_units',
    'error unknown-leader broken/tasks.yaml:23:18 tasks[2].lead_leader',
    'error duplicate-unit broken/units.yaml:11:11 units[3].name',
  ])('%s', (line) => {
    expect(got).toContain(line);
  });
  it('reports nothing else', () => expect(got).toHaveLength(30));
  it('judges the term only of pilots the locality sets up (a national pilot of four years passes)', () =>
    expect(got.filter((l) => l.includes('pilots[3]'))).toEqual([]));
});

describe('the broken-yaml fixture (reading and YAML problems)', () => {
  const got = where('broken-yaml');
  it('locates each file-level problem', () => {
    expect(got).toEqual([
      'error not-utf8 broken-yaml/tasks/a-gbk.yaml:3:12 ',
      'error merge-conflict broken-yaml/tasks/b-conflict.yaml:3:1 ',
      'error merge-conflict broken-yaml/tasks/b-conflict.yaml:5:1 ',
      'error merge-conflict broken-yaml/tasks/b-conflict.yaml:7:1 ',
      'error yaml-tab broken-yaml/tasks/c-tab.yaml:3:1 ',
      'error yaml-syntax broken-yaml/tasks/d-syntax.yaml:5:1 ',
      'error yaml-duplicate-key broken-yaml/tasks/e-duplicate-key.yaml:4:5 ',
      'error yaml-alias broken-yaml/tasks/f-alias.yaml:5:5 ',
      'error wrong-type broken-yaml/units.yaml:1:3 ',
    ]);
  });
});

describe('the broken-policy fixture (policy rules)', () => {
  it('refuses reminder bands out of order', () =>
    expect(where('broken-policy')).toEqual([
      'error bands-out-of-order broken-policy/policy.yaml:2:29 bands.written',
    ]));
});

it('between them, the broken sets exercise every ledger check code', () => {
  const codes = new Set(
    [...where('broken'), ...where('broken-yaml'), ...where('broken-policy')].map((l) => l.split(' ')[1]),
  );
  const all: Code[] = [
    'not-utf8',
    'merge-conflict',
    'yaml-tab',
    'yaml-syntax',
    'yaml-duplicate-key',
    'yaml-alias',
    'unknown-key',
    'missing-field',
    'wrong-type',
    'empty-value',
    'invalid-date',
    'invalid-id',
    'invalid-value',
    'duplicate-id',
    'duplicate-unit',
    'unknown-unit',
    'unit-alias',
    'not-a-group',
    'milestone-after-deadline',
    'done-before-start',
    'end-before-start',
    'date-in-future',
    'completed-without-evidence',
    'closed-unfinished',
    'pilot-term-over-max',
    'pilot-term-over-usual',
    'pilot-not-filed',
    'unknown-related',
    'verified-before-rectified',
    'unknown-reminder-item',
    'unknown-leader',
    'bands-out-of-order',
  ];
  for (const c of all) expect(codes, c).toContain(c);
});
