// The committed JSON Schemas are generated from the zod schemas, carry a Chinese title and
// description on every field, and accept the ledgers `reform check` accepts.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { FILE_KINDS } from '../../src/schema/index.js';
import { schemaFileText, jsonSchema } from '../../src/schema/json-schema.js';
import { FIXTURES, ROOT } from '../helpers.js';

describe('schemas/', () => {
  it.each(FILE_KINDS)('%s.schema.json is up to date with src/schema (run npm run schemas)', (kind) => {
    expect(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')).toBe(schemaFileText(kind));
  });

  it.each(FILE_KINDS)('%s: every field has a Chinese title and description', (kind) => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties) {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          const field = (v.anyOf as Record<string, unknown>[] | undefined)?.find((x) => x.title) ?? v;
          if (!/[\u4e00-\u9fff]/.test(String(field.title ?? '')) || !field.description)
            missing.push(`${path}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) if (typeof v === 'object') walk(v, `${path}/${k}`);
    };
    walk(jsonSchema(kind), kind);
    expect(missing).toEqual([]);
  });
});

describe('an independent validator (ajv) agrees', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validators = Object.fromEntries(FILE_KINDS.map((k) => [k, ajv.compile(jsonSchema(k))]));
  const folders = [join(FIXTURES, 'clean')];
  if (existsSync(join(ROOT, 'ledgers', 'tasks.yaml'))) folders.push(join(ROOT, 'ledgers'));
  it.each(folders)('accepts every file of %s', (dir) => {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const kind = name.replace('.yaml', '') as (typeof FILE_KINDS)[number];
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text.split('\n')[0], name).toMatch(
        new RegExp(`^# yaml-language-server: \\$schema=.*schemas/${kind}\\.schema\\.json$`),
      );
      const ok = validators[kind]!(parse(text) ?? {});
      expect(validators[kind]!.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
  });
  it('rejects a typo in a field name and an impossible date', () => {
    const v = validators.tasks!;
    const base = {
      id: 'RW-1',
      title: 't',
      lead_leader: 'l',
      lead_unit: 'u',
      measures: 'm',
      deliverable: 'd',
      deadline: '2026-06-30',
    };
    expect(v({ tasks: [base] })).toBe(true);
    expect(v({ tasks: [{ ...base, x_own: 1 }] })).toBe(true);
    expect(v({ tasks: [{ ...base, dealine: '2026-06-30' }] })).toBe(false);
    expect(v({ tasks: [{ ...base, deadline: '2026-02-30' }] })).toBe(false);
  });
});
