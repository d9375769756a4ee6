// check --format junit and --format gitlab: paths relative to the repository root wherever the
// command runs; and the warning for a modeline that leads nowhere.
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../helpers.js';
import { findModelines } from '../../src/ledger/modeline.js';
import { renderJunit, xmlEscape } from '../../src/render/common/diagnostics-ci.js';

vi.setConfig({ testTimeout: 60_000 });

/** A repository holding the broken fixture under data/ledgers, and a subfolder to run from. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'reform-ci-'));
  spawnSync('git', ['init', '-q'], { cwd: root });
  mkdirSync(join(root, 'data'));
  cpSync(join(FIXTURES, 'broken'), join(root, 'data', 'ledgers'), { recursive: true });
  mkdirSync(join(root, 'data', 'sub'));
  return root;
}

function reform(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/reform.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REFORM_LANG: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('check --format gitlab', () => {
  it('is GitLab Code Quality JSON with repository-relative paths, exit 1 on errors', () => {
    const root = repo();
    const r = reform(join(root, 'data', 'sub'), 'check', '--ledgers', '../ledgers', '--format', 'gitlab');
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out) as Record<string, unknown>[];
    const json = JSON.parse(reform(root, 'check', '--ledgers', 'data/ledgers', '--format', 'json').out);
    expect(issues).toHaveLength(json.diagnostics.length);
    const date = issues.find((i) => i.check_name === 'invalid-date')!;
    expect(Object.keys(date).sort()).toEqual([
      'check_name',
      'description',
      'fingerprint',
      'location',
      'severity',
    ]);
    expect(date).toMatchObject({
      severity: 'major',
      location: { path: 'data/ledgers/tasks.yaml', lines: { begin: 42 } },
    });
    expect(String(date.description)).toContain('日期无效：2026-02-30');
    expect(issues.some((i) => i.severity === 'minor')).toBe(true);
    // fingerprints are unique and do not move with the line
    const prints = issues.map((i) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const tasks = join(root, 'data', 'ledgers', 'tasks.yaml');
    writeFileSync(tasks, `# 新增一行注释\n${readFileSync(tasks, 'utf8')}`);
    const moved = JSON.parse(reform(root, 'check', '--ledgers', 'data/ledgers', '--format', 'gitlab').out);
    const movedDate = moved.find((i: { check_name: string }) => i.check_name === 'invalid-date');
    expect(movedDate.location.lines.begin).toBe(43);
    expect(movedDate.fingerprint).toBe(date.fingerprint);
  });
});

describe('check --format junit', () => {
  it('has one test case per file and one failure per error', () => {
    const root = repo();
    const r = reform(join(root, 'data'), 'check', '--ledgers', 'ledgers', '--format', 'junit');
    expect(r.code).toBe(1);
    const json = JSON.parse(reform(root, 'check', '--ledgers', 'data/ledgers', '--format', 'json').out);
    expect(r.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    const cases = [...r.out.matchAll(/<testcase classname="reform.check" name="([^"]+)"/g)].map((m) => m[1]);
    expect(cases.sort()).toEqual(
      ['pilots', 'policy', 'problems', 'reminders', 'tasks', 'units']
        .map((k) => `data/ledgers/${k}.yaml`)
        .sort(),
    );
    const failures = r.out.match(/<failure /g) ?? [];
    expect(failures).toHaveLength(json.summary.errors);
    expect(r.out).toContain(`failures="${json.summary.errors}"`);
    expect(r.out).toContain('type="invalid-date"');
    expect(r.out).toContain('data/ledgers/tasks.yaml:42:15: 日期无效：2026-02-30');
  });

  it('passes on clean ledgers, every case without a failure', () => {
    const r = reform(ROOT, 'check', '--ledgers', join(FIXTURES, 'clean'), '--format', 'junit');
    expect(r.code).toBe(0);
    expect(r.out).toContain('failures="0"');
    expect(r.out).not.toContain('<failure');
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlEscape('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    const xml = renderJunit(
      ['x.yaml'],
      [
        {
          severity: 'error',
          code: 'invalid-value',
          message: '取值无效：<script>',
          file: 'x.yaml',
          repoPath: 'x.yaml',
          line: 1,
          column: 1,
          path: 'tasks[0]',
        },
      ],
      false,
    );
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
  });
});

describe('modeline check', () => {
  it('finds modelines and their columns', () => {
    expect(
      findModelines('# yaml-language-server: $schema=../schemas/tasks.schema.json\ntasks: []\n'),
    ).toEqual([{ schema: '../schemas/tasks.schema.json', line: 1, column: 33 }]);
    expect(findModelines('tasks: [] # yaml-language-server: $schema=x.json\n')).toEqual([]);
    const text =
      '# 说明\r\n\n  # yaml-language-server: $schema=a.json yaml-language-server\ntasks: []\n#yaml-language-server:  $schema=b.json\n';
    expect(findModelines(text)).toEqual([
      { schema: 'a.json', line: 3, column: 35 },
      { schema: 'b.json', line: 5, column: 33 },
    ]);
  });

  it('warns when a file moved into a folder keeps a modeline that now leads nowhere', () => {
    const root = mkdtempSync(join(tmpdir(), 'reform-modeline-'));
    cpSync(join(ROOT, 'schemas'), join(root, 'schemas'), { recursive: true });
    cpSync(join(ROOT, 'ledgers'), join(root, 'ledgers'), { recursive: true });
    mkdirSync(join(root, 'ledgers', 'tasks'));
    renameSync(join(root, 'ledgers', 'tasks.yaml'), join(root, 'ledgers', 'tasks', '2026.yaml'));
    // a pilots file pointing at the tasks schema
    const pilots = join(root, 'ledgers', 'pilots.yaml');
    writeFileSync(pilots, readFileSync(pilots, 'utf8').replace('pilots.schema.json', 'tasks.schema.json'));
    const r = reform(root, 'check', '--format', 'json');
    const found = JSON.parse(r.out).diagnostics.filter((d: { code: string }) =>
      d.code.startsWith('modeline'),
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'modeline-schema-kind',
        file: 'ledgers/pilots.yaml',
        line: 1,
        column: 33,
      }),
      expect.objectContaining({
        severity: 'warning',
        code: 'modeline-schema-missing',
        file: 'ledgers/tasks/2026.yaml',
        line: 1,
        column: 33,
        hint: expect.stringContaining('../../schemas/tasks.schema.json'),
      }),
    ]);
    expect(r.code).toBe(0);
  });
});
