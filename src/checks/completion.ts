import type { Check } from './context.js';

/** A completion needs evidence (佐证材料), or it cannot be closed. */
export const completedWithoutEvidence: Check = {
  name: 'completed-without-evidence',
  run({ ledger }, report) {
    for (const e of [...ledger.tasks, ...ledger.pilots]) {
      if (e.completed_on && !e.evidence)
        report(e, 'completed-without-evidence', 'warning', ['completed_on'], {}, 'key');
    }
    for (const p of ledger.problems) {
      if (p.rectified_on && !p.evidence)
        report(p, 'completed-without-evidence', 'warning', ['rectified_on'], {}, 'key');
    }
  },
};

/** Only a finished task is closed out (销号). */
export const closedUnfinished: Check = {
  name: 'closed-unfinished',
  run({ ledger }, report) {
    for (const t of ledger.tasks) {
      if (t.closed && !t.completed_on && !t.withdrawn)
        report(t, 'closed-unfinished', 'error', ['closed'], {}, 'key');
    }
  },
};
