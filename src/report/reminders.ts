// Reminders issued in the quarter (催办情况), from the log: by level and by unit; and the items
// at a level with no reminder on record for their current delay.
import type { ItemStatus } from '../domain/delay.js';
import { LEVELS, type Level } from '../schema/kinds.js';
import type { Reminder } from '../schema/index.js';
import { countBy, counted } from './counted.js';
import { logByItem } from './serious.js';
import type { UnitNames } from './scope.js';
import type { ReminderSection, ReminderUnitRow } from './types.js';

export interface ReminderWindow {
  start: string;
  asOf: string;
}

const rank = (l: Level) => LEVELS.indexOf(l);

export function reminderSection(
  log: readonly Reminder[],
  statuses: readonly ItemStatus[],
  w: ReminderWindow,
  names: UnitNames,
): ReminderSection {
  const items = new Set(statuses.map((s) => s.item));
  const entries = log.filter((r) => items.has(r.item) && r.date >= w.start && r.date <= w.asOf);
  const units = new Map<string, Reminder[]>();
  for (const r of entries) {
    const unit = names.canonical(r.to) ?? r.to;
    let list = units.get(unit);
    if (!list) units.set(unit, (list = []));
    list.push(r);
  }
  const byUnit: ReminderUnitRow[] = [...units].map(([unit, list]) => ({
    unit,
    total: counted(list.map((r) => r.item)),
    byLevel: countBy(
      LEVELS,
      list.map((r) => [r.level, r.item] as [Level, string]),
    ),
  }));
  byUnit.sort(
    (a, b) =>
      b.total.count - a.total.count ||
      names.order(a.unit) - names.order(b.unit) ||
      (a.unit < b.unit ? -1 : 1),
  );

  const unreminded: string[] = [];
  const byItem = logByItem(log);
  for (const s of statuses) {
    if (s.state !== 'behind' || !s.level || !s.behindSince) continue;
    const since = s.behindSince;
    const level = s.level;
    const done = (byItem.get(s.item) ?? []).some(
      (r) => r.date >= since && r.date <= w.asOf && rank(r.level) >= rank(level),
    );
    if (!done) unreminded.push(s.item);
  }
  return {
    total: counted(entries.map((r) => r.item)),
    items: counted(new Set(entries.map((r) => r.item))),
    byLevel: countBy(
      LEVELS,
      entries.map((r) => [r.level, r.item] as [Level, string]),
    ),
    byUnit,
    unreminded: counted(unreminded),
  };
}
