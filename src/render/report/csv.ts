// The per-unit table as CSV (through the one CSV writer, render/common/csv.ts).
import { messagesOf } from '../../i18n/index.js';
import type { Report, UnitRow } from '../../report/types.js';
import { toCsv } from '../common/csv.js';
import { rowLevelName } from './words.js';

const M = messagesOf('reportCsv');

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
    u.behind.count, // 滞后: every item behind, as in the Markdown table and the text; 严重滞后 of which
    u.states.serious.count,
    u.states.stopped.count,
    u.nodes.due.count,
    u.nodes.onTime.count,
    u.nodes.late.count,
    u.nodes.open.count,
    rate(u.nodes.rate),
    u.worst?.days ?? '',
    u.worst?.item ?? '',
    u.worst?.level ? rowLevelName({ level: u.worst.level, confirmed: u.worst.confirmed }) : '',
    u.behind.ids.join(' '),
  ];
}

export function renderReportCsv(report: Report): string {
  return toCsv([M.head().split(','), ...report.units.map(row)]);
}
