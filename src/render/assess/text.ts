// `reform assess` in the terminal: the ranking of units and groups, then each account's details;
// with --unit, that unit's reconciliation sheet (对账确认单).
import { t } from '../../i18n/index.js';
import type { ScoredAccount } from '../../assess/types.js';
import { displayWidth } from '../common/width.js';
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

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Columns aligned by display width; `right` says which columns are right-aligned. */
export function aligned(rows: readonly string[][], right: ReadonlySet<number>, indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map(
    (r) =>
      indent +
      r
        .map((c, i) => pad(c, widths[i]!, right.has(i)))
        .join('  ')
        .replace(/\s+$/, ''),
  );
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
  else lines.push(...aligned([entryHead(), ...acc.entries.map(entryRow)], ENTRY_RIGHT));
  return lines;
}

function confirmSheet(r: AssessReport, acc: ScoredAccount): string {
  const m = t().assess;
  const lines = [m.confirmTitle({ unit: acc.name, year: r.result.year }), confirmSummary(r, acc)];
  if (r.result.interim) lines.push(m.interim({ date: dateText(r.result.asOf) }));
  lines.push('', m.confirmItems);
  if (acc.items.length) lines.push(...aligned([itemHead(), ...itemRows(acc.items)], new Set([0, 6])));
  else lines.push(`  ${m.noItems}`);
  lines.push('', m.confirmEntries);
  if (acc.entries.length) lines.push(...aligned([entryHead(), ...acc.entries.map(entryRow)], ENTRY_RIGHT));
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

export function renderAssessText(r: AssessReport): string {
  const acc = findAccount(r);
  if (acc) return confirmSheet(r, acc);
  const m = t().assess;
  const res = r.result;
  const lines = [...header(r), '', m.units];
  lines.push(...aligned([rankingHead(), ...rankingRows(res.units)], RANK_RIGHT));
  if (res.groups.length) {
    lines.push('', m.groups);
    lines.push(...aligned([rankingHead(true), ...rankingRows(res.groups)], RANK_RIGHT));
  }
  lines.push('', m.details);
  for (const a of res.units) lines.push(...details(a, res.units.length));
  for (const g of res.groups) lines.push(...details(g, res.groups.length));
  return lines.join('\n') + '\n';
}
