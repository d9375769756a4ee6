import type { Check } from './context.js';

/** A problem is written off only on verified facts, after it was rectified (据实销账). */
export const verification: Check = {
  name: 'verification',
  run({ ledger }, report) {
    for (const p of ledger.problems) {
      if (!p.verified) continue;
      if (!p.rectified_on) report(p, 'verified-not-rectified', 'error', ['verified'], {}, 'key');
      else if (p.verified.on < p.rectified_on) {
        report(p, 'verified-before-rectified', 'error', ['verified', 'on'], {
          verified: p.verified.on,
          rectified: p.rectified_on,
        });
      }
    }
  },
};
