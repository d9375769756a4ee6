// The headline figures of a report, and the change from the previous quarter's end.
import { merge } from './counted.js';
import type {
  Comparison,
  ComparisonRow,
  Counted,
  Figure,
  HeadlineKey,
  NodeCounts,
  ReportFigures,
  StateCounts,
} from './types.js';
import { HEADLINE_KEYS } from './types.js';

const fig = (c: Counted): Figure => ({ value: c.count, ids: c.ids });

/** What the headline draws from: part of a quarter's figures (the previous quarter computes no more). */
export interface HeadlineSource extends Pick<ReportFigures, 'period' | 'serious' | 'interviews'> {
  overview: { tasks: StateCounts; nodes: NodeCounts };
  reminders: { total: Counted };
  problems: Pick<ReportFigures['problems'], 'foundInQuarter' | 'rectifiedInQuarter' | 'overdue'>;
  pilots: Pick<ReportFigures['pilots'], 'active' | 'pastTerm' | 'promoted'>;
}

export function headline(f: HeadlineSource): Record<HeadlineKey, Figure> {
  const t = f.overview.tasks;
  return {
    tasks: fig(t.total),
    tasksCompleted: fig(merge(t.completedOnTime, t.completedLate, t.closed)),
    tasksBehind: fig(t.behind),
    serious: fig({ count: f.serious.length, ids: f.serious.map((s) => s.item) }),
    nodesDue: fig(f.overview.nodes.due),
    nodesOnTime: fig(f.overview.nodes.onTime),
    nodesLate: fig(f.overview.nodes.late),
    nodesOpen: fig(f.overview.nodes.open),
    onTimeRate: { value: f.overview.nodes.rate },
    reminders: fig(f.reminders.total),
    problemsFound: fig(f.problems.foundInQuarter),
    problemsRectified: fig(f.problems.rectifiedInQuarter),
    problemsOverdue: fig(f.problems.overdue),
    pilotsActive: fig(f.pilots.active),
    pilotsPastTerm: fig(f.pilots.pastTerm),
    pilotsPromoted: fig(f.pilots.promoted),
    interviewCandidates: {
      value: f.interviews.candidates.length,
      ids: f.interviews.candidates.map((c) => c.unit),
    },
  };
}

/** The previous quarter's headline: all the comparison keeps of its figures. */
export interface PreviousHeadline {
  label: string;
  asOf: string;
  figures: Record<HeadlineKey, Figure>;
}

export function previousHeadline(previous: HeadlineSource): PreviousHeadline {
  return { label: previous.period.label, asOf: previous.period.asOf, figures: headline(previous) };
}

export function compare(current: ReportFigures, previous: ReportFigures | PreviousHeadline): Comparison {
  const prev = 'figures' in previous ? previous : previousHeadline(previous);
  const now = headline(current);
  const before = prev.figures;
  const rows: ComparisonRow[] = HEADLINE_KEYS.map((key) => {
    const c = now[key];
    const p = before[key];
    return {
      key,
      kind: key === 'onTimeRate' ? 'rate' : 'count',
      current: c,
      previous: p,
      change: c.value === null || p.value === null ? null : c.value - p.value,
    };
  });
  return { previous: { label: prev.label, asOf: prev.asOf }, rows };
}
