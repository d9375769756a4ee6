// The quarterly report as data: ledger + period (+ scope) → Report. Pure: the as-of day is given.
import { assessAll, calendarFor, uncoveredYears, type ItemStatus } from '../domain/delay.js';
import { nextQuarter, previousQuarter, quarterEnd, quarterLabel, quarterStart } from '../domain/quarter.js';
import type { Ledger } from '../ledger/types.js';
import { compare, previousHeadline, type PreviousHeadline } from './headline.js';
import { interviewSection } from './interviews.js';
import { nextQuarterSection } from './next-quarter.js';
import { nodeCounts, quarterNodesOf, sortNodes } from './nodes.js';
import { periodOf, type Period } from './period.js';
import { pilotSection } from './pilots.js';
import { problemSection } from './problems.js';
import { reminderSection } from './reminders.js';
import { groupOf, narrow, taskGroups, unitNames, type Scope } from './scope.js';
import { seriousItems } from './serious.js';
import { stateCounts } from './states.js';
import type { Report, ReportFigures } from './types.js';
import { rowsBy } from './units.js';
import { addressing, officeIdentity } from '../documents/identity.js';

export interface BuildOptions {
  period: Period;
  /** Full names (see resolveScope). */
  scope?: Scope;
}

/** What every figure of a quarter starts from: the items in scope, assessed on period.asOf, and the quarter's nodes (unsorted). */
function basis(ledger: Ledger, period: Period, scope: Scope) {
  const { asOf } = period;
  const policy = ledger.policy;
  const names = unitNames(ledger.units);
  const groups = taskGroups(ledger.tasks, names);
  // assessAll gives each item its unit's full name, and leaves out problems not yet found
  const calendar = policy.day_count === 'workdays' ? calendarFor(policy) : undefined;
  const all = assessAll(ledger, { asOf, policy, ...(calendar ? { calendar } : {}) });
  const statuses = narrow(all, scope, names, groups);
  const window = { start: period.start, end: period.end, asOf };
  const nodes = statuses.flatMap((s) => quarterNodesOf(s, window, groupOf(s, names, groups)));
  return { asOf, policy, names, groups, calendar, all, statuses, nodes, next: nextQuarter(period.quarter) };
}

type Basis = ReturnType<typeof basis>;

/** The sections the headline needs besides the overview, in the order of ReportFigures. */
function headlineSections(ledger: Ledger, period: Period, b: Basis) {
  const { asOf, policy, names, statuses } = b;
  return {
    serious: seriousItems(statuses, ledger.reminders, asOf, policy.bands),
    interviews: interviewSection(statuses, asOf, policy, names),
    reminders: reminderSection(ledger.reminders, statuses, { start: period.start, asOf }, names),
    problems: problemSection(statuses, { start: period.start, asOf }),
    pilots: pilotSection(statuses, { start: period.start, asOf, nextEnd: quarterEnd(b.next) }),
  };
}

const ofLedger = (statuses: readonly ItemStatus[], l: ItemStatus['ledger']) =>
  statuses.filter((s) => s.ledger === l);

/** Every figure of one quarter as of period.asOf. */
export function buildFigures(ledger: Ledger, period: Period, scope: Scope = {}): ReportFigures {
  const b = basis(ledger, period, scope);
  const { asOf, policy, names, groups, calendar, statuses, next } = b;
  const uncovered = calendar ? uncoveredYears(b.all, asOf, calendar) : [];
  const nodes = sortNodes(b.nodes);
  const rowCtx = { asOf, bands: policy.bands, names };

  return {
    period: { ...periodInfo(period) },
    overview: {
      tasks: stateCounts(ofLedger(statuses, 'tasks'), asOf),
      pilots: stateCounts(ofLedger(statuses, 'pilots'), asOf),
      problems: stateCounts(ofLedger(statuses, 'problems'), asOf),
      nodes: nodeCounts(nodes),
      nodesBy: {
        tasks: nodeCounts(nodes.filter((n) => n.ledger === 'tasks')),
        pilots: nodeCounts(nodes.filter((n) => n.ledger === 'pilots')),
        problems: nodeCounts(nodes.filter((n) => n.ledger === 'problems')),
      },
    },
    units: rowsBy(
      statuses,
      nodes,
      (s) => s.unit,
      (n) => n.unit,
      rowCtx,
    ),
    groups: rowsBy(
      statuses,
      nodes,
      (s) => groupOf(s, names, groups),
      (n) => n.group,
      rowCtx,
    ),
    ...headlineSections(ledger, period, b),
    nextQuarter: nextQuarterSection(
      statuses,
      { label: quarterLabel(next), start: quarterStart(next), end: quarterEnd(next), asOf },
      names,
    ),
    nodes,
    ...(uncovered.length
      ? { holidayData: { uncovered, from: calendar!.years.from, to: calendar!.years.to } }
      : {}),
  };
}

/**
 * The previous quarter's headline, computing only what it needs (no per-unit or per-group rows,
 * no next-quarter section, nodes left unsorted: every count sorts its ids).
 */
function previousFigures(ledger: Ledger, period: Period, scope: Scope): PreviousHeadline {
  const prevQuarter = previousQuarter(period.quarter);
  const prev = periodOf(prevQuarter, quarterEnd(prevQuarter));
  const b = basis(ledger, prev, scope);
  return previousHeadline({
    period: periodInfo(prev),
    overview: { tasks: stateCounts(ofLedger(b.statuses, 'tasks'), b.asOf), nodes: nodeCounts(b.nodes) },
    ...headlineSections(ledger, prev, b),
  });
}

function periodInfo(p: Period): ReportFigures['period'] {
  return {
    label: p.label,
    year: p.quarter.year,
    q: p.quarter.q,
    start: p.start,
    end: p.end,
    asOf: p.asOf,
    complete: p.asOf === p.end,
  };
}

/** The report: the quarter's figures, and the same figures at the previous quarter's end beside them. */
export function buildReport(ledger: Ledger, opts: BuildOptions): Report {
  const scope = opts.scope ?? {};
  // the previous quarter first, keeping only its headline: both full sets of figures are never held at once
  const previous = previousFigures(ledger, opts.period, scope);
  const current = buildFigures(ledger, opts.period, scope);
  const id = officeIdentity(ledger.policy, ledger.units);
  const letter: Report['letter'] = { officeFull: id.full, committee: id.committee, addressee: id.committee };
  if (scope.unit) {
    const to = addressing(
      ledger.units.find((u) => u.name === scope.unit),
      scope.unit,
    );
    letter.addressee = to.addressee;
    letter.addressAs = to.addressAs;
  }
  const report: Report = {
    letter,
    office: ledger.policy.office,
    scope,
    dayCount: ledger.policy.day_count,
    bands: { ...ledger.policy.bands },
    prewarnDays: ledger.policy.prewarn_days,
    ...current,
    comparison: compare(current, previous),
  };
  return report;
}
