// Reconciliation periods: the first half (2026H1), the second half (2026H2) or the whole year (2026).

export interface Period {
  label: string;
  year: number;
  half?: 1 | 2;
  /** First and last day, inclusive. */
  start: string;
  end: string;
}

export function parsePeriod(text: string): Period | undefined {
  const m = /^(\d{4})(?:H([12]))?$/i.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1900 || year > 9999) return undefined;
  const y = m[1]!;
  if (!m[2]) return { label: y, year, start: `${y}-01-01`, end: `${y}-12-31` };
  const half = Number(m[2]) as 1 | 2;
  return half === 1
    ? { label: `${y}H1`, year, half, start: `${y}-01-01`, end: `${y}-06-30` }
    : { label: `${y}H2`, year, half, start: `${y}-07-01`, end: `${y}-12-31` };
}

export function inPeriod(date: string, p: Period): boolean {
  return date >= p.start && date <= p.end;
}
