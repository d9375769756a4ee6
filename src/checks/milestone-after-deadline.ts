import type { Check } from './context.js';

/** No node is due after the task's deadline (or the pilot's end). */
export const milestoneAfterDeadline: Check = {
  name: 'milestone-after-deadline',
  run({ ledger }, report) {
    for (const t of ledger.tasks) {
      t.milestones?.forEach((m, i) => {
        if (m.due > t.deadline)
          report(t, 'milestone-after-deadline', 'error', ['milestones', i, 'due'], {
            name: m.name,
            due: m.due,
            deadline: t.deadline,
          });
      });
    }
    for (const p of ledger.pilots) {
      p.milestones?.forEach((m, i) => {
        if (m.due > p.end)
          report(p, 'milestone-after-deadline', 'error', ['milestones', i, 'due'], {
            name: m.name,
            due: m.due,
            deadline: p.end,
          });
      });
    }
  },
};
