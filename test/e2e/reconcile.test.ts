// End-to-end: the built binary's exits for reform diff / reconcile / check --since when git
// cannot give what was asked: one line on stderr that says what to do, exit 2, no stack trace.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reform as run } from './binary.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioRepo } from '../reconcile/scenario.js';
import { removeTemp, type TempRepo } from '../git/temp-repo.js';

const reform = (args: string[], cwd: string) => run(args, { cwd });

let repo: TempRepo;
let plain: string;
beforeAll(() => {
  repo = scenarioRepo(2).repo;
  plain = mkdtempSync(join(tmpdir(), 'reform-nogit-'));
  cpSync(join(repo.dir, 'ledgers'), join(plain, 'ledgers'), { recursive: true });
});
afterAll(() => {
  removeTemp();
  rmSync(plain, { recursive: true, force: true });
});

describe('reform diff / reconcile (binary)', () => {
  it('reconciles and diffs in a repository, exit 0', async () => {
    const r = await reform(
      ['reconcile', '--period', '2026H1', '--format', 'json', '--date', '2026-07-05'],
      repo.dir,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).baseline.rev).toBe('baseline/2026');
    const d = await reform(['diff', 'baseline/2026..HEAD', '--format', 'markdown'], repo.dir);
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(/^### 台账变更：baseline\/2026/);
  });

  for (const [what, args, where, message] of [
    [
      'a missing baseline tag',
      ['reconcile', '--period', '2027'],
      'repo',
      /^错误：找不到基线标签 baseline\/2027。.*git tag baseline\/2027/,
    ],
    ['an unknown revision', ['diff', 'v9'], 'repo', /^错误：仓库中没有 git 版本“v9”/],
    [
      'a revision that looks like an option',
      ['check', '--since=--help'],
      'repo',
      /^错误：“--help”不是可用的 git 版本名/,
    ],
    [
      'a folder outside git',
      ['reconcile', '--period', '2026H1'],
      'plain',
      /^错误：.*ledgers 不在 git 仓库中/,
    ],
    ['a bad period', ['reconcile', '--period', '2026Q3'], 'repo', /^错误：对账期 2026Q3 无效/],
  ] as const) {
    it(`${what}: one line on stderr, exit 2`, async () => {
      const r = await reform([...args], where === 'repo' ? repo.dir : plain);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    });
  }
});
