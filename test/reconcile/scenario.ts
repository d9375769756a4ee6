// A real temporary git repository with a year of ledger history: a baseline commit tagged
// baseline/2026, then commits that add, complete, postpone (with and without approval),
// withdraw and delete entries. Used by the diff, check --since and reconcile tests.
import { existsSync } from 'node:fs';
import { stringify } from 'yaml';
import { TempRepo } from '../git/temp-repo.js';

type Obj = Record<string, unknown>;

export function task(id: string, unit: string, deadline: string, extra: Obj = {}): Obj {
  return {
    id,
    title: `改革任务 ${id}`,
    lead_leader: '李副市长',
    lead_unit: unit,
    measures: '制定方案并组织实施',
    deliverable: '实施意见',
    deadline,
    ...extra,
  };
}

export const A = '市发展改革委';
export const B = '市财政局';
export const C = '市教育局';

export const UNITS_YAML = `# yaml-language-server: $schema=../schemas/units.schema.json
units:
  - name: 市委改革办
    kind: office
  - name: ${A}
    kind: department
  - name: ${B}
    kind: department
    aliases: [财政局]
  - name: ${C}
    kind: department
`;

export function listYaml(kind: string, entries: Obj[]): string {
  return `# yaml-language-server: $schema=../schemas/${kind}.schema.json\n# ${kind} 台账（注释应保留）\n${stringify({ [kind]: entries }, { lineWidth: 0 })}`;
}

const adj = (
  on: string,
  field: string,
  from: string,
  to: string,
  ref: string | null = '改革办〔2026〕1号',
): Obj => ({
  on,
  field,
  from,
  to,
  approved_by: '市委改革领导小组',
  ...(ref ? { ref } : {}),
});

/** The entries at each step; each step is one commit. */
export function ledgerAt(step: number): { tasks: Obj[]; pilots: Obj[]; problems: Obj[] } {
  const t: Record<string, Obj | undefined> = {
    'RW-001': task('RW-001', A, '2026-06-30'),
    'RW-002': task('RW-002', A, '2026-03-31'),
    'RW-003': task('RW-003', B, '2026-04-30'),
    'RW-004': task('RW-004', B, '2026-05-31'),
    'RW-005': task('RW-005', C, '2026-06-15'),
    'RW-006': task('RW-006', C, '2026-10-31', { milestones: [{ name: '上报方案', due: '2026-03-31' }] }),
    'RW-007': task('RW-007', A, '2026-12-31'),
    'RW-008': task('RW-008', B, '2026-06-30'),
    'RW-009': task('RW-009', C, '2026-05-31'),
  };
  const pilot: Obj = {
    id: 'SD-01',
    title: '综合改革试点',
    level: 'municipal',
    origin: 'assigned',
    lead_leader: '王副市长',
    lead_unit: B,
    plan: '试点推进方案',
    team: [B],
    start: '2025-07-01',
    end: '2026-06-30',
  };
  const problem: Obj = {
    id: 'WT-01',
    found_on: '2025-12-10',
    found_by: 'daily',
    description: '审批材料重复提交',
    unit: C,
    deadline: '2026-04-30',
  };
  if (step >= 1) t['RW-010'] = task('RW-010', A, '2026-06-20');
  if (step >= 2)
    t['RW-003'] = {
      ...t['RW-003'],
      deadline: '2026-09-30',
      adjustments: [adj('2026-02-10', 'deadline', '2026-04-30', '2026-09-30')],
    };
  if (step >= 3) {
    t['RW-004'] = { ...t['RW-004'], deadline: '2026-08-31' };
    t['RW-009'] = {
      ...t['RW-009'],
      withdrawn: { on: '2026-03-01', reason: '上级政策调整', approved_by: '市委改革领导小组' },
    };
  }
  if (step >= 4)
    t['RW-006'] = {
      ...t['RW-006'],
      milestones: [{ name: '上报方案', due: '2026-03-31', done_on: '2026-03-20' }],
    };
  if (step >= 5) {
    t['RW-005'] = undefined;
    t['RW-008'] = { ...t['RW-008'], deadline: '2026-07-31' };
  }
  if (step >= 6)
    t['RW-008'] = {
      ...t['RW-008'],
      // recorded a commit after the change, without the approval document's number: 事后补录, unapproved
      adjustments: [adj('2026-04-10', 'deadline', '2026-06-30', '2026-07-31', null)],
    };
  if (step >= 7) {
    t['RW-001'] = { ...t['RW-001'], completed_on: '2026-05-20', evidence: '市发改委〔2026〕12号' };
    t['RW-002'] = { ...t['RW-002'], completed_on: '2026-04-15' };
    problem.rectified_on = '2026-05-10';
    problem.evidence = ['整改报告'];
  }
  if (step >= 8) {
    pilot.completed_on = '2026-06-28';
    pilot.evidence = '试点总结';
  }
  return { tasks: Object.values(t).filter((x): x is Obj => !!x), pilots: [pilot], problems: [problem] };
}

export const STEPS: [string, string][] = [
  ['2026 年改革任务清单（经领导小组批准）', '2026-01-05T10:00:00+08:00'],
  ['新增 RW-010', '2026-02-01T10:00:00+08:00'],
  ['RW-003 延期（已批准）', '2026-02-15T10:00:00+08:00'],
  ['RW-004 延期；RW-009 撤销', '2026-03-01T10:00:00+08:00'],
  ['RW-006 上报方案', '2026-03-20T10:00:00+08:00'],
  ['删除 RW-005；RW-008 延期', '2026-04-01T10:00:00+08:00'],
  ['RW-008 补记调整', '2026-04-10T10:00:00+08:00'],
  ['RW-001、RW-002 办结；WT-01 整改', '2026-05-20T10:00:00+08:00'],
  ['SD-01 完成', '2026-06-28T10:00:00+08:00'],
];

export function writeStep(repo: TempRepo, step: number, dir = 'ledgers'): void {
  const l = ledgerAt(step);
  repo.write(`${dir}/tasks.yaml`, listYaml('tasks', l.tasks));
  repo.write(`${dir}/pilots.yaml`, listYaml('pilots', l.pilots));
  repo.write(`${dir}/problems.yaml`, listYaml('problems', l.problems));
  repo.write(`${dir}/units.yaml`, UNITS_YAML);
}

const built = new Map<string, { repo: TempRepo; shas: string[] }>();

/**
 * The repository after `upTo` steps (all of them by default), tagged baseline/2026 at step 0: a
 * fresh copy each call. The history is committed once per test file and copied (a folder copy
 * instead of some thirty git processes a repository).
 */
export function scenarioRepo(upTo = STEPS.length - 1, dir = 'ledgers'): { repo: TempRepo; shas: string[] } {
  const key = `${upTo} ${dir}`;
  let made = built.get(key);
  // (a test file's removeTemp() may have taken the first one away)
  if (!made || !existsSync(made.repo.dir)) built.set(key, (made = buildScenario(upTo, dir)));
  return { repo: made.repo.copy(), shas: [...made.shas] };
}

function buildScenario(upTo: number, dir: string): { repo: TempRepo; shas: string[] } {
  const repo = TempRepo.init();
  const shas: string[] = [];
  for (let i = 0; i <= upTo; i++) {
    writeStep(repo, i, dir);
    shas.push(repo.commit(STEPS[i]![0], STEPS[i]![1]));
    if (i === 0) repo.tag('baseline/2026');
  }
  return { repo, shas };
}

/** The clock that makes today 2026-07-05 in Asia/Shanghai. */
export const JULY_5 = new Date('2026-07-05T04:00:00Z');
