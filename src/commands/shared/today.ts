// Today, as the command layer reads it: the calendar day in the policy's time zone. Only commands
// call this; everything below them takes the day as an argument (`asOf`, `today`).
//
// REFORM_TODAY=YYYY-MM-DD fixes today, for tests only (end-to-end runs of the binary must not depend
// on the machine's clock). It is not an option for users: `--date` is.
import { isValidDate, todayIn } from '../../domain/dates.js';
import { t } from '../../i18n/index.js';
import { UsageError } from '../../cli/errors.js';

/** Today in `timeZone`: from `now` when a test passes a clock, else REFORM_TODAY, else the real clock. */
export function todayFor(timeZone: string, now?: Date, env: NodeJS.ProcessEnv = process.env): string {
  if (now) return todayIn(timeZone, now);
  const fixed = env.REFORM_TODAY?.trim();
  if (fixed) {
    if (!isValidDate(fixed)) throw new UsageError(t().cli.badTodayEnv({ value: fixed }));
    return fixed;
  }
  return todayIn(timeZone);
}
