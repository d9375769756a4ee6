// One CSV writer for every command; formula neutralisation per OWASP.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runReconcile } from '../../../src/commands/reconcile.js';
import { runRemind } from '../../../src/commands/remind.js';
import { setLang } from '../../../src/i18n/index.js';
import { csvField, toCsv } from '../../../src/render/common/csv.js';
import { copyFixture, NOW, ROOT, sink } from '../../helpers.js';

const PAYLOADS = ["+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", '=1+1', '@SUM(A1)', '\tx', '\rx'];

/** The cells of a CSV text (RFC 4180, enough for these tests). */
function cells(csv: string): string[] {
  const out: string[] = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/g;
  for (const line of csv.replace(/^\uFEFF/, '').split('\r\n')) {
    for (const m of line.matchAll(re)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  }
  return out;
}

describe('csvField', () => {
  it('neutralises =, +, -, @, tab and CR at the start of any text cell', () => {
    for (const p of PAYLOADS) expect(csvField(p).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField("+1+cmd|' /C calc'!A0")).toBe("'+1+cmd|' /C calc'!A0");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('+1')).toBe("'+1");
  });

  it('leaves numbers the tool computed, dates and ordinary text alone', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(42)).toBe('42');
    expect(csvField('2026-11-20')).toBe('2026-11-20');
    expect(csvField('33.3%')).toBe('33.3%');
    expect(csvField('深化改革-试点')).toBe('深化改革-试点');
    expect(toCsv([['a', 1]])).toBe('\uFEFFa,1\r\n');
  });
});

describe('every command writes CSV through the one writer', () => {
  let dir: string;
  beforeEach(() => {
    setLang('zh');
    dir = copyFixture(join(ROOT, 'test', 'commands', 'fixtures', 'remind'));
  });

  function poison(folder: string): void {
    const file = join(folder, 'tasks.yaml');
    let text = readFileSync(file, 'utf8');
    const titles = ['深化投资审批制度改革', '预算绩效管理改革', '基层综合执法改革', '要素市场化配置改革'];
    PAYLOADS.slice(0, 4).forEach((p, i) => {
      text = text.replace(`title: ${titles[i]}`, `title: ${JSON.stringify(p)}`);
    });
    writeFileSync(file, text);
  }

  function assertNeutral(csv: string): void {
    const all = cells(csv);
    expect(all.some((c) => c.startsWith("'+1+cmd"))).toBe(true);
    for (const c of all) expect(c).not.toMatch(/^[=+@\t\r]|^-(?!\d+$)/);
  }

  it('remind --format csv', async () => {
    poison(dir);
    const out = sink();
    const code = await runRemind({ ledgers: dir, format: 'csv', now: NOW }, out, sink());
    expect(code).toBe(0);
    assertNeutral(out.text());
  });

  it('reconcile --format csv', async () => {
    const baseline = join(dir, '..', 'baseline');
    cpSync(dir, baseline, { recursive: true });
    poison(dir);
    const out = sink();
    const code = await runReconcile(
      { ledgers: dir, baseline, period: '2026', format: 'csv', now: NOW },
      out,
      sink(),
    );
    expect(code).toBe(0);
    assertNeutral(out.text());
  });
});
