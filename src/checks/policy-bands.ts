import type { Check } from './context.js';

const ORDER = ['phone', 'written', 'onsite', 'circular'] as const;

/**
 * The reminder bands rise level by level: each starts later than the one below. Out of order, a
 * level could never be reached (书面提醒 from day 10 and 电话提醒 from day 15 leave no day for a
 * phone call), so the policy is wrong, not merely unusual.
 */
export const bandsInOrder: Check = {
  name: 'bands-in-order',
  run({ ledger }, report) {
    const bands = ledger.policy.bands;
    for (let i = 1; i < ORDER.length; i++) {
      const lower = ORDER[i - 1]!;
      const key = ORDER[i]!;
      if (bands[key] <= bands[lower])
        report(ledger.policy, 'bands-out-of-order', 'error', ['bands', key], {
          key,
          days: bands[key],
          lower,
          lowerDays: bands[lower],
        });
    }
  },
};
