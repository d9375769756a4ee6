// Items behind for the circular band's days or more (严重滞后): the candidates for a circular.
import type { ItemStatus } from '../domain/delay.js';
import type { Policy, Reminder } from '../schema/index.js';
import { circularDecision } from '../domain/circular.js';
import { isSerious } from './states.js';
import type { ReminderRef, SeriousItem } from './types.js';

/** The reminder log by item id, built once (looking items up in the whole log would be quadratic). */
export function logByItem(log: readonly Reminder[]): Map<string, Reminder[]> {
  const out = new Map<string, Reminder[]>();
  for (const r of log) {
    const list = out.get(r.item);
    if (list) list.push(r);
    else out.set(r.item, [r]);
  }
  return out;
}

/** Reminders logged for an item from `since` to `asOf`, oldest first. */
export function remindersWithin(
  byItem: ReadonlyMap<string, readonly Reminder[]>,
  item: string,
  since: string,
  asOf: string,
): ReminderRef[] {
  return (byItem.get(item) ?? [])
    .filter((r) => r.date >= since && r.date <= asOf)
    .map((r) => ({ date: r.date, level: r.level }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The last progress note reported on or before the as-of day (the unit's own account). */
export function latestProgress(
  notes: readonly { date: string; note: string }[] | undefined,
  asOf: string,
): { date: string; note: string } | undefined {
  let last: { date: string; note: string } | undefined;
  for (const n of notes ?? []) if (n.date <= asOf && (!last || n.date >= last.date)) last = n;
  return last && { date: last.date, note: last.note.trim() };
}

export function seriousItems(
  statuses: readonly ItemStatus[],
  log: readonly Reminder[],
  asOf: string,
  bands: Policy['bands'],
): SeriousItem[] {
  const out: SeriousItem[] = [];
  const byItem = logByItem(log);
  for (const s of statuses) {
    if (!isSerious(s, bands) || !s.behindSince) continue;
    const row: SeriousItem = {
      item: s.item,
      ledger: s.ledger,
      title: s.title,
      unit: s.unit,
      issuer: s.issuer,
      daysBehind: s.daysBehind,
      behindSince: s.behindSince,
      level: s.level ?? 'circular',
      reminders: remindersWithin(byItem, s.item, s.behindSince, asOf),
    };
    if (s.node) row.node = { name: s.node.name, due: s.node.due };
    const progress = latestProgress(s.entry.progress, asOf);
    if (progress) row.progress = progress;
    // a circular is issued only once the leading group decided it; until then a candidate (待确认)
    const decided = circularDecision(s.entry, asOf);
    row.confirmed = decided !== undefined;
    if (decided) {
      row.circularDecided = { decidedOn: decided.decided_on };
      if (decided.held_on !== undefined) row.circularDecided.heldOn = decided.held_on;
    }
    out.push(row);
  }
  return out.sort((a, b) => b.daysBehind - a.daysBehind || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
}
