// `reform remind --format csv`: one row per reminder, then one per advance notice, then one per
// item of a unit that has not reported this month's progress (本月未报送进展).
import type { RemindResult } from '../../domain/reminders.js';
import { toCsv } from '../common/csv.js';
import { RM, ledgerName, rowLevelName, scheduleMark } from './messages.js';

export function renderRemindCsv(res: RemindResult): string {
  const header = [
    RM.colKind(),
    RM.colItem(),
    RM.colLedger(),
    RM.colTitle(),
    RM.colIssuer(),
    RM.colUnit(),
    RM.colContact(),
    RM.colPhone(),
    RM.colNode(),
    RM.colDue(),
    RM.colDays(),
    RM.colLeft(),
    RM.colLevel(),
    RM.colNew(),
    RM.colApprovedDue(),
    RM.colNote(),
  ];
  const rows: (string | number | undefined)[][] = [header];
  for (const r of res.reminders) {
    rows.push([
      RM.kindReminder(),
      r.item,
      ledgerName(r.ledger),
      r.title,
      r.issuer,
      r.unit,
      r.contact?.name,
      r.contact?.phone,
      r.node?.name,
      r.schedule ? r.schedule.written : r.deleted ? undefined : r.node?.due,
      r.daysBehind,
      undefined,
      rowLevelName(r),
      r.isNew ? RM.yes() : RM.no(),
      r.node?.due,
      scheduleMark(r),
    ]);
  }
  for (const u of res.upcoming) {
    rows.push([
      RM.kindUpcoming(),
      u.item,
      ledgerName(u.ledger),
      u.title,
      u.issuer,
      u.unit,
      u.contact?.name,
      u.contact?.phone,
      u.node.name,
      u.schedule ? u.schedule.written : u.deleted ? undefined : u.node.due,
      undefined,
      u.daysLeft,
      undefined,
      undefined,
      u.node.due,
      scheduleMark(u),
    ]);
  }
  const late = res.unreported;
  if (late?.due)
    for (const u of late.units)
      for (const i of u.items)
        rows.push([
          RM.kindUnreported(),
          i.item,
          ledgerName(i.ledger),
          i.title,
          undefined,
          u.unit,
          u.contact?.name,
          u.contact?.phone,
          undefined,
          late.dueBy,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          RM.unreportedNote({ month: late.month, dueBy: late.dueBy }),
        ]);
  return toCsv(rows);
}
