// The per-unit table as CSV that opens in Excel/WPS with Chinese intact: UTF-8 with a byte-order
// mark, CRLF line ends, every field quoted when needed, and no cell that a spreadsheet would run
// as a formula.
import { messages } from '../../i18n/index.js';
import type { Report, UnitRow } from '../../report/types.js';
import { levelName } from './words.js';

const M = messages({
  head: {
    zh: '序号,牵头单位,单位类别,事项数,已完成,正常推进,滞后,严重滞后,暂缓或撤销,本季到期节点,按期完成,逾期完成,尚未完成,按期完成率,最长连续滞后天数,最长滞后事项,最长滞后事项提醒档次,滞后事项编号',
    en: 'No.,Lead unit,Kind,Items,Completed,On schedule,Behind,Seriously behind,Suspended or withdrawn,Nodes due,On time,Late,Open,On-time rate,Longest delay (days),Longest-delayed item,Its level,Items behind',
  },
  office: { zh: '改革办', en: 'office' },
  group: { zh: '专项小组', en: 'special group' },
  department: { zh: '部门', en: 'department' },
  county: { zh: '县（市、区）', en: 'county' },
});

const BOM = '\uFEFF';

/** Quotes a field when needed; a leading = + - @ (or tab/CR) is neutralised with an apostrophe. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rate(r: number | null): string {
  return r === null ? '' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
}

function row(u: UnitRow, i: number): (string | number)[] {
  return [
    i + 1,
    u.unit,
    u.kind ? M[u.kind]() : '',
    u.items.count,
    u.states.completed.count,
    u.states.onSchedule.count,
    u.states.behind.count,
    u.states.serious.count,
    u.states.stopped.count,
    u.nodes.due.count,
    u.nodes.onTime.count,
    u.nodes.late.count,
    u.nodes.open.count,
    rate(u.nodes.rate),
    u.worst?.days ?? '',
    u.worst?.item ?? '',
    u.worst?.level ? levelName(u.worst.level) : '',
    u.behind.ids.join(' '),
  ];
}

export function renderReportCsv(report: Report): string {
  const lines = [M.head(), ...report.units.map((u, i) => row(u, i).map(csvField).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}
