// Which quarter a report covers and as of which day: --quarter, --date and today decide.
import { UsageError } from '../cli/errors.js';
import { isValidDate } from '../domain/dates.js';
import { messages } from '../i18n/index.js';
import {
  parseQuarter,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterStart,
  type Quarter,
} from '../domain/quarter.js';

const M = messages({
  badQuarter: {
    zh: '季度 {text} 无效，格式为 2026Q3 或 2026-Q3',
    en: 'invalid quarter {text}: write it as 2026Q3 or 2026-Q3',
  },
  badDate: {
    zh: '日期 {text} 无效，格式为 YYYY-MM-DD，且须为真实日期',
    en: 'invalid date {text}: use a real date as YYYY-MM-DD',
  },
  outside: {
    zh: '--date {date} 不在 {label}（{start} 至 {end}）之内',
    en: '--date {date} is not within {label} ({start} to {end})',
  },
  notStarted: {
    zh: '{label} 尚未开始（今天是 {today}）；如需按某日测算，请用 --date 指定该季度内的日期',
    en: '{label} has not begun (today is {today}); to project, give a day within it with --date',
  },
});

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
