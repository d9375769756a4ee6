import type { Check } from './context.js';

/** A problem's related task or pilot exists. */
export const unknownRelated: Check = {
  name: 'unknown-related',
  reads: ['related'],
  needs: ['tasks', 'pilots', 'problems'],
  run({ ledger, loaded }, report) {
    for (const p of ledger.problems) {
      if (p.related && !loaded.knownIds.has(p.related))
        report(p, 'unknown-related', 'error', ['related'], { id: p.related });
    }
  },
};

/** A reminder names an item of the ledgers. */
export const unknownReminderItem: Check = {
  name: 'unknown-reminder-item',
  reads: ['item'],
  needs: ['tasks', 'pilots', 'problems'],
  run({ ledger, loaded }, report) {
    for (const r of ledger.reminders) {
      if (!loaded.knownIds.has(r.item)) report(r, 'unknown-reminder-item', 'error', ['item'], { id: r.item });
    }
  },
};
