// `reform remind --format markdown`: the same sections as the terminal, as Markdown tables
// (for a wiki page, a merge request or a chat message).
import { mdCell } from '../common/markdown.js';
import type { Unreported } from '../../domain/unreported.js';
import { t } from '../../i18n/index.js';
import { groupRows, type RemindResult, type ReminderRow } from '../../domain/reminders.js';
import { RM, daysText, leftText, rowLevelName, scheduleLines, scheduleMark, splitNew } from './messages.js';

export { mdCell };

function row(cells: (string | number | undefined)[]): string {
  return `| ${cells.map(mdCell).join(' | ')} |`;
}

function reminderTables(rows: readonly ReminderRow[], workdays: boolean): string[] {
  if (!rows.length) return [RM.none(), ''];
  const out: string[] = [];
  for (const g of groupRows(rows)) {
    out.push(`#### ${RM.issuer({ issuer: g.issuer })}`, '');
    for (const u of g.units) {
      const contact = u.contact
        ? RM.contact({ name: u.contact.name, phone: u.contact.phone })
        : RM.noContact();
      out.push(`**${mdCell(u.unit)}** — ${mdCell(contact)}`, '');
      out.push(row([RM.colLevel(), RM.colItem(), RM.colTitle(), RM.colNode(), RM.colDue(), RM.colDays()]));
      out.push('|---|---|---|---|---|---:|');
      for (const r of u.rows) {
        out.push(
          row([
            rowLevelName(r),
            r.item,
            r.title,
            r.node?.name,
            (r.node?.due ?? '') + (scheduleMark(r) ? ` ${scheduleMark(r)}` : ''),
            r.daysBehind ? daysText(r.daysBehind, workdays) : '—',
          ]),
        );
      }
      out.push('');
    }
  }
  return out;
}

export function renderRemindMarkdown(res: RemindResult): string {
  const { fresh, old, totals } = splitNew(res);
  const out: string[] = [`## ${RM.title({ date: res.date, office: res.office })}`, '', totals, ''];
  for (const l of scheduleLines(res.schedule, res.date)) out.push(`*${mdCell(l)}*`, '');
  if (res.workdays) out.push(`*${RM.workdays()}*`, '');
  out.push(`### ${RM.sectionNew({ n: fresh.length })}`, '', ...reminderTables(fresh, res.workdays));
  if (!res.filter.onlyNew)
    out.push(`### ${RM.sectionOld({ n: old.length })}`, '', ...reminderTables(old, res.workdays));
  if (!res.filter.level && !res.filter.onlyNew) {
    out.push(`### ${RM.sectionUpcoming({ n: res.upcoming.length, days: res.prewarnDays })}`, '');
    if (!res.upcoming.length) out.push(RM.none(), '');
    else {
      out.push(row([RM.colDue(), RM.colLeft(), RM.colItem(), RM.colTitle(), RM.colNode(), RM.colUnit()]));
      out.push('|---|---|---|---|---|---|');
      for (const u of res.upcoming)
        out.push(
          row([
            u.node.due + (scheduleMark(u) ? ` ${scheduleMark(u)}` : ''),
            leftText(u.daysLeft),
            u.item,
            u.title,
            u.node.name,
            u.unit,
          ]),
        );
      out.push('');
    }
  }
  if (res.unreported) out.push(...unreportedMarkdown(res.unreported));
  return out.join('\n');
}

function unreportedMarkdown(r: Unreported): string[] {
  const M = t().returns;
  if (!r.due) return [M.unreportedNotDue({ dueBy: r.dueBy }), ''];
  if (!r.units.length) return [M.unreportedNone({ month: r.month, dueBy: r.dueBy }), ''];
  const out = [`### ${M.unreportedTitle({ month: r.month, dueBy: r.dueBy, n: r.units.length })}`, ''];
  out.push(row([RM.colUnit(), RM.colItem(), RM.colTitle()]), '|---|---|---|');
  for (const u of r.units) for (const it of u.items) out.push(row([u.unit, it.item, it.title]));
  out.push('');
  return out;
}
