import { describe, expect, it } from 'vitest';
import { loadTexts, type SourceText } from '../../src/ledger/load.js';
import { loadReusing } from '../../src/ledger/reuse.js';

function task(id: string, deadline = '2026-06-30', extra = ''): string {
  return `  - id: ${id}
    title: 任务 ${id}
    lead_leader: 李副市长
    lead_unit: 市发展改革委
    measures: 出台方案
    deliverable: 实施意见
    deadline: ${deadline}
${extra}`;
}

const UNITS = 'units:\n  - name: 市发展改革委\n    kind: department\n';
const CURRENT: SourceText[] = [
  {
    kind: 'tasks',
    file: 'l/tasks.yaml',
    bytes: `# 台账\ntasks:\n${task('A')}${task('B', '2026-09-30')}${task('C')}`,
  },
  { kind: 'units', file: 'l/units.yaml', bytes: UNITS },
];

function same(sources: SourceText[]) {
  const previous = loadTexts(CURRENT, 'l');
  const full = loadTexts(sources, 'l');
  const reused = loadReusing(sources, previous, 'l');
  expect(reused.ledger).toEqual(full.ledger);
  expect([...reused.knownIds].sort()).toEqual([...full.knownIds].sort());
  expect(reused.findings).toEqual(full.findings);
  expect(reused.files.map((f) => [f.file, f.kind, f.entries])).toEqual(
    full.files.map((f) => [f.file, f.kind, f.entries]),
  );
  expect(reused.entries).toBe(full.entries);
  for (const kind of ['tasks', 'pilots', 'problems'] as const) {
    expect(reused.ledger[kind].map((e) => reused.origin(e))).toEqual(
      full.ledger[kind].map((e) => full.origin(e)),
    );
  }
  return { previous, reused };
}

describe('loadReusing', () => {
  it('takes unchanged entries from the version already loaded and parses only the rest', () => {
    const older: SourceText[] = [
      {
        kind: 'tasks',
        file: 'l/tasks.yaml',
        bytes: Buffer.from(`tasks:\n${task('A')}${task('B')}${task('D')}${task('C')}`),
      },
      { kind: 'units', file: 'l/units.yaml', bytes: UNITS },
    ];
    const { previous, reused } = same(older);
    const ids = reused.ledger.tasks.map((t) => t.id);
    expect(ids).toEqual(['A', 'B', 'D', 'C']);
    expect(reused.ledger.tasks[0]).toBe(previous.ledger.tasks[0]); // A: same text, same object
    expect(reused.ledger.tasks[3]).toBe(previous.ledger.tasks[2]); // C
    expect(reused.ledger.tasks[1]).not.toBe(previous.ledger.tasks[1]); // B changed
    expect(reused.ledger.tasks[1]!.deadline).toBe('2026-06-30');
    expect(reused.locator('l/tasks.yaml')!.lineText(2)).toBe('  - id: A');
  });

  it('reports schema findings of changed items at their place in the file', () => {
    const older: SourceText[] = [
      {
        kind: 'tasks',
        file: 'l/tasks.yaml',
        bytes: `tasks:\n${task('A')}${task('B', '2026-02-30')}${task('C', '2026-06-30', '    dealine: x\n')}`,
      },
      { kind: 'units', file: 'l/units.yaml', bytes: UNITS },
    ];
    const { reused } = same(older);
    expect(reused.findings.map((f) => [f.code, f.path])).toEqual([
      ['invalid-date', ['tasks', 1, 'deadline']],
      ['unknown-key', ['tasks', 2, 'dealine']],
    ]);
    expect(reused.knownIds.has('B')).toBe(true);
  });

  it('falls back to a full load for YAML errors, flow style, folders of files and other kinds', () => {
    same([{ kind: 'tasks', file: 'l/tasks.yaml', bytes: `tasks:\n${task('A')}  - id: [\n` }]);
    same([{ kind: 'tasks', file: 'l/tasks.yaml', bytes: 'tasks: [{id: A}]\n' }]);
    same([
      { kind: 'tasks', file: 'l/tasks/a.yaml', bytes: `tasks:\n${task('A')}` },
      { kind: 'tasks', file: 'l/tasks/b.yaml', bytes: `tasks:\n${task('C')}${task('E')}` },
      { kind: 'units', file: 'l/units.yaml', bytes: UNITS },
      { kind: 'policy', file: 'l/policy.yaml', bytes: 'office: 县委改革办\n' },
    ]);
    same([{ kind: 'tasks', file: 'l/tasks.yaml', bytes: Buffer.from([0x74, 0x61, 0xff, 0x0a]) }]);
  });
});
