// `reform remind --format json`: the contract, keys exactly as written.
import type { RemindResult } from '../../domain/reminders.js';

export function remindJson(res: RemindResult) {
  return {
    date: res.date,
    reminders: res.reminders.map((r) => ({
      item: r.item,
      ledger: r.ledger,
      title: r.title,
      unit: r.unit,
      issuer: r.issuer,
      node: r.node?.name ?? null,
      due: r.node?.due ?? null,
      days_behind: r.daysBehind,
      level: r.level,
      new: r.isNew,
    })),
    upcoming: res.upcoming.map((u) => ({
      item: u.item,
      ledger: u.ledger,
      title: u.title,
      unit: u.unit,
      node: u.node.name,
      due: u.node.due,
      days_left: u.daysLeft,
    })),
  };
}

export function renderRemindJson(res: RemindResult): string {
  return JSON.stringify(remindJson(res), null, 2) + '\n';
}
