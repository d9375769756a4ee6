import { addYears, daysBetween } from '../domain/dates.js';
import type { Pilot } from '../schema/index.js';
import type { Check } from './context.js';

/**
 * The term rule (seed 001 §9: 一般为1年，原则上不超过2年) is for the pilots a locality sets up
 * itself: self-chosen ones, or municipal and county pilots. National and provincial pilots have
 * the term their issuer set, and are not judged by it.
 */
export function termRuleApplies(p: Pick<Pilot, 'origin' | 'level'>): boolean {
  return p.origin === 'self' || p.level === 'municipal' || p.level === 'county';
}

/** A pilot's term: usually one year, in principle (原则上) at most two: both are warnings. */
export const pilotTerm: Check = {
  name: 'pilot-term',
  run({ ledger }, report) {
    const { usual_years: usual, max_years: max } = ledger.policy.pilot;
    for (const p of ledger.pilots) {
      if (p.end < p.start || !termRuleApplies(p)) continue;
      const years = Math.round((daysBetween(p.start, p.end) / 365.25) * 10) / 10;
      if (p.end > addYears(p.start, max))
        report(p, 'pilot-term-over-max', 'warning', ['end'], { years, max });
      else if (p.end > addYears(p.start, usual))
        report(p, 'pilot-term-over-usual', 'warning', ['end'], { years, usual });
    }
  },
};

/** A self-chosen pilot is filed with the level above (备案). */
export const pilotNotFiled: Check = {
  name: 'pilot-not-filed',
  run({ ledger }, report) {
    for (const p of ledger.pilots)
      if (p.origin === 'self' && !p.filed_on) report(p, 'pilot-not-filed', 'warning', ['origin']);
  },
};
