// The lines of a list item as the text editor of an import reads them (src/ledger/item-lines.ts):
// a line's `key:` is found in place, as the pattern /^([A-Za-z_][A-Za-z0-9_]*):(?:$| )/ finds it
// on the line's content, and nothing but white space after the colon makes the key "open".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitItems } from '../../src/ledger/item-chunks.js';
import { keyColon, linesOf } from '../../src/ledger/item-lines.js';
import { ROOT } from '../helpers.js';

const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?:$| )/;

/** What a line's key and openness are by the pattern (the reader before it read in place). */
function byPattern(content: string): { key: string | undefined; open: boolean } {
  const m = KEY.exec(content);
  return { key: m?.[1], open: !!m && content.slice(m[0].length).trim() === '' };
}

function inPlace(line: string): { key: string | undefined; open: boolean } {
  const lines = linesOf(`${line}\n`);
  const l = lines?.[0];
  if (!l) throw new Error(`no line: ${JSON.stringify(line)}`);
  return { key: l.key, open: l.open };
}

const LINES = [
  'title: 深化改革',
  'progress:',
  'progress:   ',
  'progress: \u3000',
  'progress:\u3000',
  'nodes: []',
  'a:b',
  'a:',
  '_x1: 1',
  '1a: 1',
  'a-b: 1',
  'A_Z9:',
  'ключ: 1',
  'key :',
  '"key": 1',
  ':',
  'key::',
  'key:\u00a0',
  'key: \u2028',
  '- id: RW-2026-001',
  '- ',
  '-',
  '-   deadline: 2026-06-30',
  '- done_on:',
];

describe('a line’s key, read in place', () => {
  it('is what the pattern finds, and open when only white space follows the colon', () => {
    for (const line of LINES) {
      const l = linesOf(`${line}\n`)?.[0];
      expect(l, JSON.stringify(line)).toBeDefined();
      expect(inPlace(line), JSON.stringify(line)).toEqual(byPattern(line.slice(l!.col)));
    }
    expect(inPlace('progress: \u3000')).toEqual({ key: 'progress', open: true });
    expect(inPlace('a:b')).toEqual({ key: undefined, open: false });
  });

  it('is what the pattern finds on every line of every item of the sample ledgers', () => {
    let n = 0;
    for (const name of readdirSync(join(ROOT, 'ledgers')).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(join(ROOT, 'ledgers', name), 'utf8');
      const chunks = splitItems(text);
      if (!chunks) continue;
      for (const span of chunks.items) {
        const part = text.slice(span.start, span.end);
        const lines = linesOf(part);
        if (!lines) continue;
        for (const l of lines) {
          const content = part.slice(l.s + l.col, l.e);
          expect({ key: l.key, open: l.open }, content).toEqual(byPattern(content));
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(1000);
  });

  it('needs a plain name, a colon, and then the end or a space', () => {
    const at = (s: string) => keyColon(s, 0, s.length);
    expect(at('key: 1')).toBe(3);
    expect(at('key:')).toBe(3);
    expect(at('key:1')).toBe(-1);
    expect(at('9key: 1')).toBe(-1);
    expect(at('ke-y: 1')).toBe(-1);
    expect(at('')).toBe(-1);
    expect(keyColon('xx key: 1', 3, 9)).toBe(6);
  });
});
