// The semantic diff of two versions of the ledgers: entries added, removed and changed, field by
// field, matched by id (units by name), for the three ledgers and the units. A deadline, a
// pilot's end or a milestone's due date moved later is a postponement; whether it was approved
// depends on when it happened, which approval.ts decides (pure) and history.ts finds out (git).
import type { Ledger } from '../ledger/types.js';
import type { Pilot, Problem, Task, Unit } from '../schema/index.js';
import { daysBetween } from '../domain/dates.js';
import { FINAL_NODE } from '../domain/delay.js';
import { diffFields, type FieldChange } from './field-diff.js';

export type DiffKind = 'tasks' | 'pilots' | 'problems' | 'units';
export const DIFF_KINDS: readonly DiffKind[] = ['tasks', 'pilots', 'problems', 'units'];

export type ItemEntry = Task | Pilot | Problem;
export type AnyEntry = ItemEntry | Unit;

export interface Adjustment {
  on: string;
  field: string;
  from: string;
  to: string;
  approved_by: string;
  ref?: string;
}

export interface EntryRef {
  kind: DiffKind;
  /** The id (a unit's name). */
  id: string;
  title: string;
  /** The unit accountable: a task's or pilot's lead unit, a problem's unit ('' for units). */
  unit: string;
  entry: AnyEntry;
  /** The file it is in (the older version's for a removed entry); filled by the command. */
  file?: string;
}

/** A commit (or the working tree: sha '') and its committer day in the policy's time zone. */
export interface CommitDay {
  sha: string;
  date: string;
}

/**
 * 事后补录: the approving record first appeared in a later commit than the change. Such a record
 * approves only with a `ref` (the approval document's number), and is always listed for review.
 */
export interface LateRecord {
  /** The commit that gave the field its new value. */
  change: CommitDay;
  /** The commit in which the matching record first appeared. */
  record: CommitDay;
}

export type UnapprovedReason =
  | 'no-record'
  | 'other-value'
  | 'after-change'
  /** 事后补录 without `ref`. */
  | 'late-without-ref';

export type Verdict =
  /** `unverified`: the day of the change was not checked against the history (see history.ts). */
  | { status: 'approved'; record: Adjustment; unverified?: boolean; late?: LateRecord }
  | { status: 'unapproved'; reason: UnapprovedReason; record?: Adjustment; late?: LateRecord };

export interface Postponement {
  /** The adjusted field as an `adjustments` record names it: deadline, end or milestones.<name>. */
  field: string;
  /** The node's name: the final node (任务办结, 试点完成, 整改完成) for a deadline or end, else the milestone's name. */
  node: string;
  from: string;
  to: string;
  /** Calendar days it moved. */
  days: number;
  /** The newer version's `adjustments` records for this field. */
  records: Adjustment[];
  /**
   * When it had to be found out (history.ts): the day of the change (today for a change only in
   * the working tree), or for a change made before its approval a day by which it had been made.
   */
  changedOn?: string;
  /** Filled by settleApprovals(). */
  verdict?: Verdict;
}

export interface EntryChange extends EntryRef {
  before: AnyEntry;
  changes: FieldChange[];
  postponements: Postponement[];
}

export interface KindDiff {
  added: EntryRef[];
  removed: EntryRef[];
  changed: EntryChange[];
}

export type LedgerDiff = Record<DiffKind, KindDiff>;

export function idOf(kind: DiffKind, e: AnyEntry): string {
  return kind === 'units' ? (e as Unit).name : (e as ItemEntry).id;
}

export function titleOf(kind: DiffKind, e: AnyEntry): string {
  switch (kind) {
    case 'tasks':
    case 'pilots':
      return (e as Task | Pilot).title;
    case 'problems': {
      const p = e as Problem;
      return p.title ?? p.description;
    }
    case 'units':
      return (e as Unit).name;
  }
}

export function unitOf(kind: DiffKind, e: AnyEntry): string {
  switch (kind) {
    case 'tasks':
    case 'pilots':
      return (e as Task | Pilot).lead_unit;
    case 'problems':
      return (e as Problem).unit;
    case 'units':
      return '';
  }
}

export function refOf(kind: DiffKind, entry: AnyEntry): EntryRef {
  return {
    kind,
    id: idOf(kind, entry),
    title: titleOf(kind, entry),
    unit: unitOf(kind, entry),
    entry,
    file: undefined,
  };
}

function entriesOf(ledger: Ledger, kind: DiffKind): readonly AnyEntry[] {
  return ledger[kind];
}

/** The dated nodes whose moving later is a postponement, keyed by the `adjustments` field name. */
export function dueFields(kind: DiffKind, e: AnyEntry): Map<string, { node: string; due: string }> {
  const out = new Map<string, { node: string; due: string }>();
  if (kind === 'units') return out;
  if (kind === 'pilots') out.set('end', { node: FINAL_NODE.pilots, due: (e as Pilot).end });
  else out.set('deadline', { node: FINAL_NODE[kind], due: (e as Task | Problem).deadline });
  if (kind !== 'problems') {
    for (const m of (e as Task | Pilot).milestones ?? []) {
      const field = `milestones.${m.name}`;
      if (!out.has(field)) out.set(field, { node: m.name, due: m.due });
    }
  }
  return out;
}

/** Whether two versions of an item have the same dated nodes (the usual case: nothing to compare). */
function sameDates(kind: DiffKind, a: AnyEntry, b: AnyEntry): boolean {
  if (kind === 'pilots') {
    if ((a as Pilot).end !== (b as Pilot).end) return false;
  } else if ((a as Task | Problem).deadline !== (b as Task | Problem).deadline) return false;
  if (kind === 'problems') return true;
  const ma = (a as Task | Pilot).milestones ?? [];
  const mb = (b as Task | Pilot).milestones ?? [];
  if (ma.length !== mb.length) return false;
  for (let i = 0; i < ma.length; i++)
    if (ma[i]!.name !== mb[i]!.name || ma[i]!.due !== mb[i]!.due) return false;
  return true;
}

/** Postponements between two versions of an item: each dated node that moved later. */
export function postponementsOf(
  kind: DiffKind,
  before: AnyEntry,
  after: AnyEntry,
  changes?: readonly FieldChange[],
): Postponement[] {
  if (kind === 'units') return [];
  // with the field changes at hand, only a changed date can be a postponement
  if (
    changes &&
    !changes.some(
      (c) =>
        c.change === 'changed' &&
        (c.path === 'deadline' ||
          c.path === 'end' ||
          (c.path.startsWith('milestones.') && c.path.endsWith('.due'))),
    )
  ) {
    return [];
  }
  if (sameDates(kind, before, after)) return [];
  const old = dueFields(kind, before);
  const out: Postponement[] = [];
  const adjustments = ((after as ItemEntry).adjustments ?? []) as Adjustment[];
  for (const [field, now] of dueFields(kind, after)) {
    const was = old.get(field);
    if (!was || !(now.due > was.due)) continue;
    out.push({
      field,
      node: now.node,
      from: was.due,
      to: now.due,
      days: daysBetween(was.due, now.due),
      records: adjustments.filter((a) => a.field === field),
    });
  }
  return out;
}

function index(kind: DiffKind, list: readonly AnyEntry[]): Map<string, AnyEntry> {
  const m = new Map<string, AnyEntry>();
  for (const e of list) {
    const id = idOf(kind, e);
    if (!m.has(id)) m.set(id, e);
  }
  return m;
}

export interface DiffOptions {
  /**
   * Ids present in a version but unreadable there (they failed the schema): such an entry is
   * neither added nor removed, its own errors say what is wrong.
   */
  knownBefore?: ReadonlySet<string>;
  knownAfter?: ReadonlySet<string>;
  /** An entry as written, with the office's own `x_` fields the schema dropped: their changes count too. */
  written?: <T extends object>(entry: T) => T;
}

/** Compares two versions of the ledgers. Entries keep the newer version's order; removed ones the older's. */
export function diffLedgers(before: Ledger, after: Ledger, opts: DiffOptions = {}): LedgerDiff {
  const out = {} as LedgerDiff;
  for (const kind of DIFF_KINDS) {
    const a = entriesOf(before, kind);
    const b = entriesOf(after, kind);
    const old = index(kind, a);
    const now = index(kind, b);
    const d: KindDiff = { added: [], removed: [], changed: [] };
    const known = kind === 'units' ? undefined : opts;
    for (const [id, e] of now) {
      const was = old.get(id);
      if (!was) {
        if (!known?.knownBefore?.has(id)) d.added.push(refOf(kind, e));
        continue;
      }
      if (was === e) continue;
      const changes = opts.written ? diffFields(opts.written(was), opts.written(e)) : diffFields(was, e);
      if (!changes.length) continue;
      d.changed.push(entryChange(kind, id, was, e, changes, postponementsOf(kind, was, e, changes)));
    }
    for (const [id, e] of old) {
      if (!now.has(id) && !known?.knownAfter?.has(id)) d.removed.push(refOf(kind, e));
    }
    out[kind] = d;
  }
  return out;
}

function entryChange(
  kind: DiffKind,
  id: string,
  before: AnyEntry,
  entry: AnyEntry,
  changes: EntryChange['changes'],
  postponements: Postponement[],
): EntryChange {
  return {
    kind,
    id,
    title: titleOf(kind, entry),
    unit: unitOf(kind, entry),
    entry,
    file: undefined,
    before,
    changes,
    postponements,
  };
}

/** Every postponement of a diff, with the entry it belongs to. */
export function allPostponements(diff: LedgerDiff): { entry: EntryChange; postponement: Postponement }[] {
  const out: { entry: EntryChange; postponement: Postponement }[] = [];
  for (const kind of DIFF_KINDS) {
    for (const c of diff[kind].changed)
      for (const p of c.postponements) out.push({ entry: c, postponement: p });
  }
  return out;
}

export function isEmptyDiff(diff: LedgerDiff): boolean {
  return DIFF_KINDS.every((k) => !diff[k].added.length && !diff[k].removed.length && !diff[k].changed.length);
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  postponed: number;
  unapproved: number;
}

export function summarize(diff: LedgerDiff): DiffSummary {
  const s: DiffSummary = { added: 0, removed: 0, changed: 0, postponed: 0, unapproved: 0 };
  for (const kind of DIFF_KINDS) {
    s.added += diff[kind].added.length;
    s.removed += diff[kind].removed.length;
    s.changed += diff[kind].changed.length;
  }
  for (const { postponement: p } of allPostponements(diff)) {
    s.postponed++;
    if (p.verdict?.status !== 'approved') s.unapproved++;
  }
  return s;
}

/**
 * Only what the approved schedule needs from two versions: the postponements (each entry of
 * `after` whose dated nodes moved later than in `before`) and the removed entries. No field
 * diff: fast enough for the daily remind on a large ledger.
 */
export function postponementDiff(before: Ledger, after: Ledger, opts: DiffOptions = {}): LedgerDiff {
  const out = {} as LedgerDiff;
  for (const kind of DIFF_KINDS) {
    const d: KindDiff = { added: [], removed: [], changed: [] };
    out[kind] = d;
    if (kind === 'units') continue;
    const old = index(kind, entriesOf(before, kind));
    const seen = new Set<string>();
    for (const e of entriesOf(after, kind)) {
      const id = idOf(kind, e);
      if (seen.has(id)) continue;
      seen.add(id);
      const was = old.get(id);
      if (!was || was === e) continue;
      const postponements = postponementsOf(kind, was, e);
      if (!postponements.length) continue;
      d.changed.push(entryChange(kind, id, was, e, [], postponements));
    }
    for (const [id, e] of old) {
      if (!seen.has(id) && !opts.knownAfter?.has(id)) d.removed.push(refOf(kind, e));
    }
  }
  return out;
}
