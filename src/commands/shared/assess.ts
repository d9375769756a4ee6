// How far behind every item is on a day, judged as `reform remind` judges it: against the
// approved schedule (the baseline's dates where the ledger's were moved without approval), in the
// policy's day count. remind, returns and export all take their states, days behind and levels
// from here, so a unit sees the same figures in its return as the office does in its reminders.
import { assessAll, calendarFor, type ItemStatus } from '../../domain/delay.js';
import type { WorkdayCalendar } from '../../domain/workdays.js';
import { loadSchedule, startSchedule, type EarlySchedule } from '../../versions/schedule-load.js';
import { policyTimeZone } from '../../versions/versions.js';
import { todayFor } from './today.js';
import type { Loaded } from '../../ledger/load.js';
import { RM } from '../../render/remind/messages.js';
import { UsageError } from '../../cli/errors.js';
import { usageErrors } from './errors.js';
import type { Opened } from './open.js';

export interface Assessed {
  statuses: ItemStatus[];
  schedule: ApprovedSchedule;
  /** The working-day calendar when days are counted in working days. */
  calendar: WorkdayCalendar | undefined;
}

export interface AssessOptions {
  dir: string;
  loaded: Loaded;
  asOf: string;
  today: string;
  /** --baseline REV (a string), or --no-baseline (false). */
  baseline?: string | boolean;
  baselineCache?: boolean;
  /** The git processes started before the ledgers were loaded (startSchedule). */
  early?: EarlySchedule;
}

export type ApprovedSchedule = Awaited<ReturnType<typeof loadSchedule>>;

/** The ledger on the approved schedule as of a day (the baseline's dates where moves were not approved). */
export function approvedSchedule(o: AssessOptions): Promise<ApprovedSchedule> {
  return usageErrors(() =>
    loadSchedule({
      dir: o.dir,
      current: o.loaded,
      asOf: o.asOf,
      today: o.today,
      baseline: typeof o.baseline === 'string' ? o.baseline : undefined,
      useBaseline: o.baseline !== false,
      ...(o.baselineCache === false ? { cache: false } : {}),
      ...(o.early ? { early: o.early } : {}),
    }),
  );
}

/** The approved schedule for a command's options (`--ledgers`, `--baseline`/`--no-baseline`) as of a day. */
export function scheduleOf(
  opts: { ledgers: string; baseline?: string | boolean; baselineCache?: boolean },
  opened: Opened,
  asOf: string,
): Promise<ApprovedSchedule> {
  const { ledgers: dir, baseline, baselineCache } = opts;
  return approvedSchedule({ dir, loaded: opened.loaded, asOf, today: opened.today, baseline, baselineCache });
}

export async function assessAsOf(o: AssessOptions): Promise<Assessed> {
  const { policy } = o.loaded.ledger;
  let calendar: WorkdayCalendar | undefined;
  try {
    calendar = policy.day_count === 'workdays' ? calendarFor(policy) : undefined;
  } catch (e) {
    throw new UsageError(RM.badCalendar({ reason: e instanceof Error ? e.message : String(e) }));
  }
  const schedule = await approvedSchedule(o);
  const statuses = assessAll(schedule.ledger, { asOf: o.asOf, policy, calendar });
  return { statuses, schedule, calendar };
}

/**
 * Starts what the schedule will ask git (startSchedule) before the ledgers are loaded, while this
 * process is small: for `--ledgers`, `--baseline`/`--no-baseline` and the day (`--date`, else today
 * in the policy's time zone). Undefined with --no-baseline, or when today cannot be told (a bad
 * REFORM_TODAY is reported where it always is). Give it to assessAsOf as `early`; close it after.
 */
export function startEarlySchedule(
  opts: { ledgers: string; baseline?: string | boolean; now?: Date },
  date: string | undefined,
): Promise<EarlySchedule | undefined> {
  if (opts.baseline === false) return Promise.resolve(undefined);
  const timeZone = policyTimeZone(opts.ledgers);
  let asOf: string;
  try {
    asOf = date ?? todayFor(timeZone, opts.now);
  } catch {
    return Promise.resolve(undefined);
  }
  const baseline = typeof opts.baseline === 'string' ? opts.baseline : undefined;
  return startSchedule({
    dir: opts.ledgers,
    asOf,
    timeZone,
    ...(baseline !== undefined ? { baseline } : {}),
  });
}
