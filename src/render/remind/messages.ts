// The wording of `reform remind`, Chinese and English side by side.
import { messagesOf } from '../../i18n/index.js';
import type { Level } from '../../schema/index.js';
import type { LedgerName } from '../../domain/delay.js';
import type { ReminderRow, UpcomingRow } from '../../domain/reminders.js';

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
