// Who has not reported this month (本月未报送进展): after the office's returns day (the Nth
// working day of the month, policy `returns_day`), every unit whose open items have no progress
// note dated in the month so far, with those items. Pure: no clock, no I/O.
import type { ItemStatus, LedgerName } from './delay.js';
import type { WorkdayCalendar } from './workdays.js';
import { addDays } from './dates.js';

export interface UnreportedItem {
  item: string;
  ledger: LedgerName;
  title: string;
}

export interface UnreportedUnit {
  unit: string;
  items: UnreportedItem[];
  /** The unit's contact (units.yaml), when the command knows it. */
  contact?: { name: string; phone: string };
}

export interface Unreported {
  /** YYYY-MM of the as-of day. */
  month: string;
  /** The last day for the month's returns. */
  dueBy: string;
  /** False before and on the returns day: nobody is late yet. */
  due: boolean;
  units: UnreportedUnit[];
}

/** The Nth working day of a month (YYYY-MM). */
export function returnsDay(month: string, n: number, calendar: WorkdayCalendar): string {
  let day = `${month}-01`;
  let count = 0;
  for (let i = 0; i < 62; i++) {
    if (calendar.isWorkday(day)) {
      count++;
      if (count >= n) return day;
    }
    const next = addDays(day, 1);
    if (next.slice(0, 7) !== month) return day; // fewer working days than n: the last day
    day = next;
  }
  return day;
}

const OPEN = new Set(['behind', 'on-schedule']);

/** Items open on asOf with no progress note dated from the first of the month to asOf, by unit. */
export function unreported(
  statuses: readonly ItemStatus[],
  asOf: string,
  n: number,
  calendar: WorkdayCalendar,
): Unreported {
  const month = asOf.slice(0, 7);
  const dueBy = returnsDay(month, n, calendar);
  const result: Unreported = { month, dueBy, due: asOf > dueBy, units: [] };
  if (!result.due) return result;
  const from = `${month}-01`;
  const byUnit = new Map<string, UnreportedItem[]>();
  for (const s of statuses) {
    if (!OPEN.has(s.state)) continue;
    const e = s.entry as { start?: string; progress?: { date: string }[] };
    if (e.start && e.start > asOf) continue; // not started yet: nothing to report
    if (e.progress?.some((p) => p.date >= from && p.date <= asOf)) continue;
    let list = byUnit.get(s.unit);
    if (!list) byUnit.set(s.unit, (list = []));
    list.push({ item: s.item, ledger: s.ledger, title: s.title });
  }
  result.units = [...byUnit].map(([unit, items]) => ({ unit, items }));
  return result;
}
