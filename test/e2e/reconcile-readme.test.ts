// End-to-end: the reconciliation example of docs/reference/reconcile.md, run line for line by bash on a copy of the
// sample ledgers in a fresh temporary repository, with `reform` being the built binary
// (`npm test` builds it first). The outputs the README shows must be what the commands print.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryEnv } from './binary.js';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'docs', 'reference', 'reconcile.md'), 'utf8');

/** The commands of the README's example block. */
function exampleBlock(): string {
  const m = /<!-- reconcile-example:start -->\n```sh\n([\s\S]*?)```\n<!-- reconcile-example:end -->/.exec(
    README,
  );
  if (!m) throw new Error('README has no reconcile example block');
  return m[1]!;
}

/** The README's output block that starts with `first`. */
function shownOutput(first: string): string[] {
  const start = README.indexOf('```\n' + first);
  if (start < 0) throw new Error(`README shows no output starting with ${first}`);
  const body = README.slice(start + 4, README.indexOf('\n```', start + 4));
  return body.split('\n');
}

const hashless = (s: string) => s.replace(/（[0-9a-f]{10}，\d{4}-\d{2}-\d{2}）/g, '（<hash>，<day>）');

interface Run {
  args: string;
  code: number;
  out: string;
}

let dir: string;
let runs: Run[];
let script: { stdout: string; stderr: string };

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'reform-readme-')));
  cpSync(join(ROOT, 'ledgers'), join(dir, 'ledgers'), { recursive: true });
  // `reform` on PATH: the binary, with a marker line before and after each run
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'reform');
  writeFileSync(
    shim,
    `#!/bin/sh\necho "@@reform $*"\n"${process.execPath}" "${join(ROOT, 'bin', 'reform.js')}" "$@" 2>&1\ncode=$?\necho "@@exit $code"\nexit $code\n`,
  );
  chmodSync(shim, 0o755);
  const env = {
    ...binaryEnv(),
    PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CEILING_DIRECTORIES: dir,
    GIT_AUTHOR_NAME: '市委改革办',
    GIT_AUTHOR_EMAIL: 'gaigeban@example.org',
    GIT_COMMITTER_NAME: '市委改革办',
    GIT_COMMITTER_EMAIL: 'gaigeban@example.org',
    GIT_AUTHOR_DATE: '2026-11-20T09:00:00+08:00',
    GIT_COMMITTER_DATE: '2026-11-20T09:00:00+08:00',
  };
  let stdout: string;
  try {
    stdout = execFileSync('bash', ['-c', exampleBlock()], {
      cwd: dir,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`the README example failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
  script = { stdout, stderr: '' };
  runs = [];
  const re = /^@@reform (.*)\n([\s\S]*?)^@@exit (\d+)\n/gm;
  for (let m = re.exec(stdout); m; m = re.exec(stdout))
    runs.push({ args: m[1]!, out: m[2]!, code: Number(m[3]) });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the README reconciliation example', () => {
  it('runs every reform command of the block, with the exit codes the README gives', () => {
    expect(runs.map((r) => [r.args, r.code])).toEqual([
      ['diff baseline/2026', 0],
      ['check --since baseline/2026', 1],
      ['reconcile --period 2026H1 --date 2026-11-20', 0],
      ['reconcile --period 2026 --date 2026-11-20 --close --dry-run', 0],
      ['reconcile --period 2026 --date 2026-11-20 --close', 0],
    ]);
  });

  it('prints the diff the README shows', () => {
    const shown = shownOutput('台账变更：').join('\n');
    expect(hashless(runs[0]!.out.trimEnd())).toBe(hashless(shown));
  });

  it('fails the check with the two history errors', () => {
    const out = runs[1]!.out;
    expect(out).toMatch(
      /错误: ledgers\/tasks\.yaml:\d+:1: 条目 RW-2026-035 自 baseline\/2026 以来被删除 \(tasks\) \[entry-removed\]/,
    );
    expect(out).toMatch(
      /错误: ledgers\/tasks\.yaml:\d+:\d+: milestones\.上报方案 由 2026-05-31 推迟到 2026-07-31.*\[unapproved-postponement\]/,
    );
  });

  it('prints the first-half reconciliation the README shows', () => {
    const out = hashless(runs[2]!.out);
    for (const line of shownOutput('对账：2026H1')) {
      if (line.trim() === '…' || line === '') continue;
      expect(out).toContain(hashless(line));
    }
  });

  it('previews, then writes the close-outs: 23 closed (carry-over waits for the year end), nothing else changed', () => {
    expect(runs[3]!.out).toContain('销号与结转（试运行，未写入任何文件）');
    expect(runs[3]!.out).toContain('  销号 23 项，结转 0 项。');
    expect(runs[3]!.out).toMatch(
      /第 334 行后（RW-2026-009）：\n {6}\+ {5}closed:\n {6}\+ {7}on: 2026-11-20\n {6}\+ {7}period: '2026'\n/,
    );
    expect(runs[4]!.out).toContain('  销号 23 项，结转 0 项。');
    expect(script.stdout).toContain(' ledgers/tasks.yaml | 69 +++');
    expect(script.stdout).toContain('1 file changed, 69 insertions(+)');
    const diff = execFileSync('git', ['diff', '-U0'], { cwd: join(dir, '对账演示'), encoding: 'utf8' });
    const changed = diff.split('\n').filter((l) => /^[-+](?![-+])/.test(l));
    expect(changed.every((l) => l.startsWith('+'))).toBe(true);
    expect(changed.filter((l) => l === '+    closed:')).toHaveLength(23);
  });
});
