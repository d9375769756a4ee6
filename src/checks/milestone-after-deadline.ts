import type { Pilot, Task } from '../schema/index.js';
import type { Check, Report } from './context.js';

function nodesBy(entry: Task | Pilot, deadline: string, report: Report): void {
  entry.milestones?.forEach((m, i) => {
    if (m.due > deadline)
      report(entry, 'milestone-after-deadline', 'error', ['milestones', i, 'due'], {
        name: m.name,
        due: m.due,
        deadline,
      });
  });
}

/** No node is due after the task's deadline (or the pilot's end). */
export const milestoneAfterDeadline: Check = {
  name: 'milestone-after-deadline',
  run({ ledger }, report) {
    for (const t of ledger.tasks) nodesBy(t, t.deadline, report);
    for (const p of ledger.pilots) nodesBy(p, p.end, report);
  },
};
