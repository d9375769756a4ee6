// `reform reconcile --format csv`: one row per item of the reconciliation (Excel/WPS open it with
// Chinese intact); the per-unit account is in the other formats.
import type { ReconcileReport } from '../../reconcile/reconcile-report.js';
import { toCsv } from '../common/csv.js';
import { kindName } from '../diff/words.js';
import { RW, className, levelName, nodesText } from './words.js';

export function renderReconcileCsv(report: ReconcileReport): string {
  const r = report.reconciliation;
  const yes = (b: boolean | undefined) => (b === undefined ? '' : b ? RW.yes() : RW.no());
  const rows: (string | number)[][] = [
    [
      RW.colPeriod(),
      RW.colId(),
      RW.colLedger(),
      RW.colTitle(),
      RW.colUnit(),
      RW.colClass(),
      RW.colNodes(),
      RW.colCompleted(),
      RW.colOnTime(),
      RW.colEvidence(),
      RW.colClosable(),
      RW.colClosed(),
      RW.colDays(),
      RW.colLevel(),
      RW.colPostponed(),
      RW.colUnapproved(),
      RW.colChanges(),
    ],
  ];
  for (const it of r.items) {
    rows.push([
      r.period.label,
      it.id,
      kindName(it.ledger),
      it.title,
      it.unit,
      className(it.class),
      nodesText(it),
      it.completedOn ?? '',
      yes(it.onTime),
      yes(it.evidence),
      yes(it.closable),
      it.closed ? `${it.closed.on} ${it.closed.period}` : '',
      it.daysBehind || '',
      levelName(it.level),
      it.postponements.length,
      it.postponements.filter((p) => p.verdict?.status !== 'approved').length,
      it.changes.length,
    ]);
  }
  return toCsv(rows);
}
