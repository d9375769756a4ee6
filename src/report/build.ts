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

/** Every figure of one quarter as of period.asOf. */
export function buildFigures(ledger: Ledger, period: Period, scope: Scope = {}): ReportFigures {
  const { asOf } = period;
  const policy = ledger.policy;
  const names = unitNames(ledger.units);
  const groups = taskGroups(ledger.tasks, names);
  // assessAll gives each item its unit's full name, and leaves out problems not yet found
  const calendar = policy.day_count === 'workdays' ? calendarFor(policy) : undefined;
  const all = assessAll(ledger, { asOf, policy, ...(calendar ? { calendar } : {}) });
  const uncovered = calendar ? uncoveredYears(all, asOf, calendar) : [];
  const statuses = narrow(all, scope, names, groups);

  const window = { start: period.start, end: period.end, asOf };
  const nodes = sortNodes(statuses.flatMap((s) => quarterNodesOf(s, window, groupOf(s, names, groups))));
  const ofLedger = (l: ItemStatus['ledger']) => statuses.filter((s) => s.ledger === l);
  const next = nextQuarter(period.quarter);
  const rowCtx = { asOf, bands: policy.bands, names };

  return {
    period: { ...periodInfo(period) },
    overview: {
      tasks: stateCounts(ofLedger('tasks'), asOf),
      pilots: stateCounts(ofLedger('pilots'), asOf),
      problems: stateCounts(ofLedger('problems'), asOf),
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
    serious: seriousItems(statuses, ledger.reminders, asOf, policy.bands),
    interviews: interviewSection(statuses, asOf, policy, names),
    reminders: reminderSection(ledger.reminders, statuses, { start: period.start, asOf }, names),
    problems: problemSection(statuses, { start: period.start, asOf }),
    pilots: pilotSection(statuses, { start: period.start, asOf, nextEnd: quarterEnd(next) }),
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

function previousFigures(ledger: Ledger, period: Period, scope: Scope): PreviousHeadline {
  const prevQuarter = previousQuarter(period.quarter);
  return previousHeadline(buildFigures(ledger, periodOf(prevQuarter, quarterEnd(prevQuarter)), scope));
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
