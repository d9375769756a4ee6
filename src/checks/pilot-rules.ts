import { addYears, daysBetween } from '../domain/dates.js';
import type { Check } from './context.js';

/** A pilot's term: usually one year, at most two (policy). */
export const pilotTerm: Check = {
  name: 'pilot-term',
  run({ ledger }, report) {
    const { usual_years: usual, max_years: max } = ledger.policy.pilot;
    for (const p of ledger.pilots) {
      if (p.end < p.start) continue;
      const years = Math.round((daysBetween(p.start, p.end) / 365.25) * 10) / 10;
      if (p.end > addYears(p.start, max)) report(p, 'pilot-term-over-max', 'error', ['end'], { years, max });
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
