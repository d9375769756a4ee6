// Calendar quarters ('2026Q3'): parsing, bounds and neighbours. Pure; dates are 'YYYY-MM-DD'.
import { addDays } from './dates.js';

export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

const QUARTER_RE = /^(\d{4})-?[Qq]([1-4])$/;

/** '2026Q3', '2026-Q3' (or lower-case q); undefined for anything else. */
export function parseQuarter(text: string): Quarter | undefined {
  const m = QUARTER_RE.exec(text.trim());
  if (!m) return undefined;
  return { year: Number(m[1]), q: Number(m[2]) as Quarter['q'] };
}

/** The canonical label, '2026Q3'. */
export function quarterLabel(q: Quarter): string {
  return `${q.year}Q${q.q}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function quarterStart(q: Quarter): string {
  return `${pad(q.year, 4)}-${pad((q.q - 1) * 3 + 1)}-01`;
}

export function quarterEnd(q: Quarter): string {
  return addDays(quarterStart(nextQuarter(q)), -1);
}

/** The quarter a day falls in. */
export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), q: (Math.floor((month - 1) / 3) + 1) as Quarter['q'] };
}

export function previousQuarter(q: Quarter): Quarter {
  return q.q === 1 ? { year: q.year - 1, q: 4 } : { year: q.year, q: (q.q - 1) as Quarter['q'] };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.q === 4 ? { year: q.year + 1, q: 1 } : { year: q.year, q: (q.q + 1) as Quarter['q'] };
}

/** Whether a day lies within the quarter (both ends included). */
export function inQuarter(date: string, q: Quarter): boolean {
  return date >= quarterStart(q) && date <= quarterEnd(q);
}
