// The year-end assessment (年终考核) as plain data: what `reform assess` renders and what the
// JSON contract is made of.
import type { Grade } from '../schema/assessment.js';
import type { LedgerName } from '../domain/delay.js';

/** One line of a unit's account: a deduction (negative) or addition (positive), traceable to the ledger. */
export interface ScoreEntry {
  /** late_node, open_node, reminder.phone … reminder.circular, circular, interview,
   *  unapproved_postponement, deleted_item, problem_late, problem_open, pilot_over_term,
   *  promoted.national|provincial|municipal, early; `shared.<rule>` for a responsible unit's
   *  weighted share; cap.<rule>, cap.deductions, cap.additions for the points a cap gives back. */
  rule: string;
  item: string | null;
  node: string | null;
  date: string | null;
  points: number;
}

/** How an item stands in a unit's account (对账确认单). */
export type ItemResult =
  | 'done-early'
  | 'done-on-time'
  | 'done-late'
  | 'behind'
  | 'open' // not finished, nothing overdue
  | 'suspended'
  | 'withdrawn'
  | 'deleted' // in the approved list, gone from the ledger
  | 'excluded';

export interface AccountItem {
  item: string;
  ledger: LedgerName;
  title: string;
  /** lead: the unit leads it (or must rectify it); shared: a responsible unit at the sharing weight. */
  role: 'lead' | 'shared';
  result: ItemResult;
  completedOn?: string;
  daysBehind: number;
  /** Sum of the item's entries for this unit (before caps). */
  points: number;
  /** Why it is excluded (suspended / withdrawn / carried_over / listed). */
  excludedBy?: string;
}

export interface ScoredAccount {
  name: string;
  score: number;
  grade: Grade;
  rank: number;
  base: number;
  entries: ScoreEntry[];
  items: AccountItem[];
  /** 点名通报 and why. */
  named: ('grade' | 'deductions')[];
  /** Deduction entries (points < 0, caps not counted). */
  deductionCount: number;
}

export interface AssessmentResult {
  year: number;
  asOf: string;
  /** The as-of day is before the year's last day: an interim result (阶段性结果). */
  interim: boolean;
  units: ScoredAccount[];
  groups: ScoredAccount[];
  /** Rules that could not be applied (no baseline to judge postponements and deletions). */
  notApplied: string[];
  /** The 优秀 quota in units, when the policy sets one. */
  excellentQuota?: number;
}
