// Input that used to crash `reform` or pass silently: deep nesting, huge scalars, tags, anchors,
// raw control characters, unreadable ledger files and an empty units.yaml. Each gives a located
// error (exit 1), never a stack trace or exit 0.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedgers } from '../../src/commands/shared/open.js';
import { MAX_DEPTH, MAX_ENTRY_CHARS } from '../../src/ledger/guard.js';
import { reform } from '../e2e/binary.js';
import { copyFixture, NOW, ROOT } from '../helpers.js';

const FIXTURE = join(ROOT, 'test', 'commands', 'fixtures', 'remind');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(join(d, '..'), { recursive: true, force: true });
});

function folder(edit: (dir: string) => void): string {
  const dir = copyFixture(FIXTURE);
  made.push(dir);
  edit(dir);
  return dir;
}

function editTasks(dir: string, f: (s: string) => string): void {
  const p = join(dir, 'tasks.yaml');
  writeFileSync(p, f(readFileSync(p, 'utf8')));
}

function errors(dir: string, parse: 'auto' | 'full' = 'auto'): string[] {
  return openLedgers(dir, { now: NOW, parse })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.file.split('/').slice(-2).join('/')}:${d.line}:${d.column}`);
}

describe('deep nesting', () => {
  const cases: [string, string, string][] = [
    [
      '3,000 dashes, each one space deeper',
      'tasks:\n' + [...Array(3000)].map((_, i) => `${' '.repeat(i + 1)}-\n`).join(''),
      `:${MAX_DEPTH}:`,
    ],
    [
      '3,000 nested keys',
      'tasks:\n' + [...Array(3000)].map((_, i) => `${' '.repeat(i + 1)}k${i}:\n`).join(''),
      `:${MAX_DEPTH + 1}:`,
    ],
    ['3,000 flow brackets', `tasks: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, ':1:'],
    ['3,000 compact dashes', `tasks:\n  - ${'- '.repeat(3000)}x\n`, ':2:'],
  ];
  it.each(cases)('%s: a located yaml-too-deep, on both parse paths', (_name, text, where) => {
    const dir = folder((d) => writeFileSync(join(d, 'tasks.yaml'), text));
    for (const parse of ['auto', 'full'] as const) {
      const got = errors(dir, parse);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatch(/^yaml-too-deep ledgers\/tasks\.yaml/);
      expect(got[0]).toContain(where);
    }
  });

  it('check and remind exit 1 with the diagnostic, no stack trace', async () => {
    const dir = folder((d) => writeFileSync(join(d, 'tasks.yaml'), cases[0]![1]));
    const check = await reform(['check', '--ledgers', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toMatch(/tasks\.yaml:64:\d+: 嵌套层级超过 64 层/);
    expect(check.stdout + check.stderr).not.toMatch(/Maximum call stack|\n\s+at /);
    const remind = await reform(['remind', '--ledgers', dir]);
    expect(remind.code).toBe(1);
    expect(remind.stderr).not.toMatch(/Maximum call stack|\n\s+at /);
  });

  it('the sample ledgers and every fixture are far below the limit', () => {
    expect(errors(join(ROOT, 'ledgers')).filter((e) => e.startsWith('yaml-too-deep'))).toEqual([]);
  });
});

describe('large scalars', () => {
  const big = '改'.repeat(MAX_ENTRY_CHARS + 10);
  it.each([
    ['double-quoted', `"${big}"`],
    ['plain', big],
    ['double-quoted over many lines', `"${big.match(/.{1,1000}/g)!.join('\n      ')}"`],
  ])('a %s value over the limit is refused at its entry', (_name, value) => {
    const dir = folder((d) =>
      editTasks(d, (s) => s.replace('measures: 出台投资项目审批改革实施方案', `measures: ${value}`)),
    );
    expect(errors(dir)).toEqual(['too-large ledgers/tasks.yaml:3:3']);
  });

  it('a long value under the limit still loads', () => {
    const dir = folder((d) =>
      editTasks(d, (s) =>
        s.replace('measures: 出台投资项目审批改革实施方案', `measures: "${'改'.repeat(200_000)}"`),
      ),
    );
    expect(errors(dir)).toEqual([]);
  });
});

describe('tags, anchors and control characters', () => {
  const replaceTitle = (to: string) => (d: string) =>
    editTasks(d, (s) => s.replace('title: 深化投资审批制度改革', to));
  it.each([
    ['a custom tag', replaceTitle('title: !custom 深化'), 'yaml-tag ledgers/tasks.yaml:4:12'],
    ['!!binary', replaceTitle('title: !!binary aGVsbG8='), 'yaml-tag ledgers/tasks.yaml:4:12'],
    [
      '!!set',
      (d: string) => editTasks(d, (s) => s.replace('tasks:', 'tasks: !!set')),
      'yaml-tag ledgers/tasks.yaml:2:8',
    ],
    ['an anchor without an alias', replaceTitle('title: &a 深化'), 'yaml-anchor ledgers/tasks.yaml:4:12'],
    ['a raw NUL', replaceTitle('title: 深化\u0000改革'), 'yaml-control-char ledgers/tasks.yaml:4:14'],
    [
      'a raw ESC in quotes',
      replaceTitle('title: "深化\u001b[31m改革"'),
      'yaml-control-char ledgers/tasks.yaml:4:15',
    ],
  ])('%s is a located error', (_name, edit, expected) => {
    const dir = folder(edit);
    for (const parse of ['auto', 'full'] as const) expect(errors(dir, parse)).toEqual([expected]);
  });

  it('!!str only says what the value is: accepted', () => {
    const dir = folder(replaceTitle('title: !!str 深化'));
    expect(errors(dir)).toEqual([]);
  });
});

describe('ledger files that cannot be read', () => {
  it.each([
    [
      'a directory named units.yaml',
      (d: string) => (rmSync(join(d, 'units.yaml')), mkdirSync(join(d, 'units.yaml'))),
      'units.yaml',
    ],
    [
      'a tasks.yaml symlink loop',
      (d: string) => (rmSync(join(d, 'tasks.yaml')), symlinkSync('tasks.yaml', join(d, 'tasks.yaml'))),
      'tasks.yaml',
    ],
    [
      'a dangling tasks.yaml link',
      (d: string) => (rmSync(join(d, 'tasks.yaml')), symlinkSync('gone.yaml', join(d, 'tasks.yaml'))),
      'tasks.yaml',
    ],
    [
      'a FIFO',
      (d: string) => (rmSync(join(d, 'pilots.yaml')), execFileSync('mkfifo', [join(d, 'pilots.yaml')])),
      'pilots.yaml',
    ],
    [
      'tasks/x.yaml linking to itself',
      (d: string) => (mkdirSync(join(d, 'tasks')), symlinkSync('x.yaml', join(d, 'tasks', 'x.yaml'))),
      'tasks/x.yaml',
    ],
  ])('%s is file-unreadable at its path', (_name, edit, file) => {
    const dir = folder(edit as (d: string) => void);
    expect(errors(dir)).toContain(`file-unreadable ${file.includes('/') ? file : `ledgers/${file}`}:1:1`);
  });
});

describe('an empty units.yaml', () => {
  it.each([
    ['empty', ''],
    ['comment-only', '# yaml-language-server: $schema=../schemas/units.schema.json\n# 暂无\n'],
  ])('%s, while the ledgers name units: units-empty', (_name, text) => {
    const dir = folder((d) => writeFileSync(join(d, 'units.yaml'), text));
    expect(errors(dir)).toEqual(['units-empty ledgers/tasks.yaml:6:16']);
  });

  it('no units.yaml at all still means unit names are not checked', () => {
    const dir = folder((d) => rmSync(join(d, 'units.yaml')));
    expect(errors(dir)).toEqual([]);
  });
});
