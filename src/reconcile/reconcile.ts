// The reconciliation (照单收账、对账销号): every item of the approved list (the baseline) with a
// node or deadline in the period, as it stands on the as-of day in today's ledger, and each
// lead unit's account. Pure: the two versions, their diff (with verdicts on postponements) and
// the as-of day come in; a plain result goes out.
//
// An item is judged by its current entry with every UNAPPROVED postponement undone (its dates
// go back to the baseline's) and every milestone dropped since the baseline put back (unless an
// adjustments record names it): moving a date or deleting a node does not make an item on time.
import { assessItem, nodesOf, unitIndex, type DueNode, type LedgerName } from '../domain/delay.js';
import type { Ledger } from '../ledger/types.js';
import type { Level, Policy, Task } from '../schema/index.js';
import type { WorkdayCalendar } from '../domain/workdays.js';
import type { FieldChange } from './field-diff.js';
import {
  titleOf,
  unitOf,
  type EntryChange,
  type EntryRef,
  type ItemEntry,
  type LedgerDiff,
  type Postponement,
} from './diff.js';
import { inPeriod, type Period } from './period.js';
import { effectiveEntry } from '../domain/schedule.js';

export type ItemClass =
  | 'removed'
  | 'behind'
  | 'done-no-evidence'
  | 'not-due'
  | 'done'
  | 'suspended'
  | 'withdrawn';

/** Report order of the classes, the ones that need attention first. */
export const CLASS_ORDER: readonly ItemClass[] = [
  'removed',
  'behind',
  'done-no-evidence',
  'not-due',
  'done',
  'suspended',
  'withdrawn',
];

export interface PeriodNode {
  name: string;
  /** Due day in the baseline. */
  due: string;
  /** Due day the item is judged by (the current one when the move was approved). */
  dueNow?: string;
  done_on?: string;
}

export interface ReconItem {
  ledger: LedgerName;
  id: string;
  title: string;
  /** The accountable unit of the baseline (canonical name). */
  unit: string;
  class: ItemClass;
  /** The baseline's nodes in the period. */
  nodes: PeriodNode[];
  /** The item itself is finished (completed_on / rectified_on, or every node done) by the as-of day. */
  completed: boolean;
  completedOn?: string;
  /** Done: every node in the period done by its due day (for a finished item: finished by the final due day). */
  onTime?: boolean;
  evidence: boolean;
  /** Already closed out (销号). */
  closed?: { on: string; period: string };
  /** A finished task with evidence, not yet closed: --close writes its close-out. */
  closable: boolean;
  /**
   * An unfinished task (not withdrawn, not closed or carried) with its objective reason on record
   * (`carry_over`): --carry-over carries it into next year's list.
   */
  carryable: boolean;
  /** An unfinished task without a `carry_over` reason: listed as 未说明原因 and not carried. */
  carryUnexplained: boolean;
  carryOver?: { reason: string; requested_on: string; approved_by?: string };
  carriedOver?: { to: string; on: string; ref?: string; reason?: string };
  daysBehind: number;
  level?: Level;
  /** The late node (behind only). */
  node?: DueNode;
  /** Behind by the period's own nodes (no days counted yet): the first node due before the as-of day and not done. */
  openNode?: PeriodNode;
  changes: FieldChange[];
  postponements: Postponement[];
  baseline: ItemEntry;
  current?: ItemEntry;
}

export interface UnitAccount {
  unit: string;
  /** Items due in the period as of the as-of day: done + open + removed. */
  due: number;
  done: number;
  doneOnTime: number;
  /** Due and not done. */
  open: number;
  removed: number;
  /** Not yet due (an approved postponement moved it out, or the period is not over). */
  notDue: number;
  /** Suspended or withdrawn with approval. */
  excused: number;
  unapproved: number;
  /** done / due; null when nothing was due. */
  rate: number | null;
}

export interface AddedItem extends EntryRef {
  /** Has a node in the period. */
  inPeriod: boolean;
}

export interface Reconciliation {
  period: Period;
  asOf: string;
  items: ReconItem[];
  added: AddedItem[];
  units: UnitAccount[];
  totals: UnitAccount;
}

export interface ReconcileOptions {
  period: Period;
  asOf: string;
  policy: Policy;
  calendar?: WorkdayCalendar;
}

const LEDGERS: readonly LedgerName[] = ['tasks', 'pilots', 'problems'];

function hasEvidence(e: ItemEntry): boolean {
  return e.evidence !== undefined;
}

function isUnapproved(p: Postponement): boolean {
  return p.verdict?.status !== 'approved';
}

/** The entry as it is judged (one rule for every command: domain/schedule.ts). */
export { effectiveEntry };

function emptyAccount(unit: string): UnitAccount {
  return {
    unit,
    due: 0,
    done: 0,
    doneOnTime: 0,
    open: 0,
    removed: 0,
    notDue: 0,
    excused: 0,
    unapproved: 0,
    rate: null,
  };
}

function addTo(a: UnitAccount, it: ReconItem): void {
  switch (it.class) {
    case 'done':
    case 'done-no-evidence':
      a.due++;
      a.done++;
      if (it.onTime) a.doneOnTime++;
      break;
    case 'behind':
      a.due++;
      a.open++;
      break;
    case 'removed':
      a.due++;
      a.removed++;
      break;
    case 'not-due':
      a.notDue++;
      break;
    case 'suspended':
    case 'withdrawn':
      a.excused++;
      break;
  }
  a.unapproved += it.postponements.filter(isUnapproved).length;
  a.rate = a.due ? a.done / a.due : null;
}

/** Worst first: lowest completion rate, then most removed, most unapproved postponements, most open. */
export function compareAccounts(a: UnitAccount, b: UnitAccount): number {
  const ra = a.rate ?? 2;
  const rb = b.rate ?? 2;
  return (
    ra - rb ||
    b.removed - a.removed ||
    b.unapproved - a.unapproved ||
    b.open - a.open ||
    b.due - a.due ||
    a.unit.localeCompare(b.unit, 'zh')
  );
}

function periodNodes(baselineNodes: DueNode[], effective: DueNode[], period: Period): PeriodNode[] {
  const out: PeriodNode[] = [];
  for (const n of baselineNodes) {
    if (!inPeriod(n.due, period)) continue;
    const c = effective.find((e) => e.name === n.name);
    out.push({
      name: n.name,
      due: n.due,
      dueNow: c && c.due !== n.due ? c.due : undefined,
      done_on: c?.done_on,
    });
  }
  return out;
}

/** A new item with every field present (one object shape: fast to build and to serialise). */
function newItem(
  ledger: LedgerName,
  baseline: ItemEntry,
  title: string,
  unit: string,
  change: EntryChange | undefined,
  current?: ItemEntry,
): ReconItem {
  return {
    ledger,
    id: baseline.id,
    title,
    unit,
    class: 'not-due',
    nodes: [],
    completed: false,
    completedOn: undefined,
    onTime: undefined,
    evidence: false,
    closed: undefined,
    closable: false,
    carryable: false,
    carryUnexplained: false,
    carryOver: undefined,
    carriedOver: undefined,
    daysBehind: 0,
    level: undefined,
    node: undefined,
    changes: change?.changes ?? [],
    postponements: change?.postponements ?? [],
    baseline,
    current,
  };
}

/** Fills in how an item stands on the as-of day. */
function classify(out: ReconItem, ledger: LedgerName, nodes: DueNode[], opts: ReconcileOptions): void {
  const current = out.current!;
  const effective = effectiveEntry(ledger, out.baseline, current, out.postponements);
  const s = assessItem(effective, ledger, { asOf: opts.asOf, policy: opts.policy, calendar: opts.calendar });
  const pnodes = periodNodes(nodes, s.nodes, opts.period);
  const evidence = hasEvidence(current);
  const task = ledger === 'tasks' ? (current as Task) : undefined;
  out.nodes = pnodes;
  out.evidence = evidence;
  if (task?.closed) out.closed = task.closed;
  if (task?.carried_over) out.carriedOver = task.carried_over;
  const finished = s.state === 'completed' || (s.state === 'closed' && !!(current as Task).completed_on);
  if (finished) {
    out.completed = true;
    out.completedOn = s.completedOn ?? (current as Task).completed_on;
    out.onTime =
      s.lateCompletion === undefined
        ? !!out.completedOn && out.completedOn <= s.nodes[s.nodes.length - 1]!.due
        : !s.lateCompletion;
    out.class = evidence ? 'done' : 'done-no-evidence';
  } else if (s.state === 'closed') {
    out.class = 'done';
    out.onTime = true;
  } else if (s.state === 'withdrawn' || s.state === 'suspended') {
    out.class = s.state;
  } else if (s.state === 'behind') {
    out.class = 'behind';
    out.daysBehind = s.daysBehind;
    out.level = s.level;
    out.node = s.node;
  } else {
    // on schedule by the delay rules: judge the baseline's nodes of the period one by one
    let dueOpen = false;
    let open = false;
    let onTime = true;
    for (const n of pnodes) {
      // a node whose removal was approved (an adjustments record names it) is no longer due
      if (!s.nodes.some((e) => e.name === n.name)) continue;
      const due = n.dueNow ?? n.due;
      const done = n.done_on !== undefined && n.done_on <= opts.asOf;
      if (!done) {
        open = true;
        // due before the as-of day and not done; a node due ON the as-of day is not yet behind (as in remind)
        if (due < opts.asOf && !dueOpen) {
          dueOpen = true;
          out.openNode = n;
        }
      } else if (n.done_on! > due) onTime = false;
    }
    if (dueOpen) out.class = 'behind';
    else if (open) out.class = 'not-due';
    else {
      out.class = 'done';
      out.onTime = onTime;
    }
    out.level = s.level; // an interview decided and not yet held
  }
  if (task) {
    out.closable = out.completed && evidence && !task.closed;
    const unfinished = !out.completed && out.class !== 'withdrawn' && !task.closed && !task.carried_over;
    if (task.carry_over) out.carryOver = task.carry_over;
    out.carryable = unfinished && !!task.carry_over;
    out.carryUnexplained = !opts.period.half && unfinished && !task.carry_over;
  }
}

/** Reconciles the baseline against the current ledger for a period, on the as-of day. */
export function reconcile(
  baseline: Ledger,
  current: Ledger,
  diff: LedgerDiff,
  opts: ReconcileOptions,
): Reconciliation {
  const canonical = unitIndex([...current.units, ...baseline.units]);
  const items: ReconItem[] = [];
  for (const ledger of LEDGERS) {
    const now = new Map<string, ItemEntry>();
    for (const e of current[ledger] as ItemEntry[]) if (!now.has(e.id)) now.set(e.id, e);
    const changes = new Map(diff[ledger].changed.map((c) => [c.id, c]));
    const seen = new Set<string>();
    for (const b of baseline[ledger] as ItemEntry[]) {
      if (seen.has(b.id)) continue;
      seen.add(b.id);
      const nodes = nodesOf(b, ledger);
      if (!nodes.some((n) => inPeriod(n.due, opts.period))) continue;
      const cur = now.get(b.id);
      const unit = unitOf(ledger, b);
      const item = newItem(
        ledger,
        b,
        titleOf(ledger, cur ?? b),
        canonical.get(unit) ?? unit,
        changes.get(b.id),
        cur,
      );
      if (cur) classify(item, ledger, nodes, opts);
      else {
        item.class = 'removed';
        item.nodes = nodes
          .filter((n) => inPeriod(n.due, opts.period))
          .map((n) => ({ name: n.name, due: n.due }));
        item.evidence = hasEvidence(b);
      }
      items.push(item);
    }
  }
  const added: AddedItem[] = [];
  for (const ledger of LEDGERS) {
    for (const a of diff[ledger].added) {
      const nodes = nodesOf(a.entry as ItemEntry, ledger);
      added.push({
        ...a,
        unit: canonical.get(a.unit) ?? a.unit,
        inPeriod: nodes.some((n) => inPeriod(n.due, opts.period)),
      });
    }
  }
  const byUnit = new Map<string, UnitAccount>();
  const totals = emptyAccount('');
  for (const it of items) {
    let a = byUnit.get(it.unit);
    if (!a) byUnit.set(it.unit, (a = emptyAccount(it.unit)));
    addTo(a, it);
    addTo(totals, it);
  }
  return {
    period: opts.period,
    asOf: opts.asOf,
    items: sortItems(items),
    added,
    units: [...byUnit.values()].sort(compareAccounts),
    totals,
  };
}

/** By class (attention first), then the most days behind, then ledger order. */
function sortItems(items: ReconItem[]): ReconItem[] {
  const rank = new Map(CLASS_ORDER.map((c, i) => [c, i]));
  return items
    .map((it, i) => ({ it, i }))
    .sort(
      (a, b) =>
        rank.get(a.it.class)! - rank.get(b.it.class)! || b.it.daysBehind - a.it.daysBehind || a.i - b.i,
    )
    .map((x) => x.it);
}

/** Tasks whose close-out --close writes, and tasks --carry-over carries into next year's list. */
export function closeOutTargets(r: Reconciliation): { close: ReconItem[]; carry: ReconItem[] } {
  return {
    close: r.items.filter((it) => it.closable),
    carry: r.items.filter((it) => it.carryable),
  };
}
