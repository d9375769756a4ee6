// The approved schedule (照单收账): each node's effective due date is its date in the year's
// baseline (the list approved at the start of the year), moved only by APPROVED postponements.
// A date moved without approval still counts at its baseline date; a milestone or an item
// deleted since the baseline without a `withdrawn` decision still counts as it stood there.
// remind, report, reconcile (and assess, notices) all judge items by this one schedule.
//
// Pure: the baseline, today's ledger and the postponements (already given their verdicts by
// the history, see versions/history.ts) come in; a plain result goes out. The command layer
// loads the baseline through git (schedule/load.ts) and passes it in.
//
// Using it (for other commands):
//   const schedule = approvedSchedule({ current: ledger, baseline, diff, basis });
//   assessAll(schedule.ledger, { asOf, policy })   // items judged by their approved dates
//   schedule.node('tasks', 'RW-001', '任务办结')     // { written, approved, postponement? }
//   schedule.unapproved                              // every unapproved postponement
//   schedule.deleted                                 // items deleted since the baseline
//   schedule.lateRecords                             // 事后补录: approvals recorded after the change
// Without git or without a baseline: `writtenSchedule(ledger, reason)` (dates as written).
import type { Ledger } from '../ledger/types.js';
import type { Pilot, Problem, Task } from '../schema/index.js';
import type { LedgerDiff, Postponement } from '../reconcile/diff.js';
import type { LedgerName } from './delay.js';

export type ItemEntry = Task | Pilot | Problem;

export const SCHEDULE_LEDGERS: readonly LedgerName[] = ['tasks', 'pilots', 'problems'];

/** The baseline a schedule is taken from (a git revision). */
export interface BaselineInfo {
  /** As given: the tag baseline/<year>, or --baseline REV. */
  rev: string;
  sha: string;
  /** Committer day of the baseline commit (policy time zone). */
  date: string;
}

/** Why dates are used as written: not in git, no baseline for the as-of year, or not asked (--no-baseline). */
export type WrittenReason = 'no-git' | 'no-baseline' | 'off';

/** One node whose written date is not the date it is judged by. */
export interface NodeSchedule {
  ledger: LedgerName;
  item: string;
  /** The node's name (任务办结 / 试点完成 / 整改完成 for the final node). */
  node: string;
  /** The field an `adjustments` record names: deadline, end or milestones.<name>. */
  field: string;
  /** The date in today's ledger; undefined when the node (or the item) was deleted. */
  written?: string;
  /** The date it is judged by: the baseline's, moved only by approved postponements. */
  approved: string;
  /** The postponement from the baseline, with its verdict (absent for a deleted node). */
  postponement?: Postponement;
}

/** How one item stands against the baseline. */
export interface ItemSchedule {
  ledger: LedgerName;
  id: string;
  /** The entry as judged: unapproved postponements undone, deleted milestones put back. */
  entry: ItemEntry;
  /** The entry in today's ledger (undefined when deleted). */
  current?: ItemEntry;
  /** Not in today's ledger: deleted since the baseline (no withdrawn decision can be on it). */
  deleted: boolean;
  /** Every postponement since the baseline, with its verdict. */
  postponements: Postponement[];
  /** Nodes judged by another date than written (unapproved postponements, deleted nodes). */
  differing: NodeSchedule[];
}

export interface ApprovedSchedule {
  /** 'baseline': dates from the baseline; 'written': as written (see `reason`). */
  basis: 'baseline' | 'written';
  reason?: WrittenReason;
  baseline?: BaselineInfo;
  /** Today's ledger with every item as judged, deleted items put back (after the others). */
  ledger: Ledger;
  /** Items that differ from the baseline in their dates, or were deleted; by ledger, then id. */
  items: ItemSchedule[];
  /** Every postponement whose verdict is not 'approved' (counted at the baseline's date). */
  unapproved: { ledger: LedgerName; id: string; postponement: Postponement }[];
  /** Approvals recorded in a later commit than the change (事后补录): always listed for review. */
  lateRecords: { ledger: LedgerName; id: string; postponement: Postponement }[];
  /** Items deleted since the baseline (they still count, at the baseline's dates). */
  deleted: ItemSchedule[];
  /** Nodes judged by another date than written. */
  differing: NodeSchedule[];
  /** The item's schedule, when it differs from the baseline or was deleted. */
  item(ledger: LedgerName, id: string): ItemSchedule | undefined;
  /** The node's written and approved dates, when they differ (or the node was deleted). */
  node(ledger: LedgerName, id: string, node: string): NodeSchedule | undefined;
}

export function isApproved(p: Postponement): boolean {
  return p.verdict?.status === 'approved';
}

/** 事后补录: the approving record first appeared in a commit after the one that made the change. */
export function isLateRecord(p: Postponement): boolean {
  return p.verdict?.late !== undefined;
}

/** The entry as it is judged: unapproved postponements undone, dropped milestones put back. */
export function effectiveEntry(
  ledger: LedgerName,
  baseline: ItemEntry,
  current: ItemEntry,
  postponements: readonly Postponement[],
): ItemEntry {
  const revert = postponements.filter((p) => !isApproved(p));
  const adjusted = new Set((current.adjustments ?? []).map((a) => a.field));
  const dropped =
    ledger === 'problems'
      ? []
      : ((baseline as Task | Pilot).milestones ?? []).filter(
          (m) =>
            !((current as Task | Pilot).milestones ?? []).some((c) => c.name === m.name) &&
            !adjusted.has(`milestones.${m.name}`),
        );
  if (!revert.length && !dropped.length) return current;
  const e = { ...current } as Record<string, unknown>;
  let milestones = ledger === 'problems' ? undefined : [...((current as Task | Pilot).milestones ?? [])];
  for (const p of revert) {
    if (p.field.startsWith('milestones.') && milestones) {
      const name = p.field.slice('milestones.'.length);
      milestones = milestones.map((m) => (m.name === name ? { ...m, due: p.from } : m));
    } else e[p.field] = p.from;
  }
  if (milestones) {
    for (const m of dropped) milestones.push({ name: m.name, due: m.due });
    if (milestones.length) e.milestones = milestones;
  }
  return e as unknown as ItemEntry;
}

/** The milestones of the baseline entry that today's entry no longer has (and no record names). */
function droppedNodes(
  ledger: LedgerName,
  baseline: ItemEntry,
  current: ItemEntry,
): { name: string; due: string }[] {
  if (ledger === 'problems') return [];
  const before = (baseline as Task | Pilot).milestones ?? [];
  if (!before.length) return [];
  const after = (current as Task | Pilot).milestones ?? [];
  // the usual case, the same nodes in the same order: nothing dropped, no sets to build
  if (after.length >= before.length && before.every((m, i) => after[i]!.name === m.name)) return [];
  const now = new Set(after.map((m) => m.name));
  const adjusted = new Set((current.adjustments ?? []).map((a) => a.field));
  return ((baseline as Task | Pilot).milestones ?? []).filter(
    (m) => !now.has(m.name) && !adjusted.has(`milestones.${m.name}`),
  );
}

const key = (ledger: LedgerName, id: string) => `${ledger}\0${id}`;

function finalField(ledger: LedgerName): string {
  return ledger === 'pilots' ? 'end' : 'deadline';
}

function finalDue(ledger: LedgerName, e: ItemEntry): string {
  return ledger === 'pilots' ? (e as Pilot).end : (e as Task | Problem).deadline;
}

/** Every dated node of an entry as {node, field, due} (the final node under its field). */
function nodeFields(
  ledger: LedgerName,
  e: ItemEntry,
  finalName: string,
): { node: string; field: string; due: string }[] {
  const out = [{ node: finalName, field: finalField(ledger), due: finalDue(ledger, e) }];
  if (ledger !== 'problems')
    for (const m of (e as Task | Pilot).milestones ?? [])
      out.push({ node: m.name, field: `milestones.${m.name}`, due: m.due });
  return out;
}

export interface ScheduleInput {
  /** Today's ledger. */
  current: Ledger;
  /** The baseline's ledger (entries may be reduced to what judging needs). */
  baseline: Ledger;
  /** The diff from the baseline to today: its postponements with verdicts, its removed entries. */
  diff: LedgerDiff;
  info: BaselineInfo;
  /** Names of the final nodes (FINAL_NODE of delay.ts). */
  finalNames: Record<LedgerName, string>;
}

/** What the approved schedule gathers, ledger by ledger. */
interface Gathered {
  items: ItemSchedule[];
  byKey: Map<string, ItemSchedule>;
  unapproved: ApprovedSchedule['unapproved'];
  lateRecords: ApprovedSchedule['lateRecords'];
  deleted: ItemSchedule[];
  differing: NodeSchedule[];
}

/** The approved schedule of today's ledger against a baseline. */
export function approvedSchedule(input: ScheduleInput): ApprovedSchedule {
  const { current, baseline, diff, info, finalNames } = input;
  const g: Gathered = {
    items: [],
    byKey: new Map(),
    unapproved: [],
    lateRecords: [],
    deleted: [],
    differing: [],
  };
  const ledgerOut: Ledger = { ...current };

  for (const ledger of SCHEDULE_LEDGERS) {
    const base = new Map<string, ItemEntry>();
    for (const e of baseline[ledger] as ItemEntry[]) if (!base.has(e.id)) base.set(e.id, e);
    const changed = new Map(diff[ledger].changed.map((c) => [c.id, c]));
    const replaced = new Map<ItemEntry, ItemEntry>();
    // today's entries: a changed date or a dropped milestone makes an item differ
    for (const cur of current[ledger] as ItemEntry[]) {
      const b = base.get(cur.id);
      if (!b || g.byKey.has(key(ledger, cur.id))) continue;
      const ps = changed.get(cur.id)?.postponements ?? [];
      const dropped = droppedNodes(ledger, b, cur);
      if (!ps.length && !dropped.length) continue;
      const s = movedItem(ledger, b, cur, ps, dropped, g);
      if (s.entry !== cur) replaced.set(cur, s.entry);
    }
    // entries deleted since the baseline: judged as the baseline had them
    const removed: ItemEntry[] = [];
    for (const r of diff[ledger].removed) {
      const b = base.get(r.id) ?? (r.entry as ItemEntry);
      if (g.byKey.has(key(ledger, r.id))) continue;
      deletedItem(ledger, r.id, b, finalNames[ledger], g);
      removed.push(b);
    }
    if (replaced.size || removed.length) {
      const list = (current[ledger] as ItemEntry[]).map((e) => replaced.get(e) ?? e);
      list.push(...removed);
      (ledgerOut as unknown as Record<string, ItemEntry[]>)[ledger] = list;
    }
  }
  const nodes = new Map<string, NodeSchedule>();
  for (const n of g.differing) nodes.set(`${n.ledger}\0${n.item}\0${n.node}`, n);
  return {
    basis: 'baseline',
    baseline: info,
    ledger: ledgerOut,
    items: g.items,
    unapproved: g.unapproved,
    lateRecords: g.lateRecords,
    deleted: g.deleted,
    differing: g.differing,
    item: (ledger, id) => g.byKey.get(key(ledger, id)),
    node: (ledger, id, node) => nodes.get(`${ledger}\0${id}\0${node}`),
  };
}

/** An item whose dates moved or whose milestones were dropped: judged at its approved dates. */
function movedItem(
  ledger: LedgerName,
  b: ItemEntry,
  cur: ItemEntry,
  ps: Postponement[],
  dropped: readonly { name: string; due: string }[],
  g: Gathered,
): ItemSchedule {
  const s: ItemSchedule = {
    ledger,
    id: cur.id,
    entry: effectiveEntry(ledger, b, cur, ps),
    current: cur,
    deleted: false,
    postponements: ps,
    differing: [],
  };
  for (const p of ps) {
    if (!isApproved(p)) {
      g.unapproved.push({ ledger, id: cur.id, postponement: p });
      s.differing.push({
        ledger,
        item: cur.id,
        node: p.node,
        field: p.field,
        written: p.to,
        approved: p.from,
        postponement: p,
      });
    }
    if (isLateRecord(p)) g.lateRecords.push({ ledger, id: cur.id, postponement: p });
  }
  for (const m of dropped)
    s.differing.push({ ledger, item: cur.id, node: m.name, field: `milestones.${m.name}`, approved: m.due });
  g.differing.push(...s.differing);
  g.items.push(s);
  g.byKey.set(key(ledger, cur.id), s);
  return s;
}

/** An item deleted since the baseline without a decision: every node due at its baseline date. */
function deletedItem(ledger: LedgerName, id: string, b: ItemEntry, finalName: string, g: Gathered): void {
  const s: ItemSchedule = {
    ledger,
    id,
    entry: b,
    deleted: true,
    postponements: [],
    differing: nodeFields(ledger, b, finalName).map((n) => ({
      ledger,
      item: id,
      node: n.node,
      field: n.field,
      approved: n.due,
    })),
  };
  g.differing.push(...s.differing);
  g.items.push(s);
  g.deleted.push(s);
  g.byKey.set(key(ledger, id), s);
}

/** Dates as written: no git, or no baseline for the year. */
export function writtenSchedule(current: Ledger, reason: WrittenReason): ApprovedSchedule {
  return {
    basis: 'written',
    reason,
    ledger: current,
    items: [],
    unapproved: [],
    lateRecords: [],
    deleted: [],
    differing: [],
    item: () => undefined,
    node: () => undefined,
  };
}
