// Whether a circular (通报) is a candidate (报请确认) or decided (to be issued as a 通报), from the
// integrity rules in domain/circular.ts: decided means an `escalations` entry `level: circular`
// decided on or before the day; issued (held_on on or before the day) means no new 通报.
import { circularDecision } from '../domain/circular.js';
import type { ReminderRow } from '../domain/reminders.js';

export interface DecidedCircular {
  decided_on: string;
  by: string;
  reason?: string;
}

/** A circular decided and not yet issued on the day. */
export function circularDecisionOf(r: ReminderRow, date: string): DecidedCircular | undefined {
  const d = circularDecision(r.status.entry, date);
  if (!d || d.held_on) return undefined;
  const e = (r.status.entry.escalations ?? []).find(
    (x) => x.level === 'circular' && x.decided_on === d.decided_on && x.by === d.by,
  );
  return { decided_on: d.decided_on, by: d.by, ...(e?.reason ? { reason: e.reason } : {}) };
}

/** In the circular band with no decision yet: to be submitted for confirmation. */
export function isCircularCandidate(r: ReminderRow, date: string): boolean {
  return r.level === 'circular' && r.confirmed !== true && !circularDecision(r.status.entry, date);
}
