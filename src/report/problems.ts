// Problems under rectification (问题整改): found in the quarter by supervision mode, rectified,
// verified, and overdue on the as-of day.
import { circularConfirmed } from '../domain/circular.js';
import type { ItemStatus } from '../domain/delay.js';
import type { Problem } from '../schema/index.js';
import { FOUND_BY, REVIEW_RESULTS } from '../schema/kinds.js';
import { countBy, counted } from './counted.js';
import type { FoundBy, OverdueProblem, ProblemSection, ReviewResult } from './types.js';

export interface ProblemWindow {
  start: string;
  asOf: string;
}

/** `statuses`: the problems found on or before the as-of day. */
export function problemSection(statuses: readonly ItemStatus[], w: ProblemWindow): ProblemSection {
  const within = (d: string | undefined) => d !== undefined && d >= w.start && d <= w.asOf;
  const upTo = (d: string | undefined) => d !== undefined && d <= w.asOf;
  const list = statuses.filter((s) => s.ledger === 'problems');
  const ids = (pred: (p: Problem, s: ItemStatus) => boolean) =>
    counted(list.filter((s) => pred(s.entry as Problem, s)).map((s) => s.item));
  const found = list.filter((s) => within((s.entry as Problem).found_on));
  const reviews: [ReviewResult, string][] = [];
  for (const s of list)
    for (const r of (s.entry as Problem).reviews ?? []) if (within(r.date)) reviews.push([r.result, s.item]);
  const overdueList: OverdueProblem[] = list
    .filter((s) => s.state === 'behind')
    .map((s) => {
      const p = s.entry as Problem;
      const row: OverdueProblem = {
        item: s.item,
        title: s.title,
        unit: s.unit,
        deadline: s.node?.due ?? p.deadline,
        daysBehind: s.daysBehind,
      };
      if (s.level) row.level = s.level;
      if (s.level === 'circular') row.confirmed = circularConfirmed(s.entry, w.asOf);
      return row;
    })
    .sort((a, b) => b.daysBehind - a.daysBehind || (a.item < b.item ? -1 : 1));
  return {
    total: counted(list.map((s) => s.item)),
    foundInQuarter: counted(found.map((s) => s.item)),
    foundBy: countBy(
      FOUND_BY,
      found.map((s) => [(s.entry as Problem).found_by, s.item] as [FoundBy, string]),
    ),
    rectifiedInQuarter: ids((p) => within(p.rectified_on)),
    verifiedInQuarter: ids((p) => within(p.verified?.on)),
    open: ids((_, s) => s.state === 'on-schedule'),
    overdue: ids((_, s) => s.state === 'behind'),
    awaitingVerification: ids((p) => upTo(p.rectified_on) && !upTo(p.verified?.on)),
    verified: ids((p) => upTo(p.verified?.on)),
    reviews: countBy(REVIEW_RESULTS, reviews),
    overdueList,
  };
}
