// The compiled validator says "keep it as it is" only when zod accepts the value and would
// return an equal copy; everything else goes to zod.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FILE_LISTS } from '../../src/schema/index.js';
import { compile, quickCheck } from '../../src/schema/fast-validate.js';
import { loadLedgers } from '../../src/ledger/load.js';
import { ROOT } from '../helpers.js';
import type * as z from 'zod';

const sample = loadLedgers(join(ROOT, 'ledgers'), { parse: 'full' }).ledger;
const cases: [string, z.ZodType, unknown[]][] = [
  ['tasks', FILE_LISTS.tasks.tasks!, sample.tasks],
  ['pilots', FILE_LISTS.pilots.pilots!, sample.pilots],
  ['problems', FILE_LISTS.problems.problems!, sample.problems],
  ['units', FILE_LISTS.units.units!, sample.units],
  ['reminders', FILE_LISTS.reminders.reminders!, sample.reminders],
];

function mutations(entry: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const key of Object.keys(entry)) {
    const { [key]: _drop, ...without } = entry;
    out.push(without);
    for (const v of [
      null,
      1,
      1.5,
      true,
      '',
      '   ',
      'x',
      [],
      ['x'],
      [''],
      {},
      '2026-02-30',
      '2026-13-01',
      'rw 1',
    ])
      out.push({ ...entry, [key]: v });
    const value = entry[key];
    if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
      for (const m of mutations(value[0] as Record<string, unknown>).slice(0, 40))
        out.push({ ...entry, [key]: [m, ...value.slice(1)] });
    }
  }
  out.push({ ...entry, dealine: '2026-01-01' }, { ...entry, x_own: 1 }, null, [], 'text');
  return out;
}

describe('compiled validator', () => {
  it.each(cases)('compiles the %s entry schema', (_name, schema) => {
    expect(compile(schema)).toBeTypeOf('function');
  });

  it.each(cases)('keeps valid %s entries as parsed (zod’s copy is equal)', (_name, schema, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(quickCheck(schema, e)).toBe('raw');
      expect(schema.parse(e)).toEqual(e);
    }
  });

  it.each(cases)(
    'never keeps what zod would reject or change (%s, mutated entries)',
    (_name, schema, entries) => {
      let checked = 0;
      for (const e of entries.slice(0, 25)) {
        for (const m of mutations(e as Record<string, unknown>)) {
          checked++;
          if (quickCheck(schema, m) === 'raw') {
            const r = schema.safeParse(m);
            expect(r.success, JSON.stringify(m)).toBe(true);
            expect(r.data).toEqual(m);
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    },
  );
});
