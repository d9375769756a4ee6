// Day numbers (days since 1970-01-01, UTC) and their ISO strings, precomputed for speed.

const FIRST = Date.UTC(2024, 0, 1) / 86400000;
const LAST = Date.UTC(2029, 11, 31) / 86400000;
const STR = [];
for (let d = FIRST; d <= LAST; d++) STR.push(new Date(d * 86400000).toISOString().slice(0, 10));

export function day(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
}

export function iso(d) {
  const s = STR[d - FIRST];
  if (s === undefined) throw new Error(`date out of generator range: ${d}`);
  return s;
}

/** Last day of the month containing day d. */
export function monthEnd(d) {
  const dt = new Date(d * 86400000);
  return Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 0) / 86400000;
}

/** Day d plus n calendar months (clamped to the month's end). */
export function addMonths(d, n) {
  const dt = new Date(d * 86400000);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(dt.getUTCDate(), last)) / 86400000;
}

export const YEAR_START = day('2026-01-01');
/** The approved list (baseline) is dated here; everything that happens later is an event. */
export const BASE = day('2026-01-31');
/** The sample's "today". Nothing is recorded after it. */
export const ASOF = day('2026-11-20');
export const MIN_DUE = day('2026-02-15');
export const MAX_DUE = day('2027-12-31');
