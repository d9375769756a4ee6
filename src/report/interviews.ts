// Interview candidates (建议约谈): units over the policy's thresholds, and interviews decided but not held.
import type { ItemStatus } from '../domain/delay.js';
import { daysBetween } from '../domain/dates.js';
import type { Policy } from '../schema/index.js';
import { counted } from './counted.js';
import type { UnitNames } from './scope.js';
import { isSerious } from './states.js';
import type { InterviewCandidate, InterviewReason, InterviewSection, PendingInterview } from './types.js';

export function interviewSection(
  statuses: readonly ItemStatus[],
  asOf: string,
  policy: Policy,
  names: UnitNames,
): InterviewSection {
  const thresholds = {
    circularItems: policy.interview.circular_items,
    escalations: policy.interview.escalations,
  };
  const byUnit = new Map<string, { serious: string[]; escalations: string[]; pending: boolean }>();
  const pending: PendingInterview[] = [];
  for (const s of statuses) {
    let u = byUnit.get(s.unit);
    if (!u) byUnit.set(s.unit, (u = { serious: [], escalations: [], pending: false }));
    if (isSerious(s, policy.bands)) u.serious.push(s.item);
    for (const e of s.entry.escalations ?? []) {
      if (e.decided_on > asOf) continue;
      u.escalations.push(s.item);
      if (e.level === 'interview' && !(e.held_on !== undefined && e.held_on <= asOf)) {
        u.pending = true;
        pending.push({
          item: s.item,
          ledger: s.ledger,
          title: s.title,
          unit: s.unit,
          decidedOn: e.decided_on,
          by: e.by,
          reason: e.reason,
          waitingDays: daysBetween(e.decided_on, asOf),
        });
      }
    }
  }
  const candidates: InterviewCandidate[] = [];
  for (const [unit, u] of byUnit) {
    const reasons: InterviewReason[] = [];
    if (u.serious.length >= thresholds.circularItems) reasons.push('circular-items');
    if (u.escalations.length >= thresholds.escalations) reasons.push('escalations');
    if (!reasons.length) continue;
    candidates.push({
      unit,
      circularItems: counted(u.serious),
      escalations: counted(u.escalations),
      reasons,
      pendingInterview: u.pending,
    });
  }
  candidates.sort(
    (a, b) =>
      b.circularItems.count - a.circularItems.count ||
      b.escalations.count - a.escalations.count ||
      names.order(a.unit) - names.order(b.unit) ||
      (a.unit < b.unit ? -1 : 1),
  );
  pending.sort((a, b) =>
    a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.item < b.item ? -1 : 1,
  );
  return { thresholds, candidates, pending };
}
