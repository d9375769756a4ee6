// The fast reader either gives up or reads exactly what the `yaml` library reads.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BAIL, fastYaml } from '../../src/ledger/fast-yaml.js';
import { FIXTURES, ROOT } from '../helpers.js';

const reference = (text: string) =>
  parse(text, { version: '1.2', schema: 'core', uniqueKeys: true, merge: false });

function agrees(text: string): 'bail' | 'same' {
  const got = fastYaml(text);
  if (got === BAIL) return 'bail';
  expect(got).toEqual(reference(text));
  return 'same';
}

describe('fast YAML reader', () => {
  it.each([
    ['a: 1\nb: -2\nc: 3.5\nd: 0\ne: +7', 'same'],
    ['a: true\nb: False\nc: NULL\nd: ~\ne:\nf: null', 'same'],
    ['date: 2026-03-01\nphone: 0871-63100001\nperiod: 2026H1\nid: RW-2026-001', 'same'],
    ['a: 1-2\nb: 12:30\nc: 0b101\nd: 1 000\ne: 12e\nf: 13800001234', 'same'],
    ['g: 3.', 'bail'],
    ["t: 深化“放管服”改革 # 注释\nu: a#b\nv: \"x # y\"\nw: 'it''s'", 'same'],
    ['q: "a\\"b\\\\c\\n\\u4e2d"', 'same'],
    ['l: [annual, key, "a, b", \'c\']\nm: {on: 2026-07-15, period: 2026H1}\nn: []\no: {}', 'same'],
    ['tasks:\n- id: A\n  x: 1\n- id: B\n  y:\n  - 1\n  - 2', 'same'],
    [
      'tasks:\n  - id: A\n    milestones:\n      - name: 上报方案\n        due: 2026-03-31\n      -   name: 文件出台\n          due: 2026-04-30\n  -\n    id: B',
      'same',
    ],
    ['# only a comment\n\n', 'same'],
    ['a: 1\r\nb: 二\r\n', 'same'],
    ['k : v\nx_own: {a: 1}', 'same'],
    ['a: &x 1\nb: *x', 'bail'],
    ['a: !!str 1', 'bail'],
    ['a: |\n  block\n  text', 'bail'],
    ['a: >\n  folded', 'bail'],
    ['a: multi\n  line', 'bail'],
    ['a: "multi\n  line"', 'bail'],
    ['a: [1,\n 2]', 'bail'],
    ['a: 1\na: 2', 'bail'],
    ['a: 0o17\nb: 0x1f\nc: 1e3\nd: .5\ne: .inf\nf: 012', 'bail'],
    ['a: b: c', 'bail'],
    ['"quoted key": 1', 'bail'],
    ['---\na: 1', 'bail'],
    ['- - nested', 'bail'],
    ['a: [1, [2]]', 'bail'],
    ['a: [1, 2,]', 'bail'],
    ['  indented: 1', 'bail'],
    ['a:\n  b: 1\n c: 2', 'bail'],
    ['a: "\\x41"', 'bail'],
    ['__proto__: 1', 'bail'],
    ['a: 99999999999999999999', 'bail'],
  ])('%j → %s', (text, expected) => {
    expect(agrees(text)).toBe(expected);
  });

  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.yaml')) files.push(p);
    }
  };
  walk(FIXTURES);
  try {
    walk(join(ROOT, 'ledgers'));
  } catch {
    // no sample ledgers yet
  }
  it.each(files)('agrees with yaml on %s', (file) => {
    const text = readFileSync(file, 'utf8');
    let ref: unknown;
    try {
      ref = reference(text);
    } catch {
      expect(fastYaml(text)).toBe(BAIL);
      return;
    }
    const got = fastYaml(text);
    if (got !== BAIL) expect(got).toEqual(ref);
  });
});
