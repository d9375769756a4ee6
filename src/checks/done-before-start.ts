import type { Check, Report } from './context.js';

interface Startable {
  start?: string;
  milestones?: { done_on?: string }[];
  completed_on?: string;
}

function each(entry: Startable, report: Report): void {
  const start = entry.start;
  if (!start) return;
  entry.milestones?.forEach((m, i) => {
    if (m.done_on && m.done_on < start)
      report(entry, 'done-before-start', 'error', ['milestones', i, 'done_on'], { date: m.done_on, start });
  });
  if (entry.completed_on && entry.completed_on < start) {
    report(entry, 'done-before-start', 'error', ['completed_on'], { date: entry.completed_on, start });
  }
}

/** Nothing is done before the task or pilot could have started. */
export const doneBeforeStart: Check = {
  name: 'done-before-start',
  run({ ledger }, report) {
    for (const t of ledger.tasks) each(t, report);
    for (const p of ledger.pilots) each(p, report);
  },
};

/** A pilot ends after it starts. */
export const endBeforeStart: Check = {
  name: 'end-before-start',
  run({ ledger }, report) {
    for (const p of ledger.pilots)
      if (p.end < p.start) report(p, 'end-before-start', 'error', ['end'], { end: p.end, start: p.start });
  },
};
