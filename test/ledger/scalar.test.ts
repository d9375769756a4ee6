// scalar() writes most Chinese text without asking the `yaml` library (a fast path for imports of
// thousands of notes): whatever it writes must be exactly what the library writes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { scalar } from '../../src/ledger/append-reminders.js';

/** What the library writes for a value (scalar's way without its fast path). */
function library(value: string): string {
  const s = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return s.includes('\n') ? JSON.stringify(value) : s;
}

function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

describe('scalar', () => {
  it('writes every text of the sample ledgers as the yaml library does', () => {
    const dir = join(__dirname, '..', '..', 'ledgers');
    const all: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')))
      strings(parse(readFileSync(join(dir, f), 'utf8')), all);
    expect(all.length).toBeGreaterThan(1000);
    for (const v of all) expect(scalar(v), v).toBe(library(v));
  });

  it('writes texts near the edge of plain as the yaml library does, and they read back', () => {
    const edge = [
      '中',
      '中:',
      '中: 文',
      '中 #文',
      '中#文',
      '中-',
      '中%',
      '中,文',
      '中[文]',
      '中{文}',
      '中文 ',
      '中\n文',
      '中\u2028文',
      '中\u0085文',
      '中\t文',
      '中"文"',
      "中'文'",
      '中“文”‘文’',
      '中……—·',
      '中2026-11-20',
      '中(1)+2=3_4/5.6%',
      '中：文；文！文？（文）《文》、，。',
      '２０２６年',
      '１',
      '〇',
      '〇〇',
      '- 中',
      '? 中',
      '&中',
      '*中',
      '!中',
      '|中',
      '>中',
      '%中',
      '@中',
      '`中',
      '#中',
      'true',
      '1.5',
      '~',
      '---',
      'RW-2026-001本月按计划推进，召开专题会议研究部署，完成阶段性工作。',
      'RW-2026-001',
      'true中',
      'null中',
      'e中',
      'Y中',
      'A',
      'inf中',
      '2026-11-20',
      '2026-13-45',
      '0000-00-00',
      '2026-11-20 ',
      '2026-11-2',
      '20261-11-20',
    ];
    for (const v of edge) {
      expect(scalar(v), v).toBe(library(v));
      expect(parse(`k: ${scalar(v)}\n`).k, v).toBe(v);
    }
  });

  it('writes random mixtures of safe and unsafe characters as the yaml library does', () => {
    const alphabet = [
      ...'中文改革。，；：、（）《》“”‘’—…·ＡＢ１２aZ09.%/()+=_- :#,[]{}\'"!&*|>?@`\t\n\\\u3000\u00a0\u2028\uff1a',
    ];
    let seed = 20261201;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 5000; k++) {
      const len = 1 + rand(12);
      let v = ['中', 'A', 'RW-', ''][rand(4)]!;
      for (let i = 0; i < len; i++) v += alphabet[rand(alphabet.length)];
      expect(scalar(v), JSON.stringify(v)).toBe(library(v));
    }
  });
});
