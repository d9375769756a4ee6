import { describe, expect, it } from 'vitest';
import {
  inQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterStart,
} from '../../src/domain/quarter.js';

describe('parseQuarter', () => {
  it('reads 2026Q3, 2026-Q3 and a lower-case q', () => {
    for (const s of ['2026Q3', '2026-Q3', '2026q3', '2026-q3', ' 2026Q3 '])
      expect(parseQuarter(s), s).toEqual({ year: 2026, q: 3 });
  });

  it('rejects anything else', () => {
    for (const s of ['2026Q5', '2026Q0', '26Q3', '2026 Q3', 'Q3-2026', '2026-3', '2026-Q', '2026--Q3', ''])
      expect(parseQuarter(s), s).toBeUndefined();
  });
});

describe('quarter bounds', () => {
  it('gives the first and last day of each quarter', () => {
    expect(
      [1, 2, 3, 4].map((q) => [
        quarterStart({ year: 2026, q: q as 1 }),
        quarterEnd({ year: 2026, q: q as 1 }),
      ]),
    ).toEqual([
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-12-31'],
    ]);
  });

  it('finds the quarter of a day, at both edges', () => {
    expect(quarterOf('2026-06-30')).toEqual({ year: 2026, q: 2 });
    expect(quarterOf('2026-07-01')).toEqual({ year: 2026, q: 3 });
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, q: 4 });
    expect(inQuarter('2026-09-30', { year: 2026, q: 3 })).toBe(true);
    expect(inQuarter('2026-10-01', { year: 2026, q: 3 })).toBe(false);
  });

  it('steps across years', () => {
    expect(previousQuarter({ year: 2026, q: 1 })).toEqual({ year: 2025, q: 4 });
    expect(nextQuarter({ year: 2026, q: 4 })).toEqual({ year: 2027, q: 1 });
    expect(quarterLabel(previousQuarter({ year: 2026, q: 3 }))).toBe('2026Q2');
  });
});
