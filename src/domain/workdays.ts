// The Chinese working-day calendar used when the policy says `day_count: workdays`: statutory
// holidays (法定节假日) and make-up working days (调休上班). The data comes from the
// `chinese-days` package (its plain JSON file, following the State Council's yearly notice, so
// none of its lunar-calendar code is loaded) and from the policy's `calendar: {holidays,
// workdays}`, which extends and overrides it. No dates are typed in here.
//
// Pure: no clock, no I/O. Dates are 'YYYY-MM-DD'; arithmetic is on UTC day numbers.
import { checkedDayNumber as dayNumber, dayNumber as uncheckedDayNumber } from './dates.js';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export interface WorkdayCalendar {
  /** True for a working day: Monday–Friday unless a holiday, or a make-up working day. */
  isWorkday(date: string): boolean;
  /**
   * Working days from `from` to `to`, both included; 0 when from > to. Days in years the data
   * does not cover (see `covers`) are counted with weekends only: callers should warn.
   */
  countWorkdays(from: string, to: string): number;
  /** True when holiday data is known for that date's year (package data or policy). */
  covers(date: string): boolean;
  /** First and last covered year. Every year between is covered unless the policy's extra
   *  dates skip years beyond the package data (covers() answers exactly). */
  readonly years: { from: number; to: number };
}

export interface ExtraCalendar {
  holidays?: readonly string[];
  workdays?: readonly string[];
}

interface HolidayData {
  holidays: Record<string, unknown>;
  workdays: Record<string, unknown>;
}

const PACKAGE_DATA: HolidayData = chineseDays;

/** 0 = Monday … 6 = Sunday. Day 0 (1970-01-01) was a Thursday. */
function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** Monday–Friday days with day number < n, up to a constant: only differences are used. */
function weekdaysBefore(n: number): number {
  const m = n - 4; // day 4 (1970-01-05) was a Monday
  const weeks = Math.floor(m / 7);
  return weeks * 5 + Math.min(m - weeks * 7, 5);
}

/** The year of a valid date (validated by dayNumber). */
function yearOf(date: string): number {
  dayNumber(date);
  return Number(date.slice(0, 4));
}

/**
 * The days that are not what their weekday says (a holiday on a weekday, a working Saturday or
 * Sunday), each with whether it is a working day, in the order they override each other: set
 * later, wins. Working days are the weekdays corrected at those days.
 */
interface Overrides {
  /** Day number → is a working day. */
  days: Map<number, boolean>;
  /** The same days, ascending. */
  sorted: Int32Array;
  /** correction[i]: working days minus weekdays over sorted[0..i) (one more entry than sorted). */
  correction: Int32Array;
}

function overridesOf(days: Map<number, boolean>): Overrides {
  const sorted = Int32Array.from(days.keys()).sort();
  const correction = new Int32Array(sorted.length + 1);
  for (let i = 0; i < sorted.length; i++) {
    const n = sorted[i]!;
    correction[i + 1] = correction[i]! + (days.get(n) ? 1 : 0) - (weekday(n) < 5 ? 1 : 0);
  }
  return { days, sorted, correction };
}

/**
 * The package's days and the years they cover: read once per process, without checking each
 * date again (a test checks that every one is a valid YYYY-MM-DD; the checked parse of all of
 * them took longer than the rest of the calendar).
 */
let packageDays: { overrides: Overrides; years: Set<number> } | undefined;
function packageData(): NonNullable<typeof packageDays> {
  if (packageDays) return packageDays;
  const years = new Set<number>();
  const days = new Map<number, boolean>();
  for (const [dates, isWork] of [
    [PACKAGE_DATA.holidays, false],
    [PACKAGE_DATA.workdays, true],
  ] as const) {
    for (const date of Object.keys(dates)) {
      days.set(uncheckedDayNumber(date), isWork);
      years.add(Number(date.slice(0, 4)));
    }
  }
  packageDays = { overrides: overridesOf(days), years };
  return packageDays;
}

/**
 * Builds the calendar from the package data, extended and overridden by the policy's
 * `calendar:` (a date in `extra.holidays` is a day off, in `extra.workdays` a working day, and
 * a year with any extra date counts as covered). A date listed in both extra lists, or a
 * malformed date, throws RangeError: the policy check should report those first.
 */
export function createWorkdayCalendar(extra: ExtraCalendar = {}): WorkdayCalendar {
  const pkg = packageData();
  const coveredYears = new Set<number>(pkg.years);
  // the policy's dates, checked, overriding the package's: holidays, then workdays
  const extraHolidays = new Set(extra.holidays ?? []);
  const extraDays = new Map<number, boolean>();
  for (const date of extraHolidays) {
    extraDays.set(dayNumber(date), false);
    coveredYears.add(yearOf(date));
  }
  for (const date of extra.workdays ?? []) {
    if (extraHolidays.has(date)) {
      throw new RangeError(`calendar: ${date} is listed both as a holiday and as a workday`);
    }
    extraDays.set(dayNumber(date), true);
    coveredYears.add(yearOf(date));
  }
  const { days, sorted, correction } = extraDays.size
    ? overridesOf(new Map([...pkg.overrides.days, ...extraDays]))
    : pkg.overrides;
  const sortedYears = [...coveredYears].sort((a, b) => a - b);
  const firstYear = sortedYears[0]!;
  const lastYear = sortedYears[sortedYears.length - 1]!;

  /** Working days with day number < n, up to a constant: the weekdays, corrected at the days before n. */
  function workdaysBefore(n: number): number {
    let lo = 0;
    let hi = sorted.length; // the first override day at or after n is at lo, once lo === hi
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < n) lo = mid + 1;
      else hi = mid;
    }
    return weekdaysBefore(n) + correction[lo]!;
  }

  return {
    isWorkday(date) {
      const n = dayNumber(date);
      return days.get(n) ?? weekday(n) < 5;
    },
    countWorkdays(from, to) {
      const a = dayNumber(from);
      const b = dayNumber(to);
      if (a > b) return 0;
      return workdaysBefore(b + 1) - workdaysBefore(a);
    },
    covers(date) {
      return coveredYears.has(yearOf(date));
    },
    years: { from: firstYear, to: lastYear },
  };
}
