// Issue 10, item 12: every terminal table fits the terminal, measured with CJK widths (a Chinese
// character takes two columns): titles are shortened first, then the advance notices' contact
// moves under its row; a phone number is never split. Run on a real pseudo-terminal of a given
// width (the width `stty cols` sets), and with COLUMNS for output that is not a terminal.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/common/width.js';
import { fitTable } from '../../src/render/common/table.js';
import { reform } from './binary.js';
import { reformInPty, skipWithoutPty } from './pty.js';

const ESC = /\u001b\[[0-9;]*m/g;
const PHONE = /(?:0\d{3}-\d{7,8}|1\d{10})/g;
const widest = (text: string) => Math.max(...text.replace(ESC, '').split('\n').map(displayWidth));
const phones = (text: string) => (text.match(PHONE) ?? []).sort();

describe.skipIf(skipWithoutPty('tables on a pseudo-terminal'))('tables fit the terminal', () => {
  it('remind at 100 and 80 columns: every line fits, every phone number whole', async () => {
    const args = ['remind', '--ledgers', 'ledgers'];
    const [wide, at100, at80] = await Promise.all([
      reform(args),
      reformInPty(args, { cols: 100 }),
      reformInPty(args, { cols: 80 }),
    ]);
    // without a terminal the rows are as wide as they are (the 107–111 columns)
    expect(widest(wide.stdout)).toBeGreaterThan(100);
    for (const [r, cols] of [
      [at100, 100],
      [at80, 80],
    ] as const) {
      expect(r.code).toBe(0);
      expect(widest(r.output)).toBeLessThanOrEqual(cols);
      // the same phone numbers, none cut
      expect(phones(r.output)).toEqual(phones(wide.stdout));
    }
    // at 80 the advance notices' contacts are on lines of their own
    const notices = at80.output.replace(ESC, '').split('三、')[1]!;
    expect(notices).toMatch(/\n {6}\S+ (?:0\d{3}-\d{7,8}|1\d{10})\n/);
  });

  it('assess at 80 columns fits', async () => {
    const r = await reformInPty(['assess', '--ledgers', 'ledgers', '--unit', '东川县'], { cols: 80 });
    const tables = r.output
      .replace(ESC, '')
      .split('\n')
      .filter((l) => /^ {2}\S/.test(l));
    expect(tables.length).toBeGreaterThan(5);
    expect(Math.max(...tables.map(displayWidth))).toBeLessThanOrEqual(80);
  });
});

describe('COLUMNS when the output is not a terminal', () => {
  it('fits the remind tables to it', async () => {
    const r = await reform(['remind', '--ledgers', 'ledgers'], { env: { COLUMNS: '90' } });
    expect(widest(r.stdout)).toBeLessThanOrEqual(90);
  });
});

describe('fitTable', () => {
  const rows = [
    [{ text: '编号' }, { text: '事项' }, { text: '联络人' }],
    [{ text: 'RW-1' }, { text: '深化要素市场化配置改革试点工作' }, { text: '廖斌 0871-63336612' }],
  ];
  it('cuts the title first, then moves the contact under the row, whole', () => {
    expect(fitTable(rows, { columns: 60, shrink: [{ col: 1, min: 8 }], detach: 2 })).toEqual([
      ['编号  事项                            联络人'],
      ['RW-1  深化要素市场化配置改革试点工作  廖斌 0871-63336612'],
    ]);
    expect(fitTable(rows, { columns: 40, shrink: [{ col: 1, min: 8 }], detach: 2 })).toEqual([
      ['编号  事项            联络人'],
      ['RW-1  深化要素市场…   廖斌 0871-63336612'],
    ]);
    expect(fitTable(rows, { columns: 24, shrink: [{ col: 1, min: 8 }], detach: 2 })).toEqual([
      ['编号  事项'],
      ['RW-1  深化要素市场化配…', '    廖斌 0871-63336612'],
    ]);
  });
});
