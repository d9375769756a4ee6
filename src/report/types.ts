import type { ScheduleSummary } from '../domain/reminders.js';
// The quarterly report as plain data: what every renderer draws from and what --format json
// prints. Every count carries the references behind it (item ids; for nodes `item:node`).
import type { Level } from '../schema/index.js';
import type { LedgerName } from '../domain/delay.js';
import type { FOUND_BY, REVIEW_RESULTS } from '../schema/problem.js';
import type { PILOT_LEVELS, ORIGINS } from '../schema/pilot.js';
import type { UNIT_KINDS } from '../schema/unit.js';

/** A figure and what it counts: `count === ids.length`. */
export interface Counted {
  count: number;
  ids: string[];
}

/** Where an item stands on the as-of day; each item is in exactly one bucket. */
export type Bucket =
  | 'completedOnTime'
  | 'completedLate'
  | 'closed'
  | 'onSchedule'
  | 'notYetDue'
  | 'behind'
  | 'suspended'
  | 'withdrawn';

export const BUCKETS: readonly Bucket[] = [
  'completedOnTime',
  'completedLate',
  'closed',
  'onSchedule',
  'notYetDue',
  'behind',
  'suspended',
  'withdrawn',
];

/** A behind item's band: its reminder level, or `below` while under the first band. */
export type Band = 'below' | Level;
export const BANDS: readonly Band[] = ['below', 'phone', 'written', 'onsite', 'circular', 'interview'];

export type StateCounts = { total: Counted; behindBy: Record<Band, Counted> } & Record<Bucket, Counted>;

/** How a node due in the quarter stood on the as-of day. `pending`: due after the as-of day. */
export type NodeOutcome = 'on-time' | 'late' | 'open' | 'pending';

export interface QuarterNode {
  /** `item:node`. */
  ref: string;
  item: string;
  ledger: LedgerName;
  title: string;
  unit: string;
  group?: string;
  node: string;
  due: string;
  doneOn?: string;
  outcome: NodeOutcome;
  /** Late: days from due to done; open: days from due to the as-of day. */
  daysLate?: number;
}

export interface NodeCounts {
  /** Due on or before the as-of day: on time + late + open. */
  due: Counted;
  onTime: Counted;
  late: Counted;
  open: Counted;
  /** Due later in the quarter. */
  pending: Counted;
  /** onTime / due; null when nothing was due. */
  rate: number | null;
}

export interface Overview {
  tasks: StateCounts;
  pilots: StateCounts;
  problems: StateCounts;
  nodes: NodeCounts;
  nodesBy: Record<LedgerName, NodeCounts>;
}

/** The segments of a unit's stacked bar. */
export interface UnitStates {
  completed: Counted;
  onSchedule: Counted;
  behind: Counted;
  serious: Counted;
  stopped: Counted;
}

export interface UnitRow {
  unit: string;
  kind?: (typeof UNIT_KINDS)[number];
  items: Counted;
  states: UnitStates;
  nodes: NodeCounts;
  /** Behind on the as-of day (serious ones included). */
  behind: Counted;
  /**
   * The longest delay. `confirmed` (circular level only): the circular decided on or before the
   * as-of day (true), or only a candidate awaiting the leading group's confirmation (false, 待确认).
   */
  worst?: { item: string; days: number; level?: Level; confirmed?: boolean };
}

export interface ReminderRef {
  date: string;
  level: Level;
}

export interface SeriousItem {
  item: string;
  ledger: LedgerName;
  title: string;
  unit: string;
  issuer: string;
  node?: { name: string; due: string };
  daysBehind: number;
  behindSince: string;
  level: Level;
  /** Reminders logged for the item within its current delay, up to the as-of day. */
  reminders: ReminderRef[];
  /** A circular (通报) already decided for the item on or before the as-of day. */
  circularDecided?: { decidedOn: string; heldOn?: string };
  /** A circular decided (true), or only a candidate awaiting the leading group's confirmation (false, 待确认). */
  confirmed?: boolean;
  /** The unit's latest progress note up to the as-of day: its own account of the delay. */
  progress?: { date: string; note: string };
}

export type InterviewReason = 'circular-items' | 'escalations';

export interface InterviewCandidate {
  unit: string;
  /** The unit's items at circular level. */
  circularItems: Counted;
  /** Interview and circular decisions on the unit's items (one id per decision). */
  escalations: Counted;
  reasons: InterviewReason[];
  /** An interview of one of its items is decided and not yet held. */
  pendingInterview: boolean;
}

export interface PendingInterview {
  item: string;
  ledger: LedgerName;
  title: string;
  unit: string;
  decidedOn: string;
  by: string;
  reason: string;
  /** Days since the decision. */
  waitingDays: number;
}

export interface InterviewSection {
  thresholds: { circularItems: number; escalations: number };
  candidates: InterviewCandidate[];
  pending: PendingInterview[];
}

export interface ReminderUnitRow {
  unit: string;
  total: Counted;
  byLevel: Record<Level, Counted>;
}

export interface ReminderSection {
  /** Log entries dated in the quarter up to the as-of day (one item id per entry). */
  total: Counted;
  /** Distinct items reminded. */
  items: Counted;
  byLevel: Record<Level, Counted>;
  byUnit: ReminderUnitRow[];
  /** Items at a reminder level on the as-of day with no log entry at that level or higher in their current delay. */
  unreminded: Counted;
}

export type FoundBy = (typeof FOUND_BY)[number];
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

export interface OverdueProblem {
  item: string;
  title: string;
  unit: string;
  deadline: string;
  daysBehind: number;
  level?: Level;
  /** Circular level only: decided (true) or a candidate to be confirmed (false), as in `worst`. */
  confirmed?: boolean;
}

export interface ProblemSection {
  /** Found on or before the as-of day. */
  total: Counted;
  foundInQuarter: Counted;
  foundBy: Record<FoundBy, Counted>;
  rectifiedInQuarter: Counted;
  verifiedInQuarter: Counted;
  /** Not rectified, deadline not passed. */
  open: Counted;
  /** Not rectified, deadline passed. */
  overdue: Counted;
  /** Rectified, not yet verified. */
  awaitingVerification: Counted;
  /** Verified and written off (据实销账). */
  verified: Counted;
  reviews: Record<ReviewResult, Counted>;
  overdueList: OverdueProblem[];
}

export type PilotLevel = (typeof PILOT_LEVELS)[number];
export type PilotOrigin = (typeof ORIGINS)[number];
export type PilotStatus = 'not-started' | 'active' | 'ending' | 'past-term' | 'completed' | 'withdrawn';

export interface PilotRow {
  item: string;
  title: string;
  unit: string;
  level: PilotLevel;
  origin: PilotOrigin;
  start: string;
  end: string;
  status: PilotStatus;
  daysBehind: number;
  withdrawn?: { on: string; reason: string };
  promoted: { by: string; on: string }[];
}

export interface PilotSection {
  total: Counted;
  notStarted: Counted;
  /** Under way, term not over (those ending soon included). */
  active: Counted;
  /** Active, ending after the as-of day and by the end of the next quarter. */
  endingNextQuarter: Counted;
  pastTerm: Counted;
  completed: Counted;
  withdrawn: Counted;
  withdrawnInQuarter: Counted;
  promoted: Counted;
  promotedInQuarter: Counted;
  byLevel: Record<PilotLevel, Counted>;
  byOrigin: Record<PilotOrigin, Counted>;
  rows: PilotRow[];
}

export interface NextNode {
  ref: string;
  item: string;
  ledger: LedgerName;
  title: string;
  node: string;
  due: string;
}

export interface NextQuarterSection {
  label: string;
  start: string;
  end: string;
  total: Counted;
  byUnit: { unit: string; nodes: NextNode[] }[];
}

export const HEADLINE_KEYS = [
  'tasks',
  'tasksCompleted',
  'tasksBehind',
  'serious',
  'nodesDue',
  'nodesOnTime',
  'nodesLate',
  'nodesOpen',
  'onTimeRate',
  'reminders',
  'problemsFound',
  'problemsRectified',
  'problemsOverdue',
  'pilotsActive',
  'pilotsPastTerm',
  'pilotsPromoted',
  'interviewCandidates',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export interface Figure {
  value: number | null;
  ids?: string[];
}

export interface ComparisonRow {
  key: HeadlineKey;
  kind: 'count' | 'rate';
  current: Figure;
  previous: Figure;
  /** current − previous; null when either is null. */
  change: number | null;
}

export interface Comparison {
  previous: { label: string; asOf: string };
  rows: ComparisonRow[];
}

export interface PeriodInfo {
  label: string;
  year: number;
  q: 1 | 2 | 3 | 4;
  start: string;
  end: string;
  asOf: string;
  /** The as-of day is the quarter's last day. */
  complete: boolean;
}

export interface ReportFigures {
  period: PeriodInfo;
  overview: Overview;
  units: UnitRow[];
  groups: UnitRow[];
  serious: SeriousItem[];
  interviews: InterviewSection;
  reminders: ReminderSection;
  problems: ProblemSection;
  pilots: PilotSection;
  nextQuarter: NextQuarterSection;
  /** Every node due in the quarter, by due day. */
  nodes: QuarterNode[];
  /**
   * With `day_count: workdays`, the years the working-day counts touched that the holiday data
   * does not cover (counted with weekends only), and the years it covers; absent when none.
   */
  holidayData?: { uncovered: number[]; from: number; to: number };
}

/** A node judged by another date than written (an unapproved postponement, a deleted node or item). */
export interface ScheduleNodeRow {
  ledger: 'tasks' | 'pilots' | 'problems';
  item: string;
  node: string;
  /** As written today (absent when deleted). */
  written?: string;
  approved: string;
  deleted: boolean;
}

export interface ReportSchedule {
  summary: ScheduleSummary;
  nodes: ScheduleNodeRow[];
}

/** Who issues the report and to whom it goes (the 公文's 主送 and 落款). */
export interface ReportLetter {
  /** The office's full name (落款). */
  officeFull: string;
  /** The body that decides circulars and interviews (市委全面深化改革委员会). */
  committee: string;
  /** 主送: the committee; a unit's version goes to that unit (a county through its reform office). */
  addressee: string;
  /** How a unit's version calls the unit (你单位, 你县); absent otherwise. */
  addressAs?: string;
}

export interface Report extends ReportFigures {
  letter: ReportLetter;
  /** Which dates the items were judged by (the approved schedule); set by the command. */
  schedule?: ReportSchedule;
  office: string;
  scope: { unit?: string; group?: string };
  dayCount: 'calendar' | 'workdays';
  bands: { phone: number; written: number; onsite: number; circular: number };
  /** Days before a node that the office sends an advance notice. */
  prewarnDays: number;
  comparison: Comparison;
}
