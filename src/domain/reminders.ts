// Today's reminders (五级提醒) and advance notices (提前预告提醒) from the assessed items and the
// reminder log. Pure: no clock, no I/O.
import { LEVELS, type Level } from '../schema/kinds.js';
import type { Reminder, Unit } from '../schema/index.js';
import { checkedDayNumber as dayNumber } from './dates.js';
import type { DueNode, ItemStatus, LedgerName } from './delay.js';
import type { Unreported } from './unreported.js';
import { circularConfirmed } from './circular.js';
import type { ApprovedSchedule, NodeSchedule } from './schedule.js';

export interface Contact {
  name: string;
  phone: string;
}

export interface ReminderRow {
  item: string;
  ledger: LedgerName;
  title: string;
  unit: string;
  issuer: string;
  /** The late node (for an interview on an item not behind: its next open node). */
  node?: DueNode;
  daysBehind: number;
  behindSince?: string;
  level: Level;
  /** No log entry at this level or higher within the current delay: today's work. */
  isNew: boolean;
  /**
   * Circular level only: whether the committee has decided the circular (an `escalations`
   * entry level circular decided by asOf). false: a candidate (通报提醒（待确认）).
   */
  confirmed?: boolean;
  /** The node's written date differs from the approved date it is judged by (see schedule.ts). */
  schedule?: NodeSchedule;
  /** The item was deleted since the baseline; it still counts at the baseline's dates. */
  deleted?: boolean;
  contact?: Contact;
  status: ItemStatus;
}

export interface UpcomingRow {
  item: string;
  ledger: LedgerName;
  title: string;
  unit: string;
  issuer: string;
  node: DueNode;
  daysLeft: number;
  schedule?: NodeSchedule;
  deleted?: boolean;
  contact?: Contact;
}

export interface RemindFilter {
  /** Canonical unit name. */
  unit?: string;
  /** This level and above. */
  level?: Level;
  onlyNew?: boolean;
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Reminder log entries by item id (only those dated on or before asOf). */
function logByItem(log: readonly Reminder[], asOf: string): Map<string, Reminder[]> {
  const out = new Map<string, Reminder[]>();
  for (const r of log) {
    if (r.date > asOf) continue;
    let list = out.get(r.item);
    if (!list) out.set(r.item, (list = []));
    list.push(r);
  }
  return out;
}

/**
 * The first day of the period in which a log entry counts for this reminder: the first day of
 * the current delay, or for an interview the day the pending interview was decided, if later.
 */
export function chaseStart(s: ItemStatus, asOf: string): string | undefined {
  let start = s.behindSince;
  if (s.level === 'interview') {
    let decided: string | undefined;
    for (const e of s.entry.escalations ?? []) {
      if (e.level !== 'interview' || e.decided_on > asOf || (e.held_on && e.held_on <= asOf)) continue;
      if (!decided || e.decided_on > decided) decided = e.decided_on;
    }
    if (decided && (!start || decided > start)) start = decided;
  }
  return start;
}

/** True when no log entry for the item at its level or higher is dated within its current delay. */
export function isNewReminder(
  s: ItemStatus,
  entries: readonly Reminder[] | undefined,
  asOf: string,
): boolean {
  if (!s.level) return false;
  const start = chaseStart(s, asOf) ?? asOf;
  const rank = levelRank(s.level);
  for (const r of entries ?? []) {
    if (r.date >= start && r.date <= asOf && levelRank(r.level) >= rank) return false;
  }
  return true;
}

function nextOpenNode(nodes: readonly DueNode[], asOf: string): DueNode | undefined {
  let best: DueNode | undefined;
  for (const n of nodes) {
    if (n.done_on !== undefined && n.done_on <= asOf) continue;
    if (!best || n.due < best.due) best = n;
  }
  return best;
}

export function contactIndex(units: readonly Unit[]): Map<string, Contact> {
  const out = new Map<string, Contact>();
  for (const u of units) if (u.contact) out.set(u.name, { name: u.contact.name, phone: u.contact.phone });
  return out;
}

/** Interview first, then most days behind, then item id. */
export function compareReminders(a: ReminderRow, b: ReminderRow): number {
  const ai = a.level === 'interview' ? 1 : 0;
  const bi = b.level === 'interview' ? 1 : 0;
  return bi - ai || b.daysBehind - a.daysBehind || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
}

/** Every item at a level on asOf, with whether it is new, sorted. */
export function buildReminders(
  statuses: readonly ItemStatus[],
  log: readonly Reminder[],
  asOf: string,
  contacts: ReadonlyMap<string, Contact> = new Map(),
): ReminderRow[] {
  const byItem = logByItem(log, asOf);
  const rows: ReminderRow[] = [];
  for (const s of statuses) {
    if (!s.level) continue;
    const row: ReminderRow = {
      item: s.item,
      ledger: s.ledger,
      title: s.title,
      unit: s.unit,
      issuer: s.issuer,
      node: s.node ?? nextOpenNode(s.nodes, asOf),
      daysBehind: s.daysBehind,
      level: s.level,
      isNew: isNewReminder(s, byItem.get(s.item), asOf),
      status: s,
    };
    if (s.behindSince) row.behindSince = s.behindSince;
    if (s.level === 'circular') row.confirmed = circularConfirmed(s.entry, asOf);
    const c = contacts.get(s.unit);
    if (c) row.contact = c;
    rows.push(row);
  }
  return rows.sort(compareReminders);
}

const OPEN_STATES = new Set(['behind', 'on-schedule']);

/** Open nodes due from asOf to asOf + days (calendar days), by due day then item id. */
export function buildUpcoming(
  statuses: readonly ItemStatus[],
  asOf: string,
  days: number,
  contacts: ReadonlyMap<string, Contact> = new Map(),
): UpcomingRow[] {
  const today = dayNumber(asOf);
  const rows: UpcomingRow[] = [];
  for (const s of statuses) {
    if (!OPEN_STATES.has(s.state)) continue;
    for (const n of s.nodes) {
      if (n.done_on !== undefined && n.done_on <= asOf) continue;
      if (n.due < asOf) continue;
      const left = dayNumber(n.due) - today;
      if (left > days) continue;
      const row: UpcomingRow = {
        item: s.item,
        ledger: s.ledger,
        title: s.title,
        unit: s.unit,
        issuer: s.issuer,
        node: n,
        daysLeft: left,
      };
      const c = contacts.get(s.unit);
      if (c) row.contact = c;
      rows.push(row);
    }
  }
  return rows.sort((a, b) =>
    a.node.due < b.node.due
      ? -1
      : a.node.due > b.node.due
        ? 1
        : a.item < b.item
          ? -1
          : a.item > b.item
            ? 1
            : 0,
  );
}

export function filterReminders(rows: readonly ReminderRow[], f: RemindFilter): ReminderRow[] {
  const min = f.level ? levelRank(f.level) : 0;
  return rows.filter(
    (r) => (!f.unit || r.unit === f.unit) && levelRank(r.level) >= min && (!f.onlyNew || r.isNew),
  );
}

export function filterUpcoming(rows: readonly UpcomingRow[], f: RemindFilter): UpcomingRow[] {
  // Advance notices have no level and are never "new": --level and --new select reminders only.
  if (f.level || f.onlyNew) return [];
  return rows.filter((r) => !f.unit || r.unit === f.unit);
}

export interface UnitGroup<R> {
  unit: string;
  contact?: Contact;
  rows: R[];
}
export interface IssuerGroup<R> {
  issuer: string;
  units: UnitGroup<R>[];
}

/** Groups rows by issuer, then by unit, keeping the rows' order (groups in order of first row). */
export function groupRows<R extends { issuer: string; unit: string; contact?: Contact }>(
  rows: readonly R[],
): IssuerGroup<R>[] {
  const issuers = new Map<string, Map<string, UnitGroup<R>>>();
  for (const r of rows) {
    let units = issuers.get(r.issuer);
    if (!units) issuers.set(r.issuer, (units = new Map()));
    let g = units.get(r.unit);
    if (!g) {
      g = { unit: r.unit, rows: [] };
      if (r.contact) g.contact = r.contact;
      units.set(r.unit, g);
    }
    g.rows.push(r);
  }
  return [...issuers].map(([issuer, units]) => ({ issuer, units: [...units.values()] }));
}

/** Marks rows whose node is judged by another date than written, or whose item was deleted. */
export function markSchedule(
  schedule: ApprovedSchedule,
  reminders: readonly ReminderRow[],
  upcoming: readonly UpcomingRow[],
): void {
  if (schedule.basis !== 'baseline') return;
  for (const r of [...reminders, ...upcoming]) {
    const it = schedule.item(r.ledger, r.item);
    if (!it) continue;
    if (it.deleted) r.deleted = true;
    const n = r.node ? schedule.node(r.ledger, r.item, r.node.name) : undefined;
    if (n) r.schedule = n;
  }
}

/** What the approved schedule behind a remind or report says, in short. */
export interface ScheduleSummary {
  basis: 'baseline' | 'written';
  reason?: 'no-git' | 'no-baseline' | 'off';
  baseline?: { rev: string; sha: string; date: string };
  /** Nodes moved without approval (counted at their approved date). */
  unapproved: number;
  /** Items deleted since the baseline (still counted). */
  deleted: number;
  /** Approvals recorded after the change (事后补录), for review. */
  lateRecords: number;
}

export function scheduleSummary(s: ApprovedSchedule): ScheduleSummary {
  const out: ScheduleSummary = {
    basis: s.basis,
    unapproved: s.unapproved.length,
    deleted: s.deleted.length,
    lateRecords: s.lateRecords.length,
  };
  if (s.reason) out.reason = s.reason;
  if (s.baseline) out.baseline = { ...s.baseline };
  return out;
}

/** Everything a renderer of `reform remind` needs. */
export interface RemindResult {
  date: string;
  office: string;
  /** Days behind counted in working days. */
  workdays: boolean;
  prewarnDays: number;
  reminders: ReminderRow[];
  upcoming: UpcomingRow[];
  filter: RemindFilter;
  /** The office's own contact (a unit of kind office), for the notices. */
  officeContact?: Contact;
  /** The approved schedule the items were judged by. */
  schedule?: ScheduleSummary;
  /** Units with no progress reported this month after the returns day (本月未报送进展). */
  unreported?: Unreported;
}
