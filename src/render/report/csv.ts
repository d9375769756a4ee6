// The per-unit table as CSV that opens in Excel/WPS with Chinese intact: UTF-8 with a byte-order
// mark, CRLF line ends, every field quoted when needed, and no cell that a spreadsheet would run
// as a formula.
import { messagesOf } from '../../i18n/index.js';
import type { Report, UnitRow } from '../../report/types.js';
import { levelName } from './words.js';

const M = messagesOf('reportCsv');

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
