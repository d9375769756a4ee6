// `__proto__`, `constructor` and `prototype` never reach a prototype, on any parse path, and are
// unknown keys everywhere; as ids and unit names they are refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedgers } from '../../src/commands/shared/open.js';
import { runRemind } from '../../src/commands/remind.js';
import { setLang } from '../../src/i18n/index.js';
import { copyFixture, NOW, ROOT, sink } from '../helpers.js';

const FIXTURE = join(ROOT, 'test', 'commands', 'fixtures', 'remind');
const PATHS = ['auto', 'full'] as const;

function ledgerWith(edit: (files: Record<string, string>) => void): string {
  const dir = copyFixture(FIXTURE);
  const files: Record<string, string> = {};
  for (const f of ['tasks.yaml', 'units.yaml', 'policy.yaml', 'reminders.yaml'])
    files[f] = readFileSync(join(dir, f), 'utf8');
  edit(files);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

const after001 = (extra: string) => (f: Record<string, string>) => {
  f['tasks.yaml'] = f['tasks.yaml']!.replace(
    '    deadline: 2026-12-31\n',
    `    deadline: 2026-12-31\n${extra}`,
  );
};

function diag(dir: string, parse: 'auto' | 'full') {
  return openLedgers(dir, { now: NOW, parse }).diagnostics.map((d) => `${d.code} ${d.line} ${d.path}`);
}

afterEach(() => {
  setLang('zh');
  expect(({} as Record<string, unknown>).completed_on).toBeUndefined();
});

describe('__proto__ in a task', () => {
  it.each(PATHS)('with an x_ key beside it: unknown-key, and the task stays open (%s)', async (parse) => {
    const dir = ledgerWith(
      after001('    x_a: 1\n    __proto__: {completed_on: 2026-11-01, evidence: 见附件}\n'),
    );
    expect(diag(dir, parse)).toContain('unknown-key 11 tasks[0].__proto__');
    const opened = openLedgers(dir, { now: NOW, parse });
    const t = opened.loaded.ledger.tasks.find((x) => x.id === 'RW-2026-001');
    // the entry fails the schema (so it is not in the ledger); it never counts as completed
    expect(t?.completed_on).toBeUndefined();
  });

  it.each(PATHS)('without an x_ key: unknown-key (%s)', (parse) => {
    const dir = ledgerWith(after001('    __proto__: {completed_on: 2026-11-01, evidence: 见附件}\n'));
    expect(diag(dir, parse)).toContain('unknown-key 10 tasks[0].__proto__');
  });

  it.each(PATHS)(
    'constructor and prototype are unknown keys too, also nested and at the top (%s)',
    (parse) => {
      const dir = ledgerWith((f) => {
        after001('    constructor: x\n    prototype: {a: 1}\n    x_b: 2\n')(f);
        f['tasks.yaml'] = f['tasks.yaml']!.replace(
          '      - {name: 上报方案, due: 2026-11-05}\n',
          '      - {name: 上报方案, due: 2026-11-05, constructor: 1}\n',
        );
        f['units.yaml'] += '__proto__:\n  - name: 伪造单位\n    kind: department\n';
        f['policy.yaml'] += 'constructor: 1\n';
      });
      const got = diag(dir, parse);
      expect(got).toEqual(
        expect.arrayContaining([
          'unknown-key 10 tasks[0].constructor',
          'unknown-key 11 tasks[0].prototype',
          expect.stringMatching(/^unknown-key \d+ tasks\[0\]\.milestones\[0\]\.constructor$/),
          expect.stringMatching(/^unknown-key \d+ __proto__$/),
          expect.stringMatching(/^unknown-key \d+ constructor$/),
        ]),
      );
    },
  );

  it('remind still chases the task', async () => {
    const dir = ledgerWith(
      after001('    x_a: 1\n    __proto__: {completed_on: 2026-11-01, evidence: 见附件}\n'),
    );
    // the ledger fails check, so remind refuses it instead of silently dropping the task
    const code = await runRemind({ ledgers: dir, format: 'json', now: NOW }, sink(), sink());
    expect(code).toBe(1);
  });
});

describe('reserved words as ids and unit names', () => {
  it.each(PATHS)('are refused, and nothing crashes (%s)', (parse) => {
    const dir = ledgerWith((f) => {
      f['tasks.yaml'] = f['tasks.yaml']!.replace('id: RW-2026-002', 'id: constructor').replace(
        'id: RW-2026-003',
        'id: prototype',
      );
      f['units.yaml'] +=
        '  - name: __proto__\n    kind: department\n  - name: constructor\n    kind: county\n';
      f['reminders.yaml'] += '  - {date: 2026-11-01, item: constructor, level: phone, to: __proto__}\n';
    });
    const got = diag(dir, parse);
    expect(got.filter((l) => l.startsWith('invalid-id')).length).toBeGreaterThanOrEqual(2);
    expect(got.some((l) => /^invalid-value \d+ units\[\d+\]\.name$/.test(l))).toBe(true);
  });
});
