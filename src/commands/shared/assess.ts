// How far behind every item is on a day, judged as `reform remind` judges it: against the
// approved schedule (the baseline's dates where the ledger's were moved without approval), in the
// policy's day count. remind, returns and export all take their states, days behind and levels
// from here, so a unit sees the same figures in its return as the office does in its reminders.
import { assessAll, calendarFor, type ItemStatus } from '../../domain/delay.js';
import type { WorkdayCalendar } from '../../domain/workdays.js';
import { loadSchedule } from '../../reconcile/schedule-load.js';
import type { Loaded } from '../../ledger/load.js';
import { RM } from '../../render/remind/messages.js';
import { UsageError } from '../../cli/errors.js';

export interface Assessed {
  statuses: ItemStatus[];
  schedule: Awaited<ReturnType<typeof loadSchedule>>;
  /** The working-day calendar when days are counted in working days. */
  calendar: WorkdayCalendar | undefined;
}

export interface AssessOptions {
  dir: string;
  loaded: Loaded;
  asOf: string;
  today: string;
  /** --baseline REV (a string), or --no-baseline (false). */
  baseline?: string | false;
  baselineCache?: boolean;
}

export async function assessAsOf(o: AssessOptions): Promise<Assessed> {
  const { policy } = o.loaded.ledger;
  let calendar: WorkdayCalendar | undefined;
  try {
    calendar = policy.day_count === 'workdays' ? calendarFor(policy) : undefined;
  } catch (e) {
    throw new UsageError(RM.badCalendar({ reason: e instanceof Error ? e.message : String(e) }));
  }
  const schedule = await loadSchedule({
    dir: o.dir,
    current: o.loaded,
    asOf: o.asOf,
    today: o.today,
    baseline: typeof o.baseline === 'string' ? o.baseline : undefined,
    useBaseline: o.baseline !== false,
    cache: o.baselineCache,
  });
  const statuses = assessAll(schedule.ledger, { asOf: o.asOf, policy, calendar });
  return { statuses, schedule, calendar };
}
