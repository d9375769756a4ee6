// A commit's date as the office counts it: the calendar day in the policy's time zone
// (Asia/Shanghai unless told otherwise), not the committer's or the machine's zone.
import { todayIn } from '../domain/dates.js';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** 'YYYY-MM-DD' of a Unix time (seconds) in the given IANA time zone. */
export function dayInZone(epochSeconds: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  return todayIn(timeZone, new Date(epochSeconds * 1000));
}
