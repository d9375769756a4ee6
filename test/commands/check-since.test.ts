import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../src/commands/check.js';
import { setLang } from '../../src/i18n/index.js';
import { removeTemp, type TempRepo } from '../git/temp-repo.js';
import { scenarioRepo, JULY_5 } from '../reconcile/scenario.js';
import { ROOT, sink } from '../helpers.js';

let repo: TempRepo;
let dir: string;

beforeAll(() => {
  setLang('zh');
  repo = scenarioRepo().repo;
  dir = join(repo.dir, 'ledgers');
  // the scenario's files carry modelines to ../schemas/: give them the schemas (untracked), as a
  // real ledger repository has, so that check has no modeline to warn about
  cpSync(join(ROOT, 'schemas'), join(repo.dir, 'schemas'), { recursive: true });
});
afterAll(removeTemp);

async function check(opts: Partial<CheckOptions>) {
  const out = sink();
  const code = await runCheck({ ledgers: dir, format: 'json', now: JULY_5, ...opts }, out);
  return {
    code,
    out: out.text(),
    json: opts.format && opts.format !== 'json' ? undefined : JSON.parse(out.text()),
  };
}

/** The 1-based line of the first line of `text` matching `re` after the line matching `after`. */
function lineOf(file: string, after: RegExp, re: RegExp): number {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => after.test(l));
  return lines.findIndex((l, i) => i > start && re.test(l)) + 1;
}

describe('reform check --since REV', () => {
  it('passes without --since (the history is not consulted)', async () => {
    const { code, json } = await check({});
    expect(code).toBe(0);
    expect(json.diagnostics.map((d: { code: string }) => d.code)).toEqual(['completed-without-evidence']);
  });

  it('reports unapproved postponements at the field and deleted entries at their list, as errors', async () => {
    const { code, json } = await check({ since: 'baseline/2026' });
    expect(code).toBe(1);
    const found = json.diagnostics
      .filter((d: { code: string }) => d.code !== 'completed-without-evidence')
      .map(
        (d: {
          severity: string;
          code: string;
          line: number;
          column: number;
          path: string;
          message: string;
          file: string;
        }) => [d.severity, d.code, d.file.split('/').pop(), d.line, d.column, d.path, d.message],
      );
    expect(found).toEqual([
      ['error', 'entry-removed', 'tasks.yaml', 3, 1, 'tasks', '条目 RW-005 自 baseline/2026 以来被删除'],
      [
        'error',
        'unapproved-postponement',
        'tasks.yaml',
        lineOf('tasks.yaml', /id: RW-004/, /deadline:/),
        15,
        'tasks[3].deadline',
        'deadline 由 2026-05-31 推迟到 2026-08-31，没有经批准的调整记录（adjustments）',
      ],
      [
        'error',
        'unapproved-postponement',
        'tasks.yaml',
        lineOf('tasks.yaml', /id: RW-008/, /deadline:/),
        15,
        'tasks[6].deadline',
        'deadline 由 2026-06-30 推迟到 2026-07-31，没有经批准的调整记录（adjustments）',
      ],
    ]);
    expect(json.summary.errors).toBe(3);
  });

  it('locates a postponed milestone at its due date, in text and GitHub formats', async () => {
    const { repo: r2 } = scenarioRepo(4);
    const d2 = join(r2.dir, 'ledgers');
    r2.write(
      'ledgers/tasks.yaml',
      readFileSync(join(d2, 'tasks.yaml'), 'utf8').replace('due: 2026-03-31', 'due: 2026-04-30'),
    );
    const out = sink();
    expect(await runCheck({ ledgers: d2, format: 'github', since: 'HEAD', now: JULY_5 }, out)).toBe(1);
    expect(out.text()).toMatch(
      /::error file=.*tasks\.yaml,line=\d+,col=14,title=unapproved-postponement::milestones\.上报方案 由 2026-03-31 推迟到 2026-04-30/,
    );
    const text = sink();
    await runCheck({ ledgers: d2, format: 'text', since: 'HEAD', now: JULY_5 }, text);
    expect(text.text()).toMatch(
      /tasks\[5\]\.milestones\[0\]\.due\) \[unapproved-postponement\]\n.*\n\d+ \| {9}due: 2026-04-30\n/,
    );
  });

  it('is quiet when nothing was postponed or deleted since REV', async () => {
    const { code, json } = await check({ since: 'HEAD' });
    expect(code).toBe(0);
    expect(json.summary.errors).toBe(0);
  });

  it('exits 2 with a clear message for a revision it cannot read', async () => {
    await expect(check({ since: 'nope' })).rejects.toThrow(/仓库中没有 git 版本“nope”/);
  });
});
