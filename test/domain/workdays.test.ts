import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { checkedDayNumber as dayNumber } from '../../src/domain/dates.js';
import { createWorkdayCalendar } from '../../src/domain/workdays.js';

const cal = createWorkdayCalendar();

/** Day-by-day reference count, independent of the prefix sums. */
function slowCount(c: ReturnType<typeof createWorkdayCalendar>, from: string, to: string): number {
  let n = 0;
  for (let d = dayNumber(from); d <= dayNumber(to); d++) {
    if (c.isWorkday(new Date(d * 86_400_000).toISOString().slice(0, 10))) n++;
  }
  return n;
}

describe('dayNumber', () => {
  it('counts days since 1970-01-01 in UTC', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    for (const d of ['2000-02-29', '2026-11-20', '2027-01-01', '1900-03-01', '2100-12-31']) {
      expect(dayNumber(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    }
  });

  it('rejects malformed and impossible dates', () => {
    for (const d of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-2-3',
      '20260203',
      '2026/02/03',
      '',
      '2026-02-03x',
    ]) {
      expect(() => dayNumber(d), d).toThrow(RangeError);
    }
  });
});

describe('the official 2026 arrangement (国务院办公厅通知)', () => {
  it('Spring Festival: off 2-15..2-23, make-up working Saturdays 2-14 and 2-28', () => {
    expect(cal.isWorkday('2026-02-13')).toBe(true); // Friday
    expect(cal.isWorkday('2026-02-14')).toBe(true); // Saturday, 调休上班
    for (let d = 15; d <= 23; d++) expect(cal.isWorkday(`2026-02-${d}`), `02-${d}`).toBe(false);
    expect(cal.isWorkday('2026-02-24')).toBe(true);
    expect(cal.isWorkday('2026-02-28')).toBe(true); // Saturday, 调休上班
    expect(cal.isWorkday('2026-03-01')).toBe(false); // plain Sunday
    // Mon 02-09 .. Sun 03-01: 5 + Sat 14th + 24th..27th (4) + Sat 28th = 11 (15 weekdays).
    expect(cal.countWorkdays('2026-02-09', '2026-03-01')).toBe(11);
  });

  it('National Day and Mid-autumn: off 9-25..9-27 and 10-01..10-07, working 9-20 and 10-10', () => {
    expect(cal.isWorkday('2026-09-20')).toBe(true); // Sunday, 调休上班
    expect(cal.isWorkday('2026-09-25')).toBe(false); // Friday, 中秋
    expect(cal.isWorkday('2026-10-08')).toBe(true);
    expect(cal.isWorkday('2026-10-10')).toBe(true); // Saturday, 调休上班
    expect(cal.isWorkday('2026-10-11')).toBe(false);
    // Mon 09-14 .. Sun 10-11: 5 + Sun 20th + 21st..24th (4) + 28th..30th (3) + 8th, 9th + Sat 10th.
    expect(cal.countWorkdays('2026-09-14', '2026-10-11')).toBe(16);
  });

  it('agrees with every date of the package data', () => {
    for (const d of Object.keys(chineseDays.holidays)) expect(cal.isWorkday(d), d).toBe(false);
    for (const d of Object.keys(chineseDays.workdays)) expect(cal.isWorkday(d), d).toBe(true);
  });
});

describe('countWorkdays', () => {
  it('counts a plain week as five days, both ends included', () => {
    expect(cal.countWorkdays('2026-03-09', '2026-03-15')).toBe(5);
    expect(cal.countWorkdays('2026-03-09', '2026-03-13')).toBe(5);
    expect(cal.countWorkdays('2026-03-10', '2026-03-10')).toBe(1);
    expect(cal.countWorkdays('2026-03-14', '2026-03-14')).toBe(0); // Saturday
  });

  it('is 0 when from > to', () => {
    expect(cal.countWorkdays('2026-03-10', '2026-03-09')).toBe(0);
    expect(cal.countWorkdays('2027-01-01', '2026-01-01')).toBe(0);
  });

  it('crosses a year boundary: New Year 2026 off 1-01..1-03, Sunday 1-04 working', () => {
    // Mon 2025-12-29 .. Sun 2026-01-04: 29th, 30th, 31st and Sunday the 4th.
    expect(cal.countWorkdays('2025-12-29', '2026-01-04')).toBe(4);
    expect(cal.countWorkdays('2025-01-01', '2025-12-31')).toBe(slowCount(cal, '2025-01-01', '2025-12-31'));
  });

  it('counts uncovered years with weekends only', () => {
    // Mon 2026-12-28 .. Sun 2027-01-10; 2027 is not in the data, so Fri 2027-01-01 counts.
    expect(cal.covers('2027-01-01')).toBe(false);
    expect(cal.isWorkday('2027-01-01')).toBe(true);
    expect(cal.countWorkdays('2026-12-28', '2027-01-10')).toBe(10);
    expect(cal.countWorkdays('2003-12-29', '2004-01-04')).toBe(slowCount(cal, '2003-12-29', '2004-01-04'));
    expect(cal.countWorkdays('1969-12-01', '1970-01-31')).toBe(45); // 23 + 22 weekdays
  });

  it('matches a day-by-day count over ranges inside, across and outside the data', () => {
    const anchors = [
      '1999-12-30',
      '2003-12-31',
      '2004-01-01',
      '2012-09-30',
      '2020-01-24',
      '2025-12-31',
      '2026-02-14',
      '2026-10-07',
      '2026-12-31',
      '2027-01-01',
      '2031-06-15',
    ];
    for (const a of anchors) {
      for (const b of anchors) {
        if (a <= b && dayNumber(b) - dayNumber(a) < 3000) {
          expect(cal.countWorkdays(a, b), `${a}..${b}`).toBe(slowCount(cal, a, b));
        }
      }
    }
  });

  it('answers the same for repeated calls (precomputed counts)', () => {
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      sum += cal.countWorkdays('2026-02-01', i % 2 ? '2026-11-20' : '2027-03-01');
      if (cal.isWorkday('2026-10-10')) sum++;
    }
    expect(sum).toBe(
      50_000 *
        (cal.countWorkdays('2026-02-01', '2026-11-20') + cal.countWorkdays('2026-02-01', '2027-03-01')) +
        100_000,
    );
  });
});

describe('policy extra (calendar: {holidays, workdays})', () => {
  it('adds a day off and overrides the package both ways', () => {
    const c = createWorkdayCalendar({
      holidays: ['2026-03-10', '2026-02-14'], // a Tuesday; a package make-up Saturday
      workdays: ['2026-02-16'], // a package holiday (Monday)
    });
    expect(c.isWorkday('2026-03-10')).toBe(false);
    expect(c.countWorkdays('2026-03-09', '2026-03-15')).toBe(4);
    expect(c.isWorkday('2026-02-14')).toBe(false);
    expect(c.isWorkday('2026-02-16')).toBe(true);
    expect(c.countWorkdays('2026-02-09', '2026-03-01')).toBe(11); // -1 (14th) +1 (16th)
    expect(c.countWorkdays('2026-02-09', '2026-02-15')).toBe(5);
    // The shared default calendar is untouched.
    expect(cal.isWorkday('2026-03-10')).toBe(true);
  });

  it('makes a year it mentions covered and counts it', () => {
    const c = createWorkdayCalendar({
      holidays: ['2027-01-01', '2027-02-08'],
      workdays: ['2027-02-06'], // a Saturday
    });
    expect(c.covers('2027-06-01')).toBe(true);
    expect(c.years).toEqual({ from: cal.years.from, to: 2027 });
    expect(c.isWorkday('2027-01-01')).toBe(false);
    expect(c.isWorkday('2027-02-06')).toBe(true);
    // Mon 2026-12-28 .. Sun 2027-01-10: 10 weekdays, minus New Year's Day.
    expect(c.countWorkdays('2026-12-28', '2027-01-10')).toBe(9);
    expect(c.countWorkdays('2027-02-01', '2027-02-14')).toBe(10); // +Sat 6th, -Mon 8th
  });

  it('rejects a date listed as both holiday and workday, and a bad date', () => {
    expect(() => createWorkdayCalendar({ holidays: ['2026-03-10'], workdays: ['2026-03-10'] })).toThrow(
      /2026-03-10/,
    );
    expect(() => createWorkdayCalendar({ holidays: ['2026-02-30'] })).toThrow(RangeError);
  });
});

describe('the package data', () => {
  it('holds only valid YYYY-MM-DD dates (the calendar reads them without checking each again)', () => {
    for (const kind of ['holidays', 'workdays'] as const) {
      for (const date of Object.keys(chineseDays[kind])) {
        expect(() => dayNumber(date), date).not.toThrow();
        expect(date, date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('gives every day of the covered years as the day-by-day reading of the data does', () => {
    // the reading before the calendar was built from typed arrays: weekdays, then the package's
    // holidays and make-up days, then the policy's, each overriding the one before
    const extra = { holidays: ['2027-02-08', '2026-10-10'], workdays: ['2027-02-06', '2026-10-03'] };
    const c = createWorkdayCalendar(extra);
    const expected = new Map<number, boolean>();
    for (const d of Object.keys(chineseDays.holidays)) expected.set(dayNumber(d), false);
    for (const d of Object.keys(chineseDays.workdays)) expected.set(dayNumber(d), true);
    for (const d of extra.holidays) expected.set(dayNumber(d), false);
    for (const d of extra.workdays) expected.set(dayNumber(d), true);
    const first = dayNumber('2003-12-25');
    const dateOf = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    let counted = 0;
    const countedBefore: number[] = []; // working days from `first` to the day before
    for (let n = first; n <= dayNumber('2028-01-05'); n++) {
      const weekday = new Date(n * 86_400_000).getUTCDay();
      const want = expected.get(n) ?? (weekday !== 0 && weekday !== 6);
      expect(c.isWorkday(dateOf(n)), dateOf(n)).toBe(want);
      countedBefore.push(counted);
      if (want) counted++;
    }
    countedBefore.push(counted);
    expect(c.countWorkdays('2003-12-25', '2028-01-05')).toBe(counted);
    // spans of every length, starting and ending before, inside and after the covered years
    for (let i = 0; i < 400; i++) {
      const a = (i * 7919) % (countedBefore.length - 1);
      const b = Math.min(countedBefore.length - 2, a + ((i * 104_729) % 3000));
      expect(c.countWorkdays(dateOf(first + a), dateOf(first + b)), `${a} ${b}`).toBe(
        countedBefore[b + 1]! - countedBefore[a]!,
      );
    }
    expect(c.years).toEqual({ from: 2004, to: 2027 });
  });
});

describe('coverage', () => {
  it('covers exactly the years of the package data (2004–2026 in chinese-days 1.5.7)', () => {
    // When this fails after upgrading chinese-days, update the covered years in the README.
    expect(cal.years).toEqual({ from: 2004, to: 2026 });
    expect(cal.covers('2004-01-01')).toBe(true);
    expect(cal.covers('2026-12-31')).toBe(true);
    expect(cal.covers('2003-12-31')).toBe(false);
    expect(cal.covers('2027-01-01')).toBe(false);
  });

  it('rejects a malformed date instead of guessing', () => {
    expect(() => cal.covers('2026-1-1')).toThrow(RangeError);
    expect(() => cal.isWorkday('2026-02-29')).toThrow(RangeError);
    expect(() => cal.countWorkdays('2026-01-01', 'tomorrow')).toThrow(RangeError);
  });
});
