// Load, check, judge by the approved schedule and score: what `assess` and `dashboard` share.
import { UsageError } from '../../cli/errors.js';
import { refuseBroken } from './open.js';
import { assessYear } from '../../assess/score.js';
import { scheduleInputs } from '../../assess/schedule.js';
import type { AssessmentResult } from '../../assess/types.js';
import { isValidDate } from '../../domain/dates.js';
import { calendarFor } from '../../domain/delay.js';
import type { WorkdayCalendar } from '../../domain/workdays.js';
import { t } from '../../i18n/index.js';
import type { Loaded } from '../../ledger/load.js';
import type { Ledger } from '../../ledger/types.js';
import { scheduleOf } from './assess.js';
import { openLedgers } from './open.js';

export interface Assessed {
  /** Undefined when the policy has no rules and `optional` was asked. */
  result?: AssessmentResult;
  /** The ledger as judged (the approved schedule's). */
  judged: Ledger;
  calendar?: WorkdayCalendar;
  asOf: string;
  loaded: Loaded;
  today: string;
  baseline?: string;
  /** Why dates were taken as written (no git, no baseline, --no-baseline). */
  scheduleNote?: string;
}

/**
 * Loads, checks and scores: what `assess` and `dashboard` share. Returns a number (the exit code)
 * when the ledgers fail the check.
 */
export async function assessLedgers(
  opts: {
    ledgers: string;
    year?: number;
    date?: string;
    baseline?: string | boolean;
    baselineCache?: boolean;
    now?: Date;
    /** Without assessment rules: no result instead of an error (the dashboard). */
    optional?: boolean;
  },
  err: NodeJS.WritableStream,
): Promise<Assessed | number> {
  const m = t().assess;
  if (opts.date !== undefined && !isValidDate(opts.date))
    throw new UsageError(m.badDate({ value: opts.date }));
  const opened = openLedgers(opts.ledgers, { now: opts.now });
  if (opened.errors > 0) return refuseBroken(opened, opts.ledgers, 'assess', err);
  const { ledger } = opened.loaded;
  if (!ledger.policy.assessment && !opts.optional) throw new UsageError(m.noRules);
  const today = opened.today;
  const year = opts.year ?? Number((opts.date ?? today).slice(0, 4));
  if (opts.date !== undefined && Number(opts.date.slice(0, 4)) !== year)
    throw new UsageError(m.dateOutside({ date: opts.date, year }));
  if (`${year}-01-01` > today && opts.date === undefined) throw new UsageError(m.futureYear({ year, today }));
  const yearEnd = `${year}-12-31`;
  const asOf = opts.date ?? (today < yearEnd ? today : yearEnd);
  const schedule = await scheduleOf(opts, opened, asOf);
  const inputs = scheduleInputs(schedule, asOf, ledger.units);
  const calendar = ledger.policy.day_count === 'workdays' ? calendarFor(ledger.policy) : undefined;
  // judged on the schedule's ledger, as remind, report and reconcile judge
  const result = !ledger.policy.assessment
    ? undefined
    : assessYear(schedule.ledger, {
        year,
        asOf,
        ...(inputs ? { schedule: inputs } : {}),
        ...(calendar ? { calendar } : {}),
      });
  const out: Assessed = { loaded: opened.loaded, today, judged: schedule.ledger, asOf };
  if (result) out.result = result;
  if (calendar) out.calendar = calendar;
  if (schedule.basis === 'written') {
    const r = t().remind;
    out.scheduleNote =
      schedule.reason === 'no-git'
        ? r.scheduleNoGit
        : schedule.reason === 'off'
          ? r.scheduleOff
          : r.scheduleNoBaseline({
              rev: typeof opts.baseline === 'string' ? opts.baseline : `baseline/${year}`,
            });
  }
  if (schedule.baseline) out.baseline = schedule.baseline.rev;
  return out;
}
