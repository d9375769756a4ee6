// What the assessment needs from the approved schedule (the list approved at the start of the
// year, the baseline): postponements made without approval and items deleted since. The command
// fills this from the baseline; the scoring core only reads it. One place to change when the
// source of the approved schedule changes.
import type { LedgerName } from '../domain/delay.js';
import type { Pilot, Problem, Task } from '../schema/index.js';

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
  /**
   * The entries as they are judged against the approved schedule (unapproved postponements
   * undone, dropped nodes put back), by item id; an item not listed is judged as it stands.
   */
  effective?: ReadonlyMap<string, Task | Pilot | Problem>;
}
