import type { Check } from './context.js';

/** A unit's name and aliases each name one unit only. */
export const duplicateUnit: Check = {
  name: 'duplicate-unit',
  run({ ledger }, report) {
    const seen = new Set<string>();
    for (const u of ledger.units) {
      if (seen.has(u.name)) report(u, 'duplicate-unit', 'error', ['name'], { name: u.name });
      seen.add(u.name);
    }
    for (const u of ledger.units) {
      (u.aliases ?? []).forEach((a, i) => {
        if (seen.has(a)) report(u, 'duplicate-unit', 'error', ['aliases', i], { name: a });
        seen.add(a);
      });
    }
  },
};
