// A circular (通报) is issued only after the leading group (today: the reform committee) confirms
// it (seed 004). An item in the circular band without an `escalations` entry `level: circular`
// decided on or before the as-of day is a circular CANDIDATE: it is proposed for confirmation
// (报请确认), never logged or reported as a circular issued. Pure.
import type { Pilot, Problem, Task } from '../schema/index.js';

type Entry = Task | Pilot | Problem;

export interface CircularDecision {
  decided_on: string;
  by: string;
  held_on?: string;
}

/** The latest circular decision on the item made on or before asOf, if any. */
export function circularDecision(entry: Entry, asOf: string): CircularDecision | undefined {
  let best: CircularDecision | undefined;
  for (const e of entry.escalations ?? []) {
    if (e.level !== 'circular' || e.decided_on > asOf) continue;
    if (!best || e.decided_on > best.decided_on)
      best =
        e.held_on && e.held_on <= asOf
          ? { decided_on: e.decided_on, by: e.by, held_on: e.held_on }
          : { decided_on: e.decided_on, by: e.by };
  }
  return best;
}

/** Whether a circular on the item has been confirmed (decided) by asOf. */
export function circularConfirmed(entry: Entry, asOf: string): boolean {
  return circularDecision(entry, asOf) !== undefined;
}
