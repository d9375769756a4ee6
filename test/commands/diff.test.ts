import { spawn as nodeSpawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseRange, runDiff, type DiffCommandOptions } from '../../src/commands/diff.js';
import { UsageError } from '../../src/cli/errors.js';
import type { SpawnFn } from '../../src/git/index.js';
import { setCacheDefaults } from '../../src/ledger/cache.js';
import { setLang } from '../../src/i18n/index.js';
import { removeTemp, type TempRepo } from '../git/temp-repo.js';
import { scenarioRepo, JULY_5 } from '../reconcile/scenario.js';
import { sink } from '../helpers.js';

let repo: TempRepo;
let dir: string;

beforeAll(() => {
  setLang('zh');
  // the ledgers deep inside the repository, reached by an absolute path
  repo = scenarioRepo(undefined, '台账/2026 年').repo;
  dir = join(repo.dir, '台账/2026 年');
  // uncommitted work: RW-007 postponed without a record, RW-010 with one dated today, a task added
  const tasks = readFileSync(join(dir, 'tasks.yaml'), 'utf8')
    .replace('deadline: 2026-12-31', 'deadline: 2027-03-31')
    .replace(
      /(- id: RW-010\n(?: {4}.*\n)*? {4}deadline: )2026-06-20\n/,
      '$12026-07-20\n    adjustments:\n      - on: 2026-07-05\n        field: deadline\n        from: 2026-06-20\n        to: 2026-07-20\n        approved_by: 分管副市长\n',
    );
  repo.write(
    '台账/2026 年/tasks.yaml',
    `${tasks}  - id: RW-011\n    title: 新任务\n    lead_leader: 李副市长\n    lead_unit: 市财政局\n    measures: 试行\n    deliverable: 办法\n    deadline: 2026-12-31\n`,
  );
});
afterAll(removeTemp);

async function run(opts: Partial<DiffCommandOptions>) {
  const out = sink();
  const code = await runDiff({ ledgers: dir, format: 'json', now: JULY_5, ...opts }, out);
  return {
    code,
    out: out.text(),
    json: opts.format && opts.format !== 'json' ? undefined : JSON.parse(out.text()),
  };
}

const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

describe('parseRange', () => {
  it('reads FROM TO, FROM..TO, FROM.. and ..TO', () => {
    expect(parseRange(undefined, undefined)).toEqual({ from: 'HEAD', to: undefined });
    expect(parseRange('v1', undefined)).toEqual({ from: 'v1', to: undefined });
    expect(parseRange('v1', 'v2')).toEqual({ from: 'v1', to: 'v2' });
    expect(parseRange('v1..v2', undefined)).toEqual({ from: 'v1', to: 'v2' });
    expect(parseRange('v1..', undefined)).toEqual({ from: 'v1', to: 'HEAD' });
    expect(parseRange('..v2', undefined)).toEqual({ from: 'HEAD', to: 'v2' });
    expect(() => parseRange('v1..v2', 'v3')).toThrow(UsageError);
  });
});

describe('reform diff', () => {
  it('compares HEAD with the working tree by default; a change not yet committed happened today', async () => {
    const { code, json } = await run({});
    expect(code).toBe(0);
    expect(json.from).toMatchObject({ rev: 'HEAD', date: '2026-06-28' });
    expect(json.to).toEqual({ worktree: true });
    expect(ids(json.tasks.added)).toEqual(['RW-011']);
    expect(json.tasks.added[0].file).toMatch(/台账\/2026 年\/tasks\.yaml$/);
    expect(json.tasks.removed).toEqual([]);
    const changed = Object.fromEntries(json.tasks.changed.map((c: { id: string }) => [c.id, c]));
    expect(Object.keys(changed).sort()).toEqual(['RW-007', 'RW-010']);
    expect(changed['RW-007'].postponements).toEqual([
      {
        field: 'deadline',
        node: '任务办结',
        from: '2026-12-31',
        to: '2027-03-31',
        days: 90,
        approved: false,
        reason: 'no-record',
      },
    ]);
    expect(changed['RW-010'].postponements).toEqual([
      expect.objectContaining({ to: '2026-07-20', approved: true, changed_on: '2026-07-05' }),
    ]);
    expect(changed['RW-010'].changes.map((c: { path: string }) => c.path)).toEqual([
      'deadline',
      'adjustments',
    ]);
    expect(json.summary).toEqual({ added: 1, removed: 0, changed: 2, postponed: 2, unapproved: 1 });
  });

  it('compares two revisions, given as FROM TO or FROM..TO, matched by id in every ledger', async () => {
    const a = await run({ from: 'baseline/2026', to: 'HEAD' });
    const b = await run({ from: 'baseline/2026..HEAD' });
    expect(b.json).toEqual(a.json);
    const { json } = a;
    expect(json.to).toMatchObject({ rev: 'HEAD', date: '2026-06-28', subject: 'SD-01 完成' });
    expect(ids(json.tasks.added)).toEqual(['RW-010']);
    expect(ids(json.tasks.removed)).toEqual(['RW-005']);
    expect(ids(json.tasks.changed)).toEqual([
      'RW-001',
      'RW-002',
      'RW-003',
      'RW-004',
      'RW-006',
      'RW-008',
      'RW-009',
    ]);
    expect(ids(json.pilots.changed)).toEqual(['SD-01']);
    expect(ids(json.problems.changed)).toEqual(['WT-01']);
    expect(json.units).toEqual({ added: [], removed: [], changed: [] });
    const verdicts = json.tasks.changed.flatMap(
      (c: { id: string; postponements: { approved: boolean; reason?: string; changed_on?: string }[] }) =>
        c.postponements.map((p) => [c.id, p.approved, p.reason ?? '', p.changed_on ?? '']),
    );
    expect(verdicts).toEqual([
      ['RW-003', true, '', '2026-02-15'], // the day of the change is now always found
      ['RW-004', false, 'no-record', ''],
      ['RW-008', false, 'late-without-ref', '2026-04-01'], // recorded a commit later, no ref
    ]);
    // between two commits before the approval record existed
    const early = await run({ from: 'baseline/2026', to: 'HEAD~3' });
    expect(
      early.json.tasks.changed.find((c: { id: string }) => c.id === 'RW-008').postponements[0],
    ).toMatchObject({ approved: false, reason: 'no-record' });
  });

  it('reads every revision through one cat-file process', async () => {
    const calls: string[][] = [];
    const spawn: SpawnFn = (cmd, args, o) => {
      calls.push([...args]);
      return nodeSpawn(cmd, args, o);
    };
    await run({ from: 'baseline/2026', git: { spawn } });
    const catFile = calls.filter((a) => a.includes('cat-file'));
    expect(catFile).toHaveLength(1);
    // a fixed handful of other git commands (resolve, list, log), none per file or per commit
    expect(calls.length).toBeLessThanOrEqual(14);
    expect(
      calls.filter((a) => a[0] === 'show' || (a.includes('cat-file') && !a.includes('--batch'))),
    ).toEqual([]);
  });

  it('prints text and markdown', async () => {
    const text = (await run({ from: 'baseline/2026', format: 'text' })).out;
    expect(text).toMatch(/^台账变更：baseline\/2026（[0-9a-f]{10}，2026-01-05） → 工作区\n/);
    expect(text).toContain('改革任务：新增 2，删除 1，修改 8\n');
    expect(text).toContain('  - RW-005 改革任务 RW-005 · 市教育局\n');
    expect(text).toContain(
      '      deadline: 2026-05-31 → 2026-08-31  延期 92 天，未经批准：没有对应的调整记录\n',
    );
    expect(text).toContain('合计：新增 2 项，删除 1 项，修改 10 项；延期 4 处，其中未经批准 3 处。');
    const md = (await run({ from: 'baseline/2026', format: 'markdown' })).out;
    expect(md).toContain('> **⚠️ 未经批准的延期 3 处；删除的条目 1 项**');
    expect(md).toContain('| **删除** | RW-005 | 改革任务 RW-005 | 市教育局 |  |');
    expect(md).toContain(
      '| 修改 | RW-004 | 改革任务 RW-004 | 市财政局 | `deadline: 2026-05-31 → 2026-08-31` **延期 92 天，未经批准：没有对应的调整记录** |',
    );
    const none = (await run({ from: 'HEAD', to: 'HEAD', format: 'text' })).out;
    expect(none).toContain('两个版本的台账没有差别。');
  });

  it('says what to do for a revision git does not have or a folder outside git', async () => {
    await expect(run({ from: 'baseline/2030' })).rejects.toThrow(/仓库中没有 git 版本“baseline\/2030”/);
    await expect(run({ from: 'HEAD', to: '-x' })).rejects.toThrow(/不是可用的 git 版本名/);
    const { repo: plain } = scenarioRepo(0);
    plain.remove('.git');
    await expect(run({ ledgers: join(plain.dir, 'ledgers') })).rejects.toThrow(/不在 git 仓库中/);
  });
});

describe('reform diff with the parse cache', () => {
  afterEach(() => setCacheDefaults({}));
  const files = (root: string, ns: string) => {
    try {
      return readdirSync(join(root, ns)).length;
    } catch {
      return 0;
    }
  };

  it('keeps the parse of each revision it read, and prints the same without the cache, cold and warm', async () => {
    const opts = { from: 'baseline/2026', to: 'HEAD', format: 'text' as const };
    setCacheDefaults({ version: 'off', env: { REFORM_NO_CACHE: '1' } });
    const none = await run(opts);
    const root = mkdtempSync(join(tmpdir(), 'reform-diff-cache-'));
    setCacheDefaults({ root, version: 'test-build', env: {} });
    const cold = await run(opts);
    // the tasks file differs between the two revisions: both parses are stored
    expect(files(root, 'parse-tasks')).toBe(2);
    const stored = readdirSync(root).map((ns) => files(root, ns));
    const warm = await run(opts);
    expect(readdirSync(root).map((ns) => files(root, ns))).toEqual(stored);
    expect(none.out).toContain('RW-');
    expect([cold.code, warm.code]).toEqual([none.code, none.code]);
    expect([cold.out, warm.out]).toEqual([none.out, none.out]);
  });
});
