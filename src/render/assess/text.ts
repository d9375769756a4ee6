// `reform assess` in the terminal: the ranking of units and groups, then each account's details;
// with --unit, that unit's reconciliation sheet (对账确认单).
import { t } from '../../i18n/index.js';
import type { ScoredAccount } from '../../assess/types.js';
import { fitTable } from '../common/table.js';
import {
  confirmSummary,
  entryHead,
  entryRow,
  findAccount,
  header,
  itemHead,
  itemRows,
  rankingHead,
  rankingRows,
  scoreText,
  gradeName,
  type AssessReport,
  dateText,
} from './words.js';

/** The terminal's width for this run's tables (undefined: no limit). */
let columns: number | undefined;

/**
 * Columns aligned by display width; `right` says which columns are right-aligned; `shrink`, which
 * column is cut first when the table is wider than the terminal.
 */
export function aligned(
  rows: readonly string[][],
  right: ReadonlySet<number>,
  indent = '  ',
  shrink: readonly number[] = [],
): string[] {
  const cells = rows.map((r) => r.map((text, i) => ({ text, right: right.has(i) })));
  return fitTable(cells, {
    indent,
    columns,
    shrink: shrink.map((col) => ({ col, min: 12 })),
  }).map((l) => l[0]!);
}

const RANK_RIGHT = new Set([0, 2, 4, 5, 6]);
const ENTRY_RIGHT = new Set([4]);

function details(acc: ScoredAccount, n: number): string[] {
  const m = t().assess;
  const lines = [
    '',
    m.unitLine({
      unit: acc.name,
      score: scoreText(acc.score),
      grade: gradeName(acc.grade),
      rank: acc.rank,
      n,
    }),
  ];
  if (!acc.entries.length) lines.push(`  ${m.noEntries}`);
  else lines.push(...aligned([entryHead(), ...acc.entries.map(entryRow)], ENTRY_RIGHT, '  ', [1]));
  return lines;
}

function confirmSheet(r: AssessReport, acc: ScoredAccount): string {
  const m = t().assess;
  const lines = [m.confirmTitle({ unit: acc.name, year: r.result.year }), confirmSummary(r, acc)];
  if (r.result.interim) lines.push(m.interim({ date: dateText(r.result.asOf) }));
  lines.push('', m.confirmItems);
  if (acc.items.length)
    lines.push(...aligned([itemHead(), ...itemRows(acc.items)], new Set([0, 6]), '  ', [2]));
  else lines.push(`  ${m.noItems}`);
  lines.push('', m.confirmEntries);
  if (acc.entries.length)
    lines.push(...aligned([entryHead(), ...acc.entries.map(entryRow)], ENTRY_RIGHT, '  ', [1]));
  else lines.push(`  ${m.noEntries}`);
  lines.push(
    '',
    m.confirmOpinion,
    `  ${m.confirmOpinionText}`,
    '',
    `  ${m.confirmSign}`,
    `  ${m.confirmDate}`,
  );
  lines.push('', m.confirmNote({ office: r.office }));
  return lines.join('\n') + '\n';
}

/** `width`: the terminal's columns, when known (tables are fitted to it). */
export function renderAssessText(r: AssessReport, width?: number): string {
  columns = width;
  const acc = findAccount(r);
  if (acc) return confirmSheet(r, acc);
  const m = t().assess;
  const res = r.result;
  const lines = [...header(r), '', m.units];
  lines.push(...aligned([rankingHead(), ...rankingRows(res.units)], RANK_RIGHT, '  ', [7, 1]));
  if (res.groups.length) {
    lines.push('', m.groups);
    lines.push(...aligned([rankingHead(true), ...rankingRows(res.groups)], RANK_RIGHT, '  ', [7, 1]));
  }
  lines.push('', m.details);
  for (const a of res.units) lines.push(...details(a, res.units.length));
  for (const g of res.groups) lines.push(...details(g, res.groups.length));
  return lines.join('\n') + '\n';
}
