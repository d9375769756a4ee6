// How far behind an item is (塌进度) on an as-of day, and at which reminder level. Shared by
// remind, report and reconcile. Pure: no clock, no I/O; dates are 'YYYY-MM-DD' strings and
// arithmetic is on UTC day numbers.
//
// A node due on day D that is not done is behind from D+1; a node done on day E is no longer
// behind from E on. An item's days behind on the as-of day is the length of the continuous run of
// days, ending on the as-of day, on which at least one of its nodes was behind: a late node
// followed by another before the first was done makes one delay, counted from the first.
// Only information dated on or before the as-of day counts: a `done_on` after it is not yet done,
// and an adjustment approved after it has not yet moved the date.
//
// With `day_count: workdays` only working days are counted, and a run is continuous across days
// off: two behind stretches separated only by non-working days (a weekend, a holiday) are one
// delay. With `day_count: calendar` any day with nothing behind ends the delay.
import type { Ledger } from '../ledger/types.js';
import type { Level, Pilot, Policy, Problem, Task } from '../schema/index.js';
import { checkedDayNumber as dayNumber, fromDayNumber } from './dates.js';
import { createWorkdayCalendar, type WorkdayCalendar } from './workdays.js';
import { unitIndex } from './units.js';

export type LedgerName = 'tasks' | 'pilots' | 'problems';
export interface DueNode {
  name: string;
  due: string;
  done_on?: string;
}
export type ItemState =
  | 'completed'
  | 'closed'
  | 'suspended'
  | 'withdrawn' // out of scope on or before asOf
  | 'behind' // at least one node behind today (days_behind >= 1)
  | 'on-schedule'; // has nodes, none behind, some not yet due

export interface ItemStatus {
  item: string;
  ledger: LedgerName;
  title: string;
  /** The unit to chase: task/pilot lead_unit, problem unit (canonical name in assessAll). */
  unit: string;
  /** task.assigned_by ?? policy.office (pilots/problems: policy.office). */
  issuer: string;
  state: ItemState;
  /** For completed items: completed_on / rectified_on (≤ asOf). */
  completedOn?: string;
  /** Completed after its final due date. */
  lateCompletion?: boolean;
  /** 0 unless behind; counted per policy.day_count. */
  daysBehind: number;
  /** First day of the current continuous delay. */
  behindSince?: string;
  /** phone|written|onsite|circular from bands; 'interview' by escalation. */
  level?: Level;
  /** The late node shown to the clerk: the earliest undone overdue node. */
  node?: DueNode;
  /** All nodes, including the implicit final node (deadline / end / rectification deadline). */
  nodes: DueNode[];
  entry: Task | Pilot | Problem;
}

export interface DelayOptions {
  asOf: string;
  policy: Policy;
  /** The working-day calendar for `day_count: workdays`; built from the policy when absent. */
  calendar?: WorkdayCalendar;
}

type Entry = Task | Pilot | Problem;

/** The name of the implicit final node of each ledger. */
export const FINAL_NODE: Record<LedgerName, string> = {
  tasks: '任务办结',
  pilots: '试点完成',
  problems: '整改完成',
};

/**
 * The due dates as they stood on `asOf`: an adjustment approved after it is undone (its `from`
 * value applies). Without `asOf`, the ledger's current dates.
 */
function dueAsOf(entry: Entry, field: string, current: string, asOf?: string): string {
  if (!asOf || !('adjustments' in entry) || !entry.adjustments) return current;
  let earliest: { on: string; from: string } | undefined;
  for (const a of entry.adjustments) {
    if (a.field !== field || a.on <= asOf) continue;
    if (!earliest || a.on < earliest.on) earliest = a;
  }
  return earliest && /^\d{4}-\d{2}-\d{2}$/.test(earliest.from) ? earliest.from : current;
}

/**
 * Every node of an item, the implicit final node last unless a milestone carries its name.
 * With `asOf`, due dates adjusted after that day take their earlier value.
 */
export function nodesOf(entry: Entry, ledger: LedgerName, asOf?: string): DueNode[] {
  if (ledger === 'problems') {
    const p = entry as Problem;
    return [node(FINAL_NODE.problems, dueAsOf(p, 'deadline', p.deadline, asOf), p.rectified_on)];
  }
  const e = entry as Task | Pilot;
  const finalName = FINAL_NODE[ledger];
  const finalField = ledger === 'tasks' ? 'deadline' : 'end';
  const finalDue = ledger === 'tasks' ? (e as Task).deadline : (e as Pilot).end;
  const out: DueNode[] = [];
  let hasFinal = false;
  for (const m of e.milestones ?? []) {
    const isFinal = m.name === finalName || m.name === FINAL_NODE.tasks;
    hasFinal ||= isFinal;
    const due = dueAsOf(e, `milestones.${m.name}`, m.due, asOf);
    out.push(
      node(
        m.name,
        isFinal ? dueAsOf(e, finalField, due, asOf) : due,
        m.done_on ?? (isFinal ? e.completed_on : undefined),
      ),
    );
  }
  if (!hasFinal) out.push(node(finalName, dueAsOf(e, finalField, finalDue, asOf), e.completed_on));
  return out;
}

function node(name: string, due: string, done_on: string | undefined): DueNode {
  return done_on === undefined ? { name, due } : { name, due, done_on };
}

/** The reminder level for a number of days behind, from the policy's bands (first day of each). */
export function levelFor(days: number, bands: Policy['bands']): Level | undefined {
  if (days >= bands.circular) return 'circular';
  if (days >= bands.onsite) return 'onsite';
  if (days >= bands.written) return 'written';
  if (days >= bands.phone) return 'phone';
  return undefined;
}

/** True when an interview (约谈) decided on or before asOf has not been held by asOf. */
export function interviewPending(entry: Entry, asOf: string): boolean {
  for (const e of entry.escalations ?? []) {
    if (e.level === 'interview' && e.decided_on <= asOf && !(e.held_on && e.held_on <= asOf)) return true;
  }
  return false;
}

interface OutOfScope {
  state: ItemState;
  completedOn?: string;
}

function outOfScope(
  entry: Entry,
  ledger: LedgerName,
  nodes: DueNode[],
  asOf: string,
): OutOfScope | undefined {
  const done = ledger === 'problems' ? (entry as Problem).rectified_on : (entry as Task | Pilot).completed_on;
  const completedOn = done && done <= asOf ? done : undefined;
  // closed out (销号) is the last word on a task; it is also completed, and keeps that date
  if (ledger === 'tasks') {
    const t = entry as Task;
    if (t.closed && t.closed.on <= asOf)
      return completedOn ? { state: 'closed', completedOn } : { state: 'closed' };
  }
  if (completedOn) return { state: 'completed', completedOn };
  if (ledger === 'tasks') {
    const t = entry as Task;
    if (t.withdrawn && t.withdrawn.on <= asOf) return { state: 'withdrawn' };
    if (t.suspended && t.suspended.on <= asOf) return { state: 'suspended' };
  }
  if (ledger === 'pilots') {
    const p = entry as Pilot;
    if (p.withdrawn && p.withdrawn.on <= asOf) return { state: 'withdrawn' };
  }
  // Every node done (the final one included) without a completion date: completed on the last.
  if (nodes.length && nodes.every((n) => n.done_on !== undefined && n.done_on <= asOf)) {
    let last = nodes[0]!.done_on!;
    for (const n of nodes) if (n.done_on! > last) last = n.done_on!;
    return { state: 'completed', completedOn: last };
  }
  return undefined;
}

/**
 * The continuous delay ending on asOf: its first day, or undefined when nothing is behind on
 * asOf. `bridges(a, b)` says whether the days strictly between day numbers a and b (a < b) may
 * be skipped without breaking the run.
 */
export function currentDelay(
  nodes: readonly DueNode[],
  asOf: string,
  bridges: (a: number, b: number) => boolean = (a, b) => b === a + 1,
): string | undefined {
  const today = dayNumber(asOf);
  // Behind intervals [start, end] in day numbers, clipped to asOf.
  const spans: [number, number][] = [];
  for (const n of nodes) {
    const start = dayNumber(n.due) + 1;
    if (start > today) continue;
    const done = n.done_on !== undefined && n.done_on <= asOf ? dayNumber(n.done_on) : undefined;
    const end = done === undefined ? today : done - 1;
    if (end >= start) spans.push([start, end]);
  }
  // Walk back from asOf: latest end first.
  spans.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!spans.length || spans[0]![1] !== today) return undefined;
  let since = spans[0]![0];
  for (let i = 1; i < spans.length; i++) {
    const [s, e] = spans[i]!;
    if (e >= since - 1 || bridges(e, since)) since = Math.min(since, s);
    else break;
  }
  return fromDayNumber(since);
}

const calendars = new WeakMap<Policy, WorkdayCalendar>();

/** The working-day calendar of a policy (package data extended by `calendar:`), built once. */
export function calendarFor(policy: Policy): WorkdayCalendar {
  let cal = calendars.get(policy);
  if (!cal) {
    cal = createWorkdayCalendar(policy.calendar ?? {});
    calendars.set(policy, cal);
  }
  return cal;
}

/** Assesses one item on opts.asOf. */
export function assessItem(entry: Entry, ledger: LedgerName, opts: DelayOptions): ItemStatus {
  const { asOf, policy } = opts;
  const nodes = nodesOf(entry, ledger, asOf);
  const base: ItemStatus = {
    item: entry.id,
    ledger,
    title: titleOf(entry, ledger),
    unit: ledger === 'problems' ? (entry as Problem).unit : (entry as Task | Pilot).lead_unit,
    issuer: (ledger === 'tasks' ? (entry as Task).assigned_by : undefined) ?? policy.office,
    state: 'on-schedule',
    daysBehind: 0,
    nodes,
    entry,
  };
  const out = outOfScope(entry, ledger, nodes, asOf);
  if (out) {
    base.state = out.state;
    if (out.completedOn) {
      base.completedOn = out.completedOn;
      // The final node is due last (a milestone due after the deadline fails `reform check`).
      let finalDue = '';
      for (const n of nodes) if (n.due > finalDue) finalDue = n.due;
      base.lateCompletion = out.completedOn > finalDue;
    }
    return base;
  }

  const workdays = policy.day_count === 'workdays';
  const cal = workdays ? (opts.calendar ?? calendarFor(policy)) : undefined;
  const bridges = cal
    ? (a: number, b: number) =>
        b === a + 1 || cal.countWorkdays(fromDayNumber(a + 1), fromDayNumber(b - 1)) === 0
    : undefined;
  const since = currentDelay(nodes, asOf, bridges);
  if (since !== undefined) {
    const days = cal ? cal.countWorkdays(since, asOf) : dayNumber(asOf) - dayNumber(since) + 1;
    if (days >= 1) {
      base.state = 'behind';
      base.daysBehind = days;
      base.behindSince = since;
      base.node = earliestLate(nodes, asOf);
      base.level = levelFor(days, policy.bands);
    }
  }
  if (interviewPending(entry, asOf)) {
    base.level = 'interview';
    base.node ??= earliestLate(nodes, asOf);
  }
  return base;
}

/** The earliest node due before asOf and not done by asOf. */
function earliestLate(nodes: readonly DueNode[], asOf: string): DueNode | undefined {
  let best: DueNode | undefined;
  for (const n of nodes) {
    if (n.due >= asOf || (n.done_on !== undefined && n.done_on <= asOf)) continue;
    if (!best || n.due < best.due) best = n;
  }
  return best;
}

function titleOf(entry: Entry, ledger: LedgerName): string {
  if (ledger !== 'problems') return (entry as Task | Pilot).title;
  const p = entry as Problem;
  return p.title ?? p.description;
}

export { unitIndex } from './units.js';

/** Every task, pilot and problem of a ledger, assessed on opts.asOf; units by canonical name. */
export function assessAll(ledger: Ledger, opts: DelayOptions): ItemStatus[] {
  const o: DelayOptions =
    opts.policy.day_count === 'workdays' && !opts.calendar
      ? { ...opts, calendar: calendarFor(opts.policy) }
      : opts;
  const units = unitIndex(ledger.units);
  const out: ItemStatus[] = [];
  const push = (s: ItemStatus) => {
    s.unit = units.get(s.unit) ?? s.unit;
    out.push(s);
  };
  for (const t of ledger.tasks) push(assessItem(t, 'tasks', o));
  for (const p of ledger.pilots) push(assessItem(p, 'pilots', o));
  // a problem found after the as-of day did not exist yet
  for (const p of ledger.problems) if (p.found_on <= opts.asOf) push(assessItem(p, 'problems', o));
  return out;
}

/**
 * Years without holiday data that the working-day counts of these statuses touched (from the
 * first day of each delay to asOf): their days were counted with weekends only.
 */
export function uncoveredYears(
  statuses: readonly ItemStatus[],
  asOf: string,
  calendar: WorkdayCalendar,
): number[] {
  const years = new Set<number>();
  const last = Number(asOf.slice(0, 4));
  let first = last;
  for (const s of statuses) if (s.behindSince) first = Math.min(first, Number(s.behindSince.slice(0, 4)));
  for (let y = first; y <= last; y++) if (!calendar.covers(`${y}-01-01`)) years.add(y);
  return [...years];
}
