// The year-end assessment (年终考核): every unit's score from the office's rules (policy
// `assessment:`), with every deduction and addition itemised so that each point traces to a
// line of the ledger. Pure: no clock, no I/O.
//
// The statuses are the ones remind, report and reconcile use: assessItem() on the as-of day
// (and, for the reminder level an item reached, on the last day of each of its delays), on the
// approved schedule's ledger (domain/schedule.ts: unapproved moves undone, deleted items put
// back at their baseline dates) that the command passes in. Nothing dated after the
// as-of day counts; only what happened in the year (on or after 1 January) is scored, except a
// node or problem still open past its due day, which counts whenever it fell due.
import {
  assessItem,
  calendarFor,
  levelFor,
  type DelayOptions,
  type ItemStatus,
  type LedgerName,
} from '../domain/delay.js';
import { addDays } from '../domain/dates.js';
import { unitIndex } from '../domain/units.js';
import type { WorkdayCalendar } from '../domain/workdays.js';
import type { Ledger } from '../ledger/types.js';
import type { Assessment, Grade } from '../schema/assessment.js';
import type { Pilot, Policy, Problem, Task } from '../schema/index.js';
import type { ScheduleInputs } from './schedule.js';
import type { AccountItem, AssessmentResult, ItemResult, ScoredAccount, ScoreEntry } from './types.js';

type Entry = Task | Pilot | Problem;

export interface AssessOptions {
  year: number;
  asOf: string;
  /** From the approved schedule; without it the postponement and deletion rules are not applied. */
  schedule?: ScheduleInputs;
  calendar?: WorkdayCalendar;
}

/** Points in hundredths, so that sums are exact. */
const h = (points: number): number => Math.round(points * 100);
const fromH = (hundredths: number): number => hundredths / 100;

const REMINDER_LEVELS = ['circular', 'onsite', 'written', 'phone'] as const;
type BandLevel = (typeof REMINDER_LEVELS)[number];

/** One item's lead-unit entries and where they go. */
interface ItemScore {
  status: ItemStatus;
  lead: string;
  shared: string[];
  group?: string;
  entries: ScoreEntry[];
  result: ItemResult;
  excludedBy?: string;
  relevant: boolean;
}

function entryOf(
  rule: string,
  item: string | null,
  node: string | null,
  date: string | null,
  points: number,
): ScoreEntry {
  return { rule, item, node, date, points };
}

/** The level of the body that promoted a pilot's experience, from its name. */
export function promotionLevel(by: string): 'national' | 'provincial' | 'municipal' {
  if (/国家|国务院|中央|全国|部$|总局/.test(by)) return 'national';
  if (/省/.test(by)) return 'provincial';
  return 'municipal';
}

/** The day a delay starting on `since` reached `days` days (calendar or working days). */
function reachDay(since: string, days: number, cal: WorkdayCalendar | undefined): string {
  if (!cal) return addDays(since, days - 1);
  let d = since;
  let n = cal.isWorkday(d) ? 1 : 0;
  for (let guard = 0; n < days && guard < 4000; guard++) {
    d = addDays(d, 1);
    if (cal.isWorkday(d)) n++;
  }
  return d;
}

/** Days on which a delay of the item may have been longest: the day before anything ended one, and asOf. */
function peakDays(
  entry: Entry,
  ledger: LedgerName,
  status: ItemStatus,
  yearStart: string,
  asOf: string,
): string[] {
  const days = new Set<string>([asOf]);
  const add = (d: string | undefined) => {
    if (!d || d > asOf) return;
    const before = addDays(d, -1);
    if (before >= yearStart) days.add(before);
  };
  for (const n of status.nodes) add(n.done_on);
  if (ledger === 'problems') add((entry as Problem).rectified_on);
  else {
    const e = entry as Task | Pilot;
    add(e.completed_on);
    add(e.withdrawn?.on);
    for (const a of e.adjustments ?? []) add(a.on);
    if (ledger === 'tasks') {
      const t = entry as Task;
      add(t.suspended?.on);
      add(t.closed?.on);
    }
  }
  return [...days];
}

/** The highest reminder level each delay of the item reached in the year, with the day it was reached. */
function reminderEntries(
  entry: Entry,
  ledger: LedgerName,
  status: ItemStatus,
  statusOn: (day: string) => ItemStatus,
  rules: NonNullable<NonNullable<Assessment['deductions']>['reminder']>,
  policy: Policy,
  cal: WorkdayCalendar | undefined,
  yearStart: string,
  asOf: string,
): ScoreEntry[] {
  // per delay (by its first day): the longest it got, and the late node then
  const runs = new Map<string, { days: number; node?: string }>();
  for (const d of peakDays(entry, ledger, status, yearStart, asOf)) {
    const s = d === asOf ? status : statusOn(d);
    if (!s.behindSince || s.daysBehind < 1) continue;
    const run = runs.get(s.behindSince);
    if (!run || s.daysBehind > run.days) runs.set(s.behindSince, { days: s.daysBehind, node: s.node?.name });
  }
  const out: ScoreEntry[] = [];
  for (const [since, run] of runs) {
    const top = levelFor(run.days, policy.bands);
    if (!top) continue;
    for (const level of REMINDER_LEVELS.slice(REMINDER_LEVELS.indexOf(top as BandLevel))) {
      const points = rules[level];
      const reached = reachDay(since, policy.bands[level], cal);
      if (reached < yearStart) break; // reached before the year: not this year's
      if (!points) break; // the highest level reached is the one scored
      out.push(entryOf(`reminder.${level}`, status.item, run.node ?? null, reached, -points));
      break;
    }
  }
  return out;
}

function finalDue(status: ItemStatus): string {
  let due = '';
  for (const n of status.nodes) if (n.due > due) due = n.due;
  return due;
}

function resultOf(status: ItemStatus, earlyDays: number): ItemResult {
  switch (status.state) {
    case 'completed':
    case 'closed': {
      if (!status.completedOn) return 'done-on-time';
      if (status.lateCompletion) return 'done-late';
      const due = finalDue(status);
      return due && addDays(status.completedOn, earlyDays) <= due ? 'done-early' : 'done-on-time';
    }
    case 'behind':
      return 'behind';
    case 'suspended':
      return 'suspended';
    case 'withdrawn':
      return 'withdrawn';
    default:
      return 'open';
  }
}

function exclusionOf(
  entry: Entry,
  ledger: LedgerName,
  status: ItemStatus,
  rules: Assessment,
  asOf: string,
): string | undefined {
  const ex = rules.exclude ?? [];
  if (rules.exclude_items?.includes(entry.id)) return 'listed';
  if (status.state === 'suspended' && ex.includes('suspended')) return 'suspended';
  if (status.state === 'withdrawn' && ex.includes('withdrawn')) return 'withdrawn';
  if (ledger === 'tasks') {
    const c = (entry as Task).carried_over;
    if (c && c.on <= asOf && ex.includes('carried_over')) return 'carried_over';
  }
  return undefined;
}

/** Everything one item earns or loses for its lead unit in the year. */
function scoreItem(
  entry: Entry,
  ledger: LedgerName,
  status: ItemStatus,
  statusOn: (day: string) => ItemStatus,
  rules: Assessment,
  policy: Policy,
  cal: WorkdayCalendar | undefined,
  year: number,
  asOf: string,
): { entries: ScoreEntry[]; relevant: boolean } {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const d = rules.deductions ?? {};
  const a = rules.additions ?? {};
  const out: ScoreEntry[] = [];
  const id = status.item;
  const finished = status.state === 'completed' || status.state === 'closed';
  const open = status.state === 'behind' || status.state === 'on-schedule';
  let relevant = open || (status.completedOn !== undefined && status.completedOn >= yearStart);
  for (const n of status.nodes) if (n.due >= yearStart && n.due <= yearEnd) relevant = true;

  if (ledger === 'problems') {
    const p = entry as Problem;
    const node = status.nodes[0]!;
    const done = p.rectified_on !== undefined && p.rectified_on <= asOf ? p.rectified_on : undefined;
    if (done && done > node.due && done >= yearStart && d.problem_late)
      out.push(entryOf('problem_late', id, node.name, done, -d.problem_late));
    if (!done && node.due < asOf && d.problem_open)
      out.push(entryOf('problem_open', id, node.name, node.due, -d.problem_open));
  } else {
    for (const n of status.nodes) {
      const done = n.done_on !== undefined && n.done_on <= asOf ? n.done_on : undefined;
      if (done) {
        if (done > n.due && done >= yearStart && d.late_node)
          out.push(entryOf('late_node', id, n.name, done, -d.late_node));
      } else if (open && n.due < asOf && d.open_node) {
        out.push(entryOf('open_node', id, n.name, n.due, -d.open_node));
      }
    }
    if (ledger === 'pilots' && open && d.pilot_over_term) {
      const end = finalDue(status);
      if (end < asOf) out.push(entryOf('pilot_over_term', id, null, addDays(end, 1), -d.pilot_over_term));
    }
  }

  if (d.reminder)
    out.push(...reminderEntries(entry, ledger, status, statusOn, d.reminder, policy, cal, yearStart, asOf));

  for (const e of entry.escalations ?? []) {
    if (e.decided_on < yearStart || e.decided_on > asOf) continue;
    const points = e.level === 'circular' ? d.circular : d.interview;
    if (points) out.push(entryOf(e.level, id, status.node?.name ?? null, e.decided_on, -points));
  }

  if (ledger === 'pilots' && a.promoted) {
    for (const pr of (entry as Pilot).outcome?.promoted ?? []) {
      if (pr.on < yearStart || pr.on > asOf) continue;
      const level = promotionLevel(pr.by);
      const points = a.promoted[level];
      if (points) out.push(entryOf(`promoted.${level}`, id, null, pr.on, points));
    }
  }
  if (a.early && ledger !== 'problems' && finished && status.completedOn && status.completedOn >= yearStart) {
    const due = finalDue(status);
    if (due && addDays(status.completedOn, a.early_days ?? 1) <= due)
      out.push(entryOf('early', id, null, status.completedOn, a.early));
  }
  if (out.length) relevant = true;
  return { entries: out, relevant };
}

function baseRule(rule: string): string {
  const r = rule.startsWith('shared.') ? rule.slice(7) : rule;
  const dot = r.indexOf('.');
  return dot < 0 ? r : r.slice(0, dot);
}

/** Cap entries (points given back) for one account's entries. */
export function capEntries(entries: readonly ScoreEntry[], caps: Assessment['caps']): ScoreEntry[] {
  if (!caps) return [];
  const out: ScoreEntry[] = [];
  const byRule = new Map<string, number>();
  for (const e of entries) byRule.set(baseRule(e.rule), (byRule.get(baseRule(e.rule)) ?? 0) + h(e.points));
  let minus = 0;
  let plus = 0;
  for (const [rule, sum] of byRule) {
    const cap = caps.per_rule?.[rule as keyof NonNullable<typeof caps.per_rule>];
    let kept = sum;
    if (cap !== undefined && Math.abs(sum) > h(cap)) {
      kept = sum < 0 ? -h(cap) : h(cap);
      out.push(entryOf(`cap.${rule}`, null, null, null, fromH(kept - sum)));
    }
    if (kept < 0) minus += kept;
    else plus += kept;
  }
  if (caps.deductions !== undefined && -minus > h(caps.deductions))
    out.push(entryOf('cap.deductions', null, null, null, fromH(-minus - h(caps.deductions))));
  if (caps.additions !== undefined && plus > h(caps.additions))
    out.push(entryOf('cap.additions', null, null, null, fromH(h(caps.additions) - plus)));
  return out;
}

export function gradeFor(score: number, grades: Assessment['grades']): Grade {
  if (score >= grades.excellent) return 'excellent';
  if (score >= grades.good) return 'good';
  if (score >= grades.fair) return 'fair';
  return 'poor';
}

interface Draft {
  name: string;
  entries: ScoreEntry[];
  items: AccountItem[];
}

const collator = new Intl.Collator('zh-CN');

/** Scores, grades, ranks (1, 1, 3 for ties) and 点名通报 of a set of accounts. */
function finish(
  drafts: readonly Draft[],
  rules: Assessment,
  withQuota: boolean,
): { accounts: ScoredAccount[]; quota?: number } {
  const accounts: ScoredAccount[] = drafts.map((dr) => {
    const entries = [...dr.entries, ...capEntries(dr.entries, rules.caps)];
    let sum = h(rules.base);
    let deductionCount = 0;
    for (const e of entries) {
      sum += h(e.points);
      if (e.points < 0 && !e.rule.startsWith('cap.')) deductionCount++;
    }
    const score = fromH(sum);
    return {
      name: dr.name,
      score,
      grade: gradeFor(score, rules.grades),
      rank: 0,
      base: rules.base,
      entries,
      items: dr.items,
      named: [],
      deductionCount,
    };
  });
  accounts.sort((x, y) => y.score - x.score || collator.compare(x.name, y.name));
  for (let i = 0; i < accounts.length; i++) {
    const prev = accounts[i - 1];
    accounts[i]!.rank = prev && prev.score === accounts[i]!.score ? prev.rank : i + 1;
  }
  let quota: number | undefined;
  if (withQuota && rules.excellent_quota !== undefined && accounts.length) {
    quota = Math.max(1, Math.floor(rules.excellent_quota * accounts.length + 1e-9));
    // a tie at the limit is admitted only as a whole
    for (const acc of accounts) {
      if (acc.grade !== 'excellent') continue;
      const tied = accounts.filter((o) => o.score === acc.score).length;
      if (acc.rank - 1 + tied > quota) acc.grade = 'good';
    }
  }
  for (const acc of accounts) {
    if (rules.named?.grades?.includes(acc.grade)) acc.named.push('grade');
    if (rules.named?.deductions_over !== undefined && acc.deductionCount > rules.named.deductions_over)
      acc.named.push('deductions');
  }
  return quota === undefined ? { accounts } : { accounts, quota };
}

function sumPoints(entries: readonly ScoreEntry[]): number {
  let s = 0;
  for (const e of entries) s += h(e.points);
  return fromH(s);
}

function accountItem(sc: ItemScore, role: 'lead' | 'shared', points: number): AccountItem {
  const s = sc.status;
  const it: AccountItem = {
    item: s.item,
    ledger: s.ledger,
    title: s.title,
    role,
    result: sc.excludedBy ? 'excluded' : sc.result,
    daysBehind: s.daysBehind,
    points,
  };
  if (s.completedOn) it.completedOn = s.completedOn;
  if (sc.excludedBy) it.excludedBy = sc.excludedBy;
  return it;
}

/** What scoring an item needs besides the item. */
interface Scoring {
  policy: Policy;
  rules: Assessment;
  delay: DelayOptions;
  cal: WorkdayCalendar | undefined;
  canon: (unit: string) => string;
  year: number;
  asOf: string;
  earlyDays: number;
}

/** A deleted item the approved schedule no longer holds: scored on its baseline unit. */
interface DeletedDraft {
  lead: string;
  shared: string[];
  entry: ScoreEntry;
  item: AccountItem;
}

/** The assessment of a year as of opts.asOf. Throws when the policy has no `assessment:`. */
export function assessYear(ledger: Ledger, opts: AssessOptions): AssessmentResult {
  const { policy } = ledger;
  const rules = policy.assessment;
  if (!rules) throw new Error('policy has no assessment rules');
  const { year, asOf, schedule } = opts;
  const cal = policy.day_count === 'workdays' ? (opts.calendar ?? calendarFor(policy)) : undefined;
  const delay: DelayOptions = cal ? { asOf, policy, calendar: cal } : { asOf, policy };
  const names = unitIndex(ledger.units);
  const canon = (n: string) => names.get(n) ?? n;
  const earlyDays = rules.additions?.early_days ?? 1;
  const ctx: Scoring = { policy, rules, delay, cal, canon, year, asOf, earlyDays };

  const scores: ItemScore[] = [];
  const judge = (entry: Entry, ledgerName: LedgerName) => {
    const sc = scoreOf(entry, ledgerName, ctx);
    if (sc.relevant) scores.push(sc);
  };
  for (const t of ledger.tasks) judge(t, 'tasks');
  for (const p of ledger.pilots) judge(p, 'pilots');
  for (const p of ledger.problems) if (p.found_on <= asOf) judge(p, 'problems');

  const d = rules.deductions ?? {};
  const deleted = schedule ? applySchedule(scores, schedule, ctx) : [];
  const kinds = new Set<string>(rules.units ?? ['department', 'county']);
  const unitDrafts = draftsOf(ledger, (kind) => kinds.has(kind));
  const groupDrafts = draftsOf(ledger, (kind) => kind === 'group');
  const sharing = rules.sharing?.mode === 'shared' ? (rules.sharing.weight ?? 1) : 0;
  credit(scores, deleted, unitDrafts, groupDrafts, sharing);

  const units = finish([...unitDrafts.values()], rules, true);
  const groups = finish(
    [...groupDrafts.values()].filter((g) => g.items.length),
    rules,
    false,
  ).accounts;
  const notApplied: string[] = [];
  if (!schedule) {
    if (d.unapproved_postponement) notApplied.push('unapproved_postponement');
    if (d.deleted_item) notApplied.push('deleted_item');
  }
  const out: AssessmentResult = {
    year,
    asOf,
    interim: asOf < `${year}-12-31`,
    units: units.accounts,
    groups,
    notApplied,
  };
  if (units.quota !== undefined) out.excellentQuota = units.quota;
  return out;
}

/** One item's status, result and score entries as of the day, its lead and sharing units. */
function scoreOf(entry: Entry, ledgerName: LedgerName, ctx: Scoring): ItemScore {
  const { delay, canon, rules, asOf } = ctx;
  const status = assessItem(entry, ledgerName, delay);
  status.unit = canon(status.unit);
  const statusOn = (day: string) => assessItem(entry, ledgerName, { ...delay, asOf: day });
  const excludedBy = exclusionOf(entry, ledgerName, status, rules, asOf);
  const scored = excludedBy
    ? { entries: [], relevant: true }
    : scoreItem(entry, ledgerName, status, statusOn, rules, ctx.policy, ctx.cal, ctx.year, asOf);
  const sc: ItemScore = {
    status,
    lead: status.unit,
    shared:
      ledgerName === 'problems'
        ? []
        : [...new Set(((entry as Task | Pilot).responsible_units ?? []).map(canon))].filter(
            (u) => u !== status.unit,
          ),
    entries: scored.entries,
    result: resultOf(status, ctx.earlyDays),
    relevant: scored.relevant,
  };
  if (excludedBy) sc.excludedBy = excludedBy;
  if (ledgerName === 'tasks' && (entry as Task).group) sc.group = canon((entry as Task).group!);
  return sc;
}

/**
 * The approved schedule's findings, on the item's lead unit: unapproved postponements deducted on
 * the item, deleted items on the item the schedule keeps at its baseline dates, or else returned as
 * drafts for their baseline unit.
 */
function applySchedule(scores: ItemScore[], schedule: ScheduleInputs, ctx: Scoring): DeletedDraft[] {
  const { asOf, canon } = ctx;
  const byItem = new Map(scores.map((s) => [s.status.item, s]));
  const d = ctx.rules.deductions ?? {};
  const drafts: DeletedDraft[] = [];
  for (const p of schedule.postponements) {
    const sc = byItem.get(p.item);
    if (!sc || sc.excludedBy || !d.unapproved_postponement || p.date > asOf) continue;
    sc.entries.push(entryOf('unapproved_postponement', p.item, p.node, p.date, -d.unapproved_postponement));
  }
  for (const del of schedule.deleted) {
    if (!d.deleted_item || del.date > asOf) continue;
    const entry = entryOf('deleted_item', del.item, null, del.date, -d.deleted_item);
    // the schedule's ledger keeps a deleted item at its baseline dates: it is scored there
    const sc = byItem.get(del.item);
    if (sc && sc.status.ledger === del.ledger) {
      sc.entries.push(entry);
      sc.result = 'deleted';
      continue;
    }
    drafts.push({
      lead: canon(del.unit),
      shared: del.responsible.map(canon).filter((u) => u !== canon(del.unit)),
      entry,
      item: {
        item: del.item,
        ledger: del.ledger,
        title: del.title,
        role: 'lead',
        result: 'deleted',
        daysBehind: 0,
        points: entry.points,
      },
    });
  }
  return drafts;
}

/** An empty account for each unit of the kinds wanted. */
function draftsOf(ledger: Ledger, wanted: (kind: string) => boolean): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  for (const u of ledger.units)
    if (wanted(u.kind)) drafts.set(u.name, { name: u.name, entries: [], items: [] });
  return drafts;
}

/** Each item's entries on its lead unit, its sharing units (weighted) and its special group. */
function credit(
  scores: readonly ItemScore[],
  deleted: readonly DeletedDraft[],
  unitDrafts: Map<string, Draft>,
  groupDrafts: Map<string, Draft>,
  sharing: number,
): void {
  const shareOf = (e: ScoreEntry): ScoreEntry => ({
    ...e,
    rule: `shared.${e.rule}`,
    points: fromH(Math.round(h(e.points) * sharing)),
  });
  for (const sc of scores) {
    const lead = unitDrafts.get(sc.lead);
    if (lead) {
      lead.entries.push(...sc.entries);
      lead.items.push(accountItem(sc, 'lead', sumPoints(sc.entries)));
    }
    if (sharing > 0) {
      for (const u of sc.shared) {
        const acc = unitDrafts.get(u);
        if (!acc) continue;
        const shared = sc.entries.map(shareOf);
        acc.entries.push(...shared);
        acc.items.push(accountItem(sc, 'shared', sumPoints(shared)));
      }
    }
    const group = sc.group ? groupDrafts.get(sc.group) : undefined;
    if (group) {
      group.entries.push(...sc.entries);
      group.items.push(accountItem(sc, 'lead', sumPoints(sc.entries)));
    }
  }
  for (const dd of deleted) {
    const lead = unitDrafts.get(dd.lead);
    if (lead) {
      lead.entries.push(dd.entry);
      lead.items.push(dd.item);
    }
    if (sharing > 0) {
      for (const u of dd.shared) {
        const acc = unitDrafts.get(u);
        if (!acc) continue;
        const e = shareOf(dd.entry);
        acc.entries.push(e);
        acc.items.push({ ...dd.item, role: 'shared', points: e.points });
      }
    }
  }
  for (const dr of [...unitDrafts.values(), ...groupDrafts.values()]) {
    dr.entries.sort(compareEntries);
    dr.items.sort((x, y) => (x.item < y.item ? -1 : x.item > y.item ? 1 : 0));
  }
}

/** By date (undated cap entries last), then item, then rule. */
function compareEntries(a: ScoreEntry, b: ScoreEntry): number {
  const ad = a.date ?? '9999';
  const bd = b.date ?? '9999';
  if (ad !== bd) return ad < bd ? -1 : 1;
  const ai = a.item ?? '';
  const bi = b.item ?? '';
  if (ai !== bi) return ai < bi ? -1 : 1;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
