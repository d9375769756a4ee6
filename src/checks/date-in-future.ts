import type { PathSeg } from '../diagnostics/types.js';
import type { Check } from './context.js';

/** What has happened cannot be dated after today: done, completed, rectified, verified, closed, carried, reminded. */
export const dateInFuture: Check = {
  name: 'date-in-future',
  run({ ledger, today }, report) {
    const at = (entry: object, path: PathSeg[], date: string | undefined) => {
      if (date && date > today) report(entry, 'date-in-future', 'error', path, { date, today });
    };
    for (const e of [...ledger.tasks, ...ledger.pilots]) {
      e.milestones?.forEach((m, i) => at(e, ['milestones', i, 'done_on'], m.done_on));
      at(e, ['completed_on'], e.completed_on);
      e.progress?.forEach((p, i) => at(e, ['progress', i, 'date'], p.date));
    }
    for (const t of ledger.tasks) {
      at(t, ['closed', 'on'], t.closed?.on);
      at(t, ['carry_over', 'requested_on'], t.carry_over?.requested_on);
      at(t, ['carried_over', 'on'], t.carried_over?.on);
    }
    for (const p of ledger.problems) {
      at(p, ['found_on'], p.found_on);
      at(p, ['rectified_on'], p.rectified_on);
      at(p, ['verified', 'on'], p.verified?.on);
      p.reviews?.forEach((r, i) => at(p, ['reviews', i, 'date'], r.date));
    }
    for (const r of ledger.reminders) at(r, ['date'], r.date);
  },
};
