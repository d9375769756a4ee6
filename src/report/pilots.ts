// Pilots (试点): under way, ending soon, past their term, withdrawn, and outcomes promoted.
import type { ItemStatus } from '../domain/delay.js';
import type { Pilot } from '../schema/index.js';
import { ORIGINS, PILOT_LEVELS } from '../schema/kinds.js';
import { countBy, counted } from './counted.js';
import type { PilotLevel, PilotOrigin, PilotRow, PilotSection, PilotStatus } from './types.js';

export interface PilotWindow {
  start: string;
  asOf: string;
  /** The last day of the next quarter. */
  nextEnd: string;
}

const ORDER: PilotStatus[] = ['past-term', 'ending', 'active', 'not-started', 'completed', 'withdrawn'];

/** The end of the term as it stood on the as-of day: the latest node's due day. */
function termEnd(s: ItemStatus): string {
  let end = (s.entry as Pilot).end;
  if (s.nodes.length) end = s.nodes.reduce((m, n) => (n.due > m ? n.due : m), s.nodes[0]!.due);
  return end;
}

export function pilotStatus(s: ItemStatus, w: PilotWindow): PilotStatus {
  const p = s.entry as Pilot;
  if (s.state === 'withdrawn') return 'withdrawn';
  if (s.state === 'completed' || s.state === 'closed') return 'completed';
  if (p.start > w.asOf) return 'not-started';
  const end = termEnd(s);
  if (end < w.asOf) return 'past-term';
  return end <= w.nextEnd ? 'ending' : 'active';
}

export function pilotSection(statuses: readonly ItemStatus[], w: PilotWindow): PilotSection {
  const rows: PilotRow[] = [];
  for (const s of statuses) {
    if (s.ledger !== 'pilots') continue;
    const p = s.entry as Pilot;
    const row: PilotRow = {
      item: s.item,
      title: s.title,
      unit: s.unit,
      level: p.level,
      origin: p.origin,
      start: p.start,
      end: termEnd(s),
      status: pilotStatus(s, w),
      daysBehind: s.daysBehind,
      promoted: (p.outcome?.promoted ?? [])
        .filter((x) => x.on <= w.asOf)
        .map((x) => ({ by: x.by, on: x.on })),
    };
    if (p.withdrawn && p.withdrawn.on <= w.asOf)
      row.withdrawn = { on: p.withdrawn.on, reason: p.withdrawn.reason };
    rows.push(row);
  }
  rows.sort(
    (a, b) =>
      ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
      (a.end < b.end ? -1 : a.end > b.end ? 1 : a.item < b.item ? -1 : 1),
  );
  const with_ = (pred: (r: PilotRow) => boolean) => counted(rows.filter(pred).map((r) => r.item));
  const inQuarter = (d: string) => d >= w.start && d <= w.asOf;
  return {
    total: with_(() => true),
    notStarted: with_((r) => r.status === 'not-started'),
    active: with_((r) => r.status === 'active' || r.status === 'ending'),
    endingNextQuarter: with_((r) => r.status === 'ending'),
    pastTerm: with_((r) => r.status === 'past-term'),
    completed: with_((r) => r.status === 'completed'),
    withdrawn: with_((r) => r.status === 'withdrawn'),
    withdrawnInQuarter: with_((r) => r.withdrawn !== undefined && inQuarter(r.withdrawn.on)),
    promoted: with_((r) => r.promoted.length > 0),
    promotedInQuarter: with_((r) => r.promoted.some((x) => inQuarter(x.on))),
    byLevel: countBy(
      PILOT_LEVELS,
      rows.map((r) => [r.level, r.item] as [PilotLevel, string]),
    ),
    byOrigin: countBy(
      ORIGINS,
      rows.map((r) => [r.origin, r.item] as [PilotOrigin, string]),
    ),
    rows,
  };
}
