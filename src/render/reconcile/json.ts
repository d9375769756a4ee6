// `reform reconcile --format json`: the reconciliation as data.
import type { ReconItem, UnitAccount } from '../../reconcile/reconcile.js';
import type { ReconcileReport } from '../../reconcile/reconcile-report.js';
import { postponementJson, revisionJson } from '../diff/json.js';

function account(a: UnitAccount): Record<string, unknown> {
  return {
    unit: a.unit,
    due: a.due,
    done: a.done,
    done_on_time: a.doneOnTime,
    open: a.open,
    removed: a.removed,
    not_due: a.notDue,
    excused: a.excused,
    unapproved_postponements: a.unapproved,
    completion_rate: a.rate === null ? null : Math.round(a.rate * 10000) / 10000,
  };
}

// Absent values are `undefined`, which JSON.stringify leaves out (no object spreads: 20,000 items).
function item(it: ReconItem): Record<string, unknown> {
  return {
    id: it.id,
    ledger: it.ledger,
    title: it.title,
    unit: it.unit,
    result: it.class,
    nodes: it.nodes,
    completed: it.completed,
    completed_on: it.completedOn,
    on_time: it.onTime,
    evidence: it.evidence,
    closable: it.closable,
    carryable: it.carryable,
    closed: it.closed,
    carried_over: it.carriedOver,
    days_behind: it.daysBehind,
    level: it.level,
    late_node: it.node,
    changes: it.changes,
    postponements: it.postponements.length ? it.postponements.map(postponementJson) : [],
  };
}

export function renderReconcileJson(report: ReconcileReport): string {
  const r = report.reconciliation;
  const body = {
    period: r.period.label,
    start: r.period.start,
    end: r.period.end,
    as_of: r.asOf,
    today: report.today,
    baseline: report.baseline.revision
      ? revisionJson(report.baseline.revision)
      : { folder: report.baseline.folder },
    totals: account(r.totals),
    units: r.units.map(account),
    items: r.items.map(item),
    added: r.added.map((a) => ({
      id: a.id,
      ledger: a.kind,
      title: a.title,
      unit: a.unit,
      in_period: a.inPeriod,
    })),
    ...(report.closeOut
      ? {
          close_out: {
            dry_run: report.closeOut.dryRun,
            closed: report.closeOut.closed,
            carried_over: report.closeOut.carried,
            files: report.closeOut.files.map((f) => ({
              file: f.file,
              written: f.written,
              ...(f.error ? { error: f.error } : {}),
              inserted: f.inserted.map((x) => ({ id: x.id, key: x.key, value: x.value, after_line: x.line })),
              skipped: f.skipped.map((x) => ({ id: x.id, key: x.key })),
            })),
          },
        }
      : {}),
  };
  delete (body.totals as Record<string, unknown>).unit;
  return JSON.stringify(body, null, 2) + '\n';
}
