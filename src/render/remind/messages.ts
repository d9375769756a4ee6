// The wording of `reform remind`, Chinese and English side by side.
import { messagesOf } from '../../i18n/index.js';
import type { Level } from '../../schema/index.js';
import type { LedgerName } from '../../domain/delay.js';
import type { ReminderRow, ScheduleSummary, UpcomingRow } from '../../domain/reminders.js';

export const RM = messagesOf('remind');

export function levelName(level: Level): string {
  return RM[level]();
}

export function ledgerName(ledger: LedgerName): string {
  return RM[ledger]();
}

export function daysText(n: number, workdays: boolean): string {
  return workdays ? RM.workdaysN({ n }) : RM.days({ n });
}

export function leftText(n: number): string {
  return n === 0 ? RM.dueToday() : RM.days({ n });
}

/** The row of a reminder or an advance notice as the clerk reads it. */
export type AnyRow = ReminderRow | UpcomingRow;

/** The level as shown on a row: a circular the committee has not decided is a candidate. */
export function rowLevelName(r: { level: Level; confirmed?: boolean }): string {
  return r.level === 'circular' && r.confirmed === false ? RM.circularCandidate() : RM[r.level]();
}

/** The one line explaining a row judged by another date than written (undefined when none). */
export function scheduleMark(r: AnyRow): string | undefined {
  const n = r.schedule;
  if (r.deleted) return RM.markDeleted({ approved: n?.approved ?? r.node?.due ?? '' });
  if (!n) return undefined;
  if (n.written === undefined) return RM.markDeletedNode({ node: n.node, approved: n.approved });
  return RM.markWritten({ node: n.node, written: n.written, approved: n.approved });
}

/** The lines saying which dates the items were judged by (summary of the approved schedule). */
export function scheduleLines(s: ScheduleSummary | undefined, asOf: string): string[] {
  if (!s) return [];
  if (s.basis === 'written') {
    if (s.reason === 'no-git') return [RM.scheduleNoGit()];
    if (s.reason === 'no-baseline') return [RM.scheduleNoBaseline({ rev: `baseline/${asOf.slice(0, 4)}` })];
    return [RM.scheduleOff()];
  }
  const b = s.baseline!;
  const out = [RM.scheduleBaseline({ rev: b.rev, sha: b.sha.slice(0, 10), date: b.date })];
  if (s.unapproved) out.push(RM.scheduleUnapproved({ n: s.unapproved }));
  if (s.deleted) out.push(RM.scheduleDeleted({ n: s.deleted }));
  if (s.lateRecords) out.push(RM.scheduleLate({ n: s.lateRecords }));
  return out;
}

/** Today's new reminders, those still being chased, and the line that counts them. */
export function splitNew(res: { reminders: readonly ReminderRow[]; upcoming: readonly unknown[] }): {
  fresh: ReminderRow[];
  old: ReminderRow[];
  totals: string;
} {
  const fresh = res.reminders.filter((r) => r.isNew);
  const old = res.reminders.filter((r) => !r.isNew);
  const totals = RM.totals({
    all: res.reminders.length,
    fresh: fresh.length,
    old: old.length,
    upcoming: res.upcoming.length,
  });
  return { fresh, old, totals };
}
