// `reform remind --format json`: the contract, keys exactly as written.
import type { RemindResult } from '../../domain/reminders.js';

export function remindJson(res: RemindResult) {
  const s = res.schedule;
  return {
    date: res.date,
    reminders: res.reminders.map((r) => ({
      item: r.item,
      ledger: r.ledger,
      title: r.title,
      unit: r.unit,
      issuer: r.issuer,
      node: r.node?.name ?? null,
      due: r.schedule ? (r.schedule.written ?? null) : r.deleted ? null : (r.node?.due ?? null),
      approved_due: r.node?.due ?? null,
      ...(r.schedule && !r.deleted ? { unapproved_postponement: true } : {}),
      ...(r.deleted ? { deleted: true } : {}),
      days_behind: r.daysBehind,
      level: r.level,
      ...(r.confirmed !== undefined ? { confirmed: r.confirmed } : {}),
      new: r.isNew,
    })),
    upcoming: res.upcoming.map((u) => ({
      item: u.item,
      ledger: u.ledger,
      title: u.title,
      unit: u.unit,
      node: u.node.name,
      due: u.schedule ? (u.schedule.written ?? null) : u.deleted ? null : u.node.due,
      approved_due: u.node.due,
      ...(u.schedule && !u.deleted ? { unapproved_postponement: true } : {}),
      ...(u.deleted ? { deleted: true } : {}),
      days_left: u.daysLeft,
    })),
    ...(s
      ? {
          schedule: {
            basis: s.basis,
            ...(s.reason ? { reason: s.reason } : {}),
            baseline: s.baseline
              ? { rev: s.baseline.rev, commit: s.baseline.sha, date: s.baseline.date }
              : null,
            unapproved_postponements: s.unapproved,
            deleted_items: s.deleted,
            late_records: s.lateRecords,
          },
        }
      : {}),
    ...(res.unreported
      ? {
          unreported: {
            month: res.unreported.month,
            due_by: res.unreported.dueBy,
            due: res.unreported.due,
            units: res.unreported.units.map((u) => ({
              unit: u.unit,
              items: u.items.map((i) => ({ item: i.item, ledger: i.ledger, title: i.title })),
            })),
          },
        }
      : {}),
  };
}

export function renderRemindJson(res: RemindResult): string {
  return JSON.stringify(remindJson(res), null, 2) + '\n';
}
