// Whether a postponement was approved. The rule: the newer version of the entry holds an
// `adjustments` record for that field (deadline, end, milestones.<name>) whose `to` is the new
// date, dated on or before the day of the change. A record approving another date ('other-value')
// or dated after the change ('after-change') does not approve it.
//
// The day of the change is the committer day (policy time zone) of the commit that gave the
// field its new value, or today when the change is still only in the working tree. It is only
// looked up when it matters: a record dated on or before the first day anything could have
// changed approves, one dated after the last day cannot; only a record dated in between needs
// the exact day (history.ts).
import type { Adjustment, Postponement, Verdict } from './diff.js';

export interface ChangeWindow {
  /** The earliest day the change can have been made. */
  earliest: string;
  /** The latest day the change can have been made. */
  latest: string;
}

/** The records that approve exactly this new date, earliest first. */
export function matchingRecords(p: Postponement): Adjustment[] {
  return p.records
    .filter((r) => r.to.trim() === p.to)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** The verdict, or undefined when it depends on the exact day of the change within the window. */
export function judge(p: Postponement, window: ChangeWindow): Verdict | undefined {
  const records = matchingRecords(p);
  const first = records[0];
  if (!first) {
    const other = p.records[p.records.length - 1];
    return other
      ? { status: 'unapproved', reason: 'other-value', record: other }
      : { status: 'unapproved', reason: 'no-record' };
  }
  if (first.on <= window.earliest) return { status: 'approved', record: first };
  if (first.on > window.latest) return { status: 'unapproved', reason: 'after-change', record: first };
  return undefined;
}

/** The verdict once the day of the change is known. */
export function judgeOn(p: Postponement, changedOn: string): Verdict {
  return judge(p, { earliest: changedOn, latest: changedOn })!;
}

/** A verdict as plain data for the one wording of each case (i18n diff.verdictReason). */
export type VerdictParams = Record<
  'reason' | 'on' | 'recordTo' | 'changed' | 'changeSha' | 'changeDay' | 'recordSha' | 'recordDay',
  string
>;

export function verdictParams(p: Postponement): VerdictParams {
  const v = p.verdict;
  const late = v?.late;
  const short = (sha: string) => sha.slice(0, 10);
  return {
    reason: !v ? 'unapproved' : v.status === 'approved' ? (late ? 'late-with-ref' : 'approved') : v.reason,
    on: v?.record?.on ?? '',
    recordTo: v?.record?.to ?? '',
    changed: p.changedOn ?? '',
    changeSha: late ? short(late.change.sha) : '',
    changeDay: late?.change.date ?? '',
    recordSha: late ? short(late.record.sha) : '',
    recordDay: late?.record.date ?? '',
  };
}
