// Wording of the reconciliation renderers, Chinese and English side by side.
import { messagesOf, pick } from '../../i18n/index.js';
import type { Level } from '../../schema/index.js';
import type { ItemClass, ReconItem, UnitAccount } from '../../reconcile/reconcile.js';
import type { ReconcileReport } from '../../reconcile/reconcile-report.js';
import { revisionText } from '../diff/words.js';
import { changeText } from '../diff/text.js';
import type { Postponement } from '../../reconcile/diff.js';

export const RW = messagesOf('reconcile');

export const LEVEL_NAME = messagesOf('levels');

export function levelName(level: Level | undefined): string {
  return level ? LEVEL_NAME[level]() : '';
}

export function className(c: ItemClass): string {
  return RW[`class.${c}`]();
}

export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function baselineText(report: ReconcileReport): string {
  const b = report.baseline;
  if (b.revision) return RW.baselineRev({ rev: revisionText(b.revision), subject: b.revision.subject });
  return RW.baselineFolder({ folder: b.folder ?? '' });
}

export function headerLines(report: ReconcileReport): string[] {
  const r = report.reconciliation;
  const out = [
    RW.title({ period: r.period.label, start: r.period.start, end: r.period.end, asOf: r.asOf }),
    baselineText(report),
  ];
  if (report.early) out.push(RW.early({ today: report.today }));
  if (report.workdays) out.push(RW.workdays());
  return out;
}

export function overallText(report: ReconcileReport): string {
  const t = report.reconciliation.totals;
  return RW.overall({
    due: t.due,
    done: t.done,
    onTime: t.doneOnTime,
    open: t.open,
    removed: t.removed,
    rate: rateText(t.rate),
    notDue: t.notDue,
    excused: t.excused,
    unapproved: t.unapproved,
  });
}

export function nodesText(it: ReconItem): string {
  return it.nodes.map((n) => `${n.name} ${n.due}${n.dueNow ? `→${n.dueNow}` : ''}`).join(pick('；', '; '));
}

/** The short note after an item: how it was done, or how far behind. */
export function itemNote(it: ReconItem): string {
  const parts: string[] = [];
  if (it.class === 'behind') {
    if (it.daysBehind) parts.push(RW.behind({ days: it.daysBehind }));
    if (it.level) parts.push(levelName(it.level));
    if (it.node) parts.push(RW.lateNode({ node: it.node.name, due: it.node.due }));
    else if (it.openNode)
      parts.push(RW.dueNotDone({ node: it.openNode.name, due: it.openNode.dueNow ?? it.openNode.due }));
  } else if (it.class === 'done' || it.class === 'done-no-evidence') {
    if (it.completed) {
      if (it.completedOn) parts.push(RW.completedOn({ date: it.completedOn }));
      if (it.onTime !== undefined) parts.push(it.onTime ? RW.onTime() : RW.late());
    } else parts.push(RW.nodesDone());
    if (it.closed) parts.push(RW.closedOn({ on: it.closed.on, period: it.closed.period }));
    else if (it.closable) parts.push(RW.closable());
  }
  if (it.carriedOver) parts.push(RW.carried({ to: it.carriedOver.to }));
  else if (it.carryable && it.carryOver) parts.push(RW.carryReason({ reason: it.carryOver.reason }));
  else if (it.carryUnexplained) parts.push(RW.carryUnexplained());
  return parts.join(pick('，', ', '));
}

/** "已办（3）" / "Done (3)" */
export function counted(label: string, n: number): string {
  return pick(`${label}（${n}）`, `${label} (${n})`);
}

export interface ChangeLine {
  text: string;
  postponement?: Postponement;
}

/**
 * An item's changes as lines for people: each change on its own, except progress notes, which
 * are counted (the report is about commitments; `--format json` lists every note).
 */
export function changeLines(it: ReconItem): ChangeLine[] {
  const byPath = new Map(
    it.postponements.map((p) => [
      p.field === 'deadline' || p.field === 'end' ? p.field : `${p.field}.due`,
      p,
    ]),
  );
  const out: ChangeLine[] = [];
  let added = 0;
  let removed = 0;
  for (const f of it.changes) {
    if (f.path === 'progress') {
      if (f.change === 'added') added++;
      else if (f.change === 'removed') removed++;
      else out.push({ text: changeText(f) });
      continue;
    }
    out.push({ text: changeText(f), postponement: byPath.get(f.path) });
  }
  if (added) out.push({ text: RW.progressAdded({ n: added }) });
  if (removed) out.push({ text: RW.progressRemoved({ n: removed }) });
  return out;
}

/** Items with changes other than progress notes, and how many had only progress notes added. */
export function substantiveChanges(items: readonly ReconItem[]): {
  items: ReconItem[];
  progressOnly: number;
} {
  const out: ReconItem[] = [];
  let progressOnly = 0;
  for (const it of items) {
    if (!it.changes.length) continue;
    if (it.postponements.length || it.changes.some((c) => c.path !== 'progress')) out.push(it);
    else progressOnly++;
  }
  return { items: out, progressOnly };
}

/** The unit table's header and one row of cells, shared by the text and Markdown layouts. */
export function unitHead(): string[] {
  return [
    RW.colUnit(),
    RW.colDue(),
    RW.colDone(),
    RW.colOnTime(),
    RW.colOpen(),
    RW.colRate(),
    RW.colRemoved(),
    RW.colUnapproved(),
    RW.colNotDue(),
  ];
}

export function unitCells(u: UnitAccount): string[] {
  return [
    u.unit,
    u.due,
    u.done,
    u.doneOnTime,
    u.open,
    rateText(u.rate),
    u.removed,
    u.unapproved,
    u.notDue,
  ].map(String);
}
