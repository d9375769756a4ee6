// Today in the policy's time zone: the fixed-offset shortcut (no time-zone data loaded at
// start-up) gives the same day as Intl for every zone it knows, around every midnight.
import { describe, expect, it } from 'vitest';
import { FIXED_OFFSET_ZONES, isValidTimeZone, todayIn } from '../../src/domain/dates.js';

const formats = new Map<string, Intl.DateTimeFormat>();
function viaIntl(timeZone: string, now: Date): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

describe('todayIn', () => {
  it.each(Object.keys(FIXED_OFFSET_ZONES))(
    'agrees with Intl in %s from 1992 to 2040',
    { timeout: 60_000 },
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(true);
      const start = Date.UTC(1992, 0, 1);
      const end = Date.UTC(2040, 0, 1);
      // every 31 hours 13 minutes, and a minute either side of local midnight on some days
      for (let t = start; t < end; t += (31 * 60 + 13) * 60_000) {
        const now = new Date(t);
        expect(todayIn(zone, now)).toBe(viaIntl(zone, now));
      }
      const offset = FIXED_OFFSET_ZONES[zone]!;
      for (const day of [Date.UTC(2026, 10, 20), Date.UTC(2028, 1, 29), Date.UTC(2026, 11, 31)]) {
        for (const delta of [-60_000, 0, 60_000]) {
          const now = new Date(day - offset * 60_000 + delta);
          expect(todayIn(zone, now)).toBe(viaIntl(zone, now));
        }
      }
    },
  );

  it('still uses the time-zone data for other zones and rejects unknown ones', () => {
    const now = new Date('2026-03-29T00:30:00Z');
    expect(todayIn('America/New_York', now)).toBe('2026-03-28');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-03-29');
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('__proto__')).toBe(false);
  });
});
