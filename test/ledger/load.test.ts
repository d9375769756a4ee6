import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTexts, type SourceText } from '../../src/ledger/load.js';
import { openLedgers } from '../../src/commands/shared/open.js';
import { runChecks } from '../../src/checks/index.js';
import { finalize } from '../../src/diagnostics/finalize.js';
import { FIXTURES, NOW, ROOT } from '../helpers.js';
import { existsSync } from 'node:fs';

const TASK = `  - id: RW-2026-001
    title: 深化改革
    lead_leader: 张明
    lead_unit: 市财政局
    measures: 措施
    deliverable: 文件
    deadline: 2026-06-30
`;

function check(files: Record<string, string>, parse: 'auto' | 'full' = 'auto') {
  const sources: SourceText[] = Object.entries(files).map(([file, text]) => ({
    kind: file.replace(/\/.*$|\.yaml$/g, '') as SourceText['kind'],
    file,
    bytes: Buffer.from(text),
  }));
  const loaded = loadTexts(sources, '', { parse });
  const diags = finalize([...loaded.findings, ...runChecks(loaded, '2026-11-20')], loaded.locator);
  return { loaded, diags, codes: diags.map((d) => `${d.code}@${d.line}:${d.column}`) };
}

describe('loader', () => {
  it('keeps an office’s own x_ fields out of the way at every level', () => {
    const { codes, loaded } = check({
      'tasks.yaml': `x_note: 本办备注\ntasks:\n${TASK}    x_budget: 12\n    milestones:\n      - {name: 上报方案, due: 2026-03-01, x_memo: 1}\n`,
    });
    expect(codes).toEqual([]);
    expect(loaded.ledger.tasks[0]!.milestones![0]!.name).toBe('上报方案');
  });

  it('reads a ledger split into a folder, and an empty file as an empty list', () => {
    const { loaded, codes } = check({
      'tasks/a.yaml': `tasks:\n${TASK}`,
      'tasks/b.yaml': `tasks:\n${TASK.replace('001', '002')}`,
      'pilots.yaml': '',
      'problems.yaml': 'problems:\n',
    });
    expect(codes).toEqual([]);
    expect(loaded.ledger.tasks.map((t) => t.id)).toEqual(['RW-2026-001', 'RW-2026-002']);
  });

  it('uses the default policy when there is none', () => {
    const { loaded } = check({ 'tasks.yaml': `tasks:\n${TASK}` });
    expect(loaded.ledger.policy).toMatchObject({
      office: '市委改革办',
      timezone: 'Asia/Shanghai',
      bands: { phone: 15, written: 31, onsite: 46, circular: 61 },
      prewarn_days: 7,
      pilot: { usual_years: 1, max_years: 2 },
      day_count: 'calendar',
    });
  });

  it('rejects an unknown time zone in the policy', () => {
    expect(check({ 'policy.yaml': 'timezone: Mars/Olympus\n' }).codes).toEqual(['invalid-value@1:11']);
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(check({ 'tasks.yaml': `\ufefftasks:\n${TASK}` }).codes).toEqual([]);
  });

  it('knows leap years', () => {
    expect(check({ 'tasks.yaml': `tasks:\n${TASK.replace('2026-06-30', '2028-02-29')}` }).codes).toEqual([]);
    const { diags } = check({ 'tasks.yaml': `tasks:\n${TASK.replace('2026-06-30', '2026-02-29')}` });
    expect(diags.map((d) => [d.code, d.line, d.column])).toEqual([['invalid-date', 8, 15]]);
    expect(diags[0]!.hint).toContain('2026年2月没有29日');
  });

  it('refuses aliases without expanding them (no billion laughs)', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${'abcdefghijkl'[i]}: &${'abcdefghijkl'[i]} [*${'abcdefghijkl'[i - 1]},*${'abcdefghijkl'[i - 1]},*${'abcdefghijkl'[i - 1]}]`,
      );
    const { codes } = check({ 'tasks.yaml': bomb.join('\n') + '\n' });
    expect(codes.every((c) => c.startsWith('yaml-alias'))).toBe(true);
    expect(codes.length).toBeGreaterThan(10);
  });

  it('flags a verification without a rectification', () => {
    const { codes } = check({
      'problems.yaml':
        'problems:\n  - id: WT-1\n    found_on: 2026-05-10\n    found_by: daily\n    description: 问题\n    unit: 市财政局\n    deadline: 2026-08-31\n    verified: {on: 2026-08-10, by: 市委改革办}\n',
    });
    expect(codes).toEqual(['verified-not-rectified@8:5']);
  });

  it('reports a top-level list where a mapping belongs', () => {
    expect(check({ 'tasks.yaml': TASK }).codes).toEqual(['wrong-type@1:5']);
  });

  it('suggests the right top-level key', () => {
    const { diags } = check({ 'tasks.yaml': `task:\n${TASK}` });
    expect(diags[0]!.code).toBe('unknown-key');
    expect(diags[0]!.hint).toContain('tasks');
  });
});

describe('the two parse paths give identical diagnostics and data', () => {
  const dirs = ['broken', 'broken-yaml', 'clean'].map((d) => join(FIXTURES, d));
  if (existsSync(join(ROOT, 'ledgers', 'tasks.yaml'))) dirs.push(join(ROOT, 'ledgers'));
  it.each(dirs)('%s', (dir) => {
    const fast = openLedgers(dir, { now: NOW, parse: 'auto' });
    const full = openLedgers(dir, { now: NOW, parse: 'full' });
    expect(fast.diagnostics).toEqual(full.diagnostics);
    expect(fast.loaded.ledger).toEqual(full.loaded.ledger);
    if (dir.endsWith('clean') || dir.endsWith('ledgers')) {
      expect(fast.loaded.files.every((f) => f.parsedBy === 'fast')).toBe(true);
    }
  });
});

describe('a folder on disk', () => {
  it('is a usage error when missing or empty', () => {
    expect(() => openLedgers('/nonexistent/ledgers')).toThrow(/不存在|does not exist/);
    const empty = mkdtempSync(join(tmpdir(), 'reform-'));
    mkdirSync(join(empty, 'sub'));
    writeFileSync(join(empty, 'notes.txt'), 'x');
    expect(() => openLedgers(empty)).toThrow(/没有台账文件|no ledger files/);
  });
});

describe('entries known to pass (LoadOptions.passed)', () => {
  // the check of what an import would write: the data of the load again, with some items replaced
  const text = `tasks:\n${TASK}${TASK.replace('RW-2026-001', 'RW-2026-002')}    x_budget: 12\n${TASK.replace('RW-2026-001', 'RW-2026-003')}`;
  const kept: unknown[] = [];
  const first = loadTexts([{ kind: 'tasks', file: 'tasks.yaml', bytes: Buffer.from(text) }], '', {
    keep: (s) => kept.push(s.data),
  });
  const raw = () => (kept[0] as { tasks: Record<string, unknown>[] }).tasks;

  const again = (tasks: unknown[], passed?: Set<object>) => {
    const loaded = loadTexts(
      [{ kind: 'tasks', file: 'tasks.yaml', bytes: Buffer.from(text), data: { tasks } }],
      '',
      passed ? { passed } : {},
    );
    return {
      tasks: loaded.ledger.tasks,
      findings: loaded.findings.map((f) => `${f.code} ${f.path.join('.')}`),
    };
  };

  it('gives the same ledger and findings as validating every entry, an edited item validated again', () => {
    expect(first.findings).toEqual([]);
    // the second entry has an x_ field: the schema's output is a new object, not the data read
    expect(first.ledger.tasks[1]).not.toBe(raw()[1]);
    const passed = new Set<object>(first.ledger.tasks);
    const edited = [raw()[0]!, raw()[1]!, { ...raw()[2]!, deadline: '2026-13-45' }];
    const all = again(edited);
    expect(all.findings.length).toBeGreaterThan(0);
    expect(again(edited, passed)).toEqual(all);
    const unedited = [...raw()];
    expect(again(unedited, passed)).toEqual(again(unedited));
  });

  it('takes an entry given as passed as it is, without validating it', () => {
    const broken = { ...raw()[0]!, deadline: 'not a date' };
    expect(again([broken]).findings.length).toBeGreaterThan(0);
    const out = again([broken], new Set([broken]));
    expect(out.findings).toEqual([]);
    expect(out.tasks[0]).toBe(broken);
  });
});
