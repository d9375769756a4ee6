import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';
import { resolvePeriod } from '../../src/report/period.js';

describe('resolvePeriod', () => {
  it('defaults to the quarter containing today, as of today', () => {
    expect(resolvePeriod({ today: '2026-11-20' })).toMatchObject({
      label: '2026Q4',
      start: '2026-10-01',
      end: '2026-12-31',
      asOf: '2026-11-20',
    });
  });

  it('takes a finished quarter as of its last day', () => {
    expect(resolvePeriod({ quarter: '2026Q3', today: '2026-11-20' })).toMatchObject({
      label: '2026Q3',
      asOf: '2026-09-30',
    });
    expect(resolvePeriod({ quarter: '2026-Q1', today: '2026-11-20' })).toMatchObject({
      label: '2026Q1',
      asOf: '2026-03-31',
    });
  });

  it('takes the running quarter as of today', () => {
    expect(resolvePeriod({ quarter: '2026Q4', today: '2026-11-20' }).asOf).toBe('2026-11-20');
  });

  it('accepts --date within the quarter, including both ends', () => {
    expect(resolvePeriod({ quarter: '2026Q3', date: '2026-08-15', today: '2026-11-20' }).asOf).toBe(
      '2026-08-15',
    );
    expect(resolvePeriod({ quarter: '2026Q3', date: '2026-07-01', today: '2026-11-20' }).asOf).toBe(
      '2026-07-01',
    );
    expect(resolvePeriod({ quarter: '2026Q3', date: '2026-09-30', today: '2026-11-20' }).asOf).toBe(
      '2026-09-30',
    );
  });

  it('takes the quarter of --date when no quarter is given', () => {
    expect(resolvePeriod({ date: '2026-05-04', today: '2026-11-20' })).toMatchObject({
      label: '2026Q2',
      asOf: '2026-05-04',
    });
  });

  it('refuses --date outside the quarter, a bad quarter, a bad date, a quarter not begun', () => {
    const bad: [Parameters<typeof resolvePeriod>[0], RegExp][] = [
      [{ quarter: '2026Q3', date: '2026-10-01', today: '2026-11-20' }, /2026-10-01.*2026Q3/],
      [{ quarter: '2026Q3', date: '2026-06-30', today: '2026-11-20' }, /2026-06-30/],
      [{ quarter: '2026Q5', today: '2026-11-20' }, /2026Q5/],
      [{ quarter: '2026/3', today: '2026-11-20' }, /2026\/3/],
      [{ date: '2026-02-30', today: '2026-11-20' }, /2026-02-30/],
      [{ quarter: '2027Q1', today: '2026-11-20' }, /2027Q1/],
    ];
    for (const [input, msg] of bad) {
      expect(() => resolvePeriod(input), JSON.stringify(input)).toThrow(InputError);
      expect(() => resolvePeriod(input)).toThrow(msg);
    }
  });
});
