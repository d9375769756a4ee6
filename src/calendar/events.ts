// The open nodes of a ledger as calendar events: data only (the .ics writer is in render/).
// Pure: the as-of day is an argument. An event's uid depends on the office, the item and the node
// name only, so a changed due date updates the event on re-import instead of adding another; the
// sequence counts the approved adjustments of that date, so clients take the newer version.
import { createHash } from 'node:crypto';
import { assessAll, FINAL_NODE, type ItemStatus, type LedgerName } from '../domain/delay.js';
import type { Ledger } from '../ledger/types.js';
import type { Pilot, Problem, Task } from '../schema/index.js';

export interface NodeEvent {
  uid: string;
  /** The all-day event's day, YYYY-MM-DD. */
  date: string;
  item: string;
  ledger: LedgerName;
  title: string;
  node: string;
  unit: string;
  issuer: string;
  /** Days before the node that the alarm goes off (policy.prewarn_days). */
  alarmDays: number;
  sequence: number;
  overdue: boolean;
}

const OUT_OF_SCOPE = new Set(['completed', 'closed', 'suspended', 'withdrawn']);

function hash(s: string, n: number): string {
  return createHash('sha256').update(s).digest('hex').slice(0, n);
}

/** The field an adjustment names for this node: deadline / end / milestones.<name>. */
function fieldOf(ledger: LedgerName, node: string): string {
  if (node === FINAL_NODE[ledger] || (ledger === 'tasks' && node === FINAL_NODE.tasks))
    return ledger === 'pilots' ? 'end' : 'deadline';
  return `milestones.${node}`;
}

function adjustmentsOf(entry: Task | Pilot | Problem, field: string, asOf: string): number {
  let n = 0;
  for (const a of entry.adjustments ?? []) if (a.on <= asOf && a.field === field) n++;
  return n;
}

export interface CalendarOptions {
  asOf: string;
  /** Only the items this unit leads (full name). */
  unit?: string;
}

/** One event per node not yet done of every item still in scope, earliest first. */
export function nodeEvents(ledger: Ledger, opts: CalendarOptions): NodeEvent[] {
  const office = hash(ledger.policy.office, 10);
  const out: NodeEvent[] = [];
  const statuses: ItemStatus[] = assessAll(ledger, { asOf: opts.asOf, policy: ledger.policy });
  for (const s of statuses) {
    if (OUT_OF_SCOPE.has(s.state)) continue;
    if (opts.unit !== undefined && s.unit !== opts.unit) continue;
    for (const n of s.nodes) {
      if (n.done_on !== undefined && n.done_on <= opts.asOf) continue;
      out.push({
        uid: `${s.item}-${hash(n.name, 12)}@${office}.reform`,
        date: n.due,
        item: s.item,
        ledger: s.ledger,
        title: s.title,
        node: n.name,
        unit: s.unit,
        issuer: s.issuer,
        alarmDays: ledger.policy.prewarn_days,
        sequence: adjustmentsOf(s.entry, fieldOf(s.ledger, n.name), opts.asOf),
        overdue: n.due < opts.asOf,
      });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}
