// The entry-level locator (issue 12) finds the same line and column as a walk through the whole
// parsed document, for every node of the sample ledgers and fixtures, for keys and values, and for
// paths that lead nowhere; and it never parses a large file whole to do so.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import * as yaml from 'yaml';
import { Locator, locateStats, YAML_OPTIONS } from '../../src/ledger/locate.js';
import type { PathSeg } from '../../src/diagnostics/types.js';
import { FIXTURES, ROOT } from '../helpers.js';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function fullLocator(text: string): Locator | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: counter });
  return doc.errors.length ? undefined : new Locator(text, { doc, counter });
}

/** Paths into the data (evenly sampled over the whole file), plus paths that lead nowhere. */
function pathsOf(data: unknown, limit = 1500): PathSeg[][] {
  const out: PathSeg[][] = [];
  const walk = (v: unknown, path: PathSeg[]) => {
    out.push(path);
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i]));
      out.push([...path, v.length + 3]);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      out.push([...path, 'missing_key'], [...path, 'missing_key', 2]);
    }
  };
  walk(data, []);
  const step = Math.max(1, Math.floor(out.length / limit));
  return [[], ['no_such_key'], ['no_such_key', 0], ...out.filter((_p, i) => i % step === 0)];
}

const files = [...yamlFiles(join(ROOT, 'ledgers')), ...yamlFiles(FIXTURES)];

describe('Locator without a full parse', () => {
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))(
    'agrees with the full walk on %s',
    (_n, file) => {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const full = fullLocator(text);
      if (!full) return; // files the full parser refuses are located by the full parser itself
      const data = yaml.parse(text, { ...YAML_OPTIONS });
      const fast = new Locator(text);
      let n = 0;
      for (const p of pathsOf(data)) {
        for (const at of ['value', 'key'] as const) {
          expect({ p, at, pos: fast.locate(p, at) }).toEqual({ p, at, pos: full.locate(p, at) });
          n++;
        }
      }
      expect(n).toBeGreaterThan(6);
    },
    60_000,
  );

  it('handles a list at the key indentation, quoted keys, comments and several top-level keys', () => {
    const text = [
      '# header',
      'tasks:',
      '- id: a',
      '  title: x',
      '  milestones:',
      '  - name: m1',
      '    due: 2026-01-01',
      '# between',
      '- id: b',
      '  responsible_units: [甲, 乙, 丙]',
      '"quoted key": 1',
      'pilots:',
      '    - id: p',
      '      note: |',
      '        tasks:',
      '        - not a key',
      '',
    ].join('\n');
    const full = fullLocator(text)!;
    const fast = new Locator(text);
    const data = yaml.parse(text);
    for (const p of pathsOf(data))
      for (const at of ['value', 'key'] as const) expect(fast.locate(p, at)).toEqual(full.locate(p, at));
  });

  it('falls back to a correct answer on a flow-style document', () => {
    const text = '{tasks: [{id: a, title: x}, {id: b, title: y}]}\n';
    const full = fullLocator(text)!;
    const fast = new Locator(text);
    expect(fast.locate(['tasks', 1, 'title'])).toEqual(full.locate(['tasks', 1, 'title']));
  });

  it('locates an entry deep in a large file by parsing only that entry', () => {
    const items: string[] = ['tasks:'];
    for (let i = 0; i < 20000; i++)
      items.push(`  - id: T${i}`, `    title: 任务${i}`, `    deadline: 2026-02-28`);
    const text = items.join('\n') + '\n';
    const fast = new Locator(text);
    const before = locateStats.parsedChars;
    expect(fast.locate(['tasks', 19999, 'deadline'])).toEqual({ line: 60001, column: 15, length: 10 });
    expect(fast.locate(['tasks', 5, 'title'], 'key')).toEqual({ line: 18, column: 5, length: 5 });
    expect(fast.locate(['tasks'], 'key')).toEqual({ line: 1, column: 1, length: 5 });
    expect(locateStats.parsedChars - before).toBeLessThan(200);
  });
});

describe('source lines from the bytes of a cached parse', () => {
  const texts = [
    'a: 1\nb: 2\n',
    'a: 1\r\nb: 中文\r\n',
    '\uFEFF# 第一行\nx: y',
    'only one line',
    '',
    '\n\n\nlast',
  ];
  it('are the lines of the decoded text, the file never decoded whole', () => {
    for (const text of texts) {
      const plain = new Locator(text.replace(/^\uFEFF/, ''));
      let decoded = 0;
      const fromBytes = new Locator(() => {
        decoded++;
        return text.replace(/^\uFEFF/, '');
      });
      fromBytes.bytes = Buffer.from(text, 'utf8');
      const n = text.split('\n').length;
      for (const line of [n + 2, 0, ...Array.from({ length: n + 1 }, (_, i) => n - i)]) {
        expect(fromBytes.lineText(line), JSON.stringify([text, line])).toBe(plain.lineText(line));
      }
      expect(decoded).toBe(0);
    }
  });
});
