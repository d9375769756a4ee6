// Which quarter a report covers and as of which day: --quarter, --date and today decide.
import { UsageError } from '../cli/errors.js';
import { isValidDate } from '../domain/dates.js';
import { messagesOf } from '../i18n/index.js';
import {
  parseQuarter,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterStart,
  type Quarter,
} from '../domain/quarter.js';

const M = messagesOf('reportPeriod');

export interface Period {
  quarter: Quarter;
  /** '2026Q3'. */
  label: string;
  start: string;
  end: string;
  /** The day the figures are taken on: the quarter's last day once it is over. */
  asOf: string;
}

export interface PeriodInput {
  quarter?: string;
  date?: string;
  /** Today in the policy's time zone. */
  today: string;
}

export function periodOf(quarter: Quarter, asOf: string): Period {
  return {
    quarter,
    label: quarterLabel(quarter),
    start: quarterStart(quarter),
    end: quarterEnd(quarter),
    asOf,
  };
}

/** A --quarter value, or a usage error. */
export function quarterArg(text: string): Quarter {
  const q = parseQuarter(text);
  if (!q) throw new UsageError(M.badQuarter({ text }));
  return q;
}

/** A --date value, or a usage error. */
export function dateArg(text: string): string {
  if (!isValidDate(text)) throw new UsageError(M.badDate({ text }));
  return text;
}

/**
 * --quarter (default: the quarter holding --date, else today) and the as-of day: --date, which
 * must lie within the quarter; else the quarter's last day when it is over, or today while it runs.
 */
export function resolvePeriod(input: PeriodInput): Period {
  if (input.date !== undefined) dateArg(input.date);
  const quarter =
    input.quarter !== undefined ? quarterArg(input.quarter) : quarterOf(input.date ?? input.today);
  const p = periodOf(quarter, '');
  if (input.date !== undefined) {
    if (input.date < p.start || input.date > p.end) {
      throw new UsageError(M.outside({ date: input.date, label: p.label, start: p.start, end: p.end }));
    }
    return { ...p, asOf: input.date };
  }
  if (input.today > p.end) return { ...p, asOf: p.end };
  if (input.today < p.start) throw new UsageError(M.notStarted({ label: p.label, today: input.today }));
  return { ...p, asOf: input.today };
}
