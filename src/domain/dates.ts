// Calendar dates as 'YYYY-MM-DD' strings. Arithmetic goes through day numbers (days since
// 1970-01-01, UTC), so no time zone or daylight saving can shift a day.

const MS_PER_DAY = 86_400_000;

export function dayNumber(date: string): number {
  return Math.floor(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY);
}

/** 'YYYY-MM-DD' of a day number (Hinnant's civil_from_days: no Date object, it runs per item). */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The same day `years` later (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const y = +date.slice(0, 4) + years;
  const md = date.slice(5);
  if (md === '02-29' && !isLeap(y)) return `${y}-02-28`;
  return `${String(y).padStart(4, '0')}-${md}`;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return fromDayNumber(dayNumber(s)) === s;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: building one loads the time-zone data, which costs milliseconds. */
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Zones whose offset from UTC (minutes) has not changed since 1992 and that have no daylight saving
 * time: today is found from the offset, without loading the time-zone data (tens of milliseconds
 * at start-up, see bench/results.md). Tests compare it with Intl.
 */
export const FIXED_OFFSET_ZONES: Readonly<Record<string, number>> = {
  'Asia/Shanghai': 480,
  'Asia/Chongqing': 480,
  'Asia/Chungking': 480,
  'Asia/Harbin': 480,
  PRC: 480,
  'Asia/Hong_Kong': 480,
  'Asia/Macau': 480,
  'Asia/Taipei': 480,
  UTC: 0,
  'Etc/UTC': 0,
};
const FIXED_SINCE = Date.UTC(1992, 0, 1);

/** Today's date in a time zone (the policy's, not the machine's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const offset = Object.hasOwn(FIXED_OFFSET_ZONES, timeZone) ? FIXED_OFFSET_ZONES[timeZone] : undefined;
  const ms = now.getTime();
  if (offset !== undefined && ms >= FIXED_SINCE && ms < Date.UTC(9999, 0, 1))
    return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
  const parts = dayFormatter(timeZone).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function isValidTimeZone(tz: string): boolean {
  if (Object.hasOwn(FIXED_OFFSET_ZONES, tz)) return true;
  try {
    dayFormatter(tz);
    return true;
  } catch {
    return false;
  }
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
