// The nodes due in a quarter (milestones, deadlines, pilot ends, rectification deadlines) and how
// each stood on the as-of day: met on time, met late, still open, or not yet due.
import type { ItemStatus } from '../domain/delay.js';
import { daysBetween } from '../domain/dates.js';
import type { Pilot, Problem, Task } from '../schema/index.js';
import { countedOwn, ratio } from './counted.js';
import type { NodeCounts, NodeOutcome, QuarterNode } from './types.js';

export interface NodeWindow {
  start: string;
  end: string;
  asOf: string;
}

/** The day an item left the scope by suspension or withdrawal, on or before asOf. */
export function stoppedOn(s: ItemStatus, asOf: string): string | undefined {
  if (s.state !== 'suspended' && s.state !== 'withdrawn') return undefined;
  const e = s.entry as Partial<Task> & Partial<Pilot>;
  const on = s.state === 'suspended' ? e.suspended?.on : e.withdrawn?.on;
  return on !== undefined && on <= asOf ? on : asOf;
}

/** The item's completion day when it is completed on or before asOf. */
export function completionOf(s: ItemStatus, asOf: string): string | undefined {
  if (s.state !== 'completed' && s.state !== 'closed') return undefined;
  const e = s.entry as Partial<Task> & Partial<Problem>;
  const on = s.completedOn ?? e.completed_on ?? e.rectified_on;
  return on !== undefined && on <= asOf ? on : undefined;
}

/**
 * The item's nodes due within [start, end], as they stood on asOf. A node not marked done counts
 * as done on the item's completion day once the item is completed. A suspended or withdrawn item
 * keeps only the nodes due before that decision and met.
 */
export function quarterNodesOf(s: ItemStatus, w: NodeWindow, group?: string): QuarterNode[] {
  const out: QuarterNode[] = [];
  const stop = stoppedOn(s, w.asOf);
  const completion = completionOf(s, w.asOf);
  for (const n of s.nodes) {
    if (n.due < w.start || n.due > w.end) continue;
    let done = n.done_on !== undefined && n.done_on <= w.asOf ? n.done_on : completion;
    if (completion !== undefined && done !== undefined && done > completion) done = completion;
    if (stop !== undefined && (n.due >= stop || done === undefined)) continue;
    let outcome: NodeOutcome;
    let daysLate: number | undefined;
    if (done !== undefined) {
      outcome = done <= n.due ? 'on-time' : 'late';
      if (outcome === 'late') daysLate = daysBetween(n.due, done);
    } else if (n.due > w.asOf) outcome = 'pending';
    else {
      outcome = 'open';
      daysLate = daysBetween(n.due, w.asOf);
    }
    const node: QuarterNode = {
      ref: `${s.item}:${n.name}`,
      item: s.item,
      ledger: s.ledger,
      title: s.title,
      unit: s.unit,
      node: n.name,
      due: n.due,
      outcome,
    };
    if (group !== undefined) node.group = group;
    if (done !== undefined) node.doneOn = done;
    if (daysLate !== undefined) node.daysLate = daysLate;
    out.push(node);
  }
  return out;
}

export function sortNodes(nodes: QuarterNode[]): QuarterNode[] {
  return nodes.sort((a, b) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0,
  );
}

export function nodeCounts(nodes: readonly QuarterNode[]): NodeCounts {
  const refs: Record<NodeOutcome, string[]> = { 'on-time': [], late: [], open: [], pending: [] };
  for (const n of nodes) refs[n.outcome].push(n.ref);
  const onTime = countedOwn(refs['on-time']);
  const late = countedOwn(refs.late);
  const open = countedOwn(refs.open);
  const due = countedOwn([...onTime.ids, ...late.ids, ...open.ids]);
  return { due, onTime, late, open, pending: countedOwn(refs.pending), rate: ratio(onTime.count, due.count) };
}
