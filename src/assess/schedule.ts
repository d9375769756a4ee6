// What the assessment takes from the approved schedule (domain/schedule.ts, the list approved at
// the start of the year): postponements made without approval and items deleted since. The
// items themselves are judged on the schedule's ledger (unapproved moves undone, deleted items
// put back at their baseline dates), as remind, report and reconcile judge them.
import type { LedgerName } from '../domain/delay.js';
import type { ApprovedSchedule } from '../domain/schedule.js';
import { unitIndex } from '../domain/units.js';
import type { Pilot, Problem, Task, Unit } from '../schema/index.js';

export interface UnapprovedPostponement {
  item: string;
  ledger: LedgerName;
  /** The node whose due day moved (任务办结 for the deadline). */
  node: string;
  /** The day the change was made (or, when unknown, the as-of day). */
  date: string;
  /** Baseline due day and the new one. */
  from: string;
  to: string;
}

export interface DeletedItem {
  item: string;
  ledger: LedgerName;
  title: string;
  /** The accountable unit in the baseline (canonical name). */
  unit: string;
  /** Responsible units in the baseline (canonical names), for the sharing rule. */
  responsible: string[];
  /** The as-of day (the deletion is found then). */
  date: string;
}

export interface ScheduleInputs {
  postponements: UnapprovedPostponement[];
  deleted: DeletedItem[];
}

/** The assessment's inputs from an approved schedule; undefined when dates are as written (no baseline). */
export function scheduleInputs(
  s: ApprovedSchedule,
  asOf: string,
  units: readonly Unit[],
): ScheduleInputs | undefined {
  if (s.basis !== 'baseline') return undefined;
  const names = unitIndex(units);
  const canon = (n: string) => names.get(n) ?? n;
  const out: ScheduleInputs = { postponements: [], deleted: [] };
  for (const u of s.unapproved) {
    const p = u.postponement;
    out.postponements.push({
      item: u.id,
      ledger: u.ledger,
      node: p.node,
      date: p.changedOn && p.changedOn <= asOf ? p.changedOn : asOf,
      from: p.from,
      to: p.to,
    });
  }
  for (const d of s.deleted) {
    const e = d.entry;
    const isProblem = d.ledger === 'problems';
    out.deleted.push({
      item: d.id,
      ledger: d.ledger,
      title: isProblem ? ((e as Problem).title ?? (e as Problem).description) : (e as Task | Pilot).title,
      unit: canon(isProblem ? (e as Problem).unit : (e as Task | Pilot).lead_unit),
      responsible: isProblem ? [] : ((e as Task | Pilot).responsible_units ?? []).map(canon),
      date: asOf,
    });
  }
  return out;
}
