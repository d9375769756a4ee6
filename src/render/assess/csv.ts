// `reform assess --format csv`: one row per entry (a unit without entries: one row with its
// score), units then groups; opens in Excel and WPS. With --unit: the sheet's items.
import { t } from '../../i18n/index.js';
import type { ScoredAccount } from '../../assess/types.js';
import { toCsv } from '../common/csv.js';
import { findAccount, gradeName, itemHead, itemRows, ruleName, type AssessReport } from './words.js';

export function renderAssessCsv(r: AssessReport): string {
  const m = t().assess;
  const acc = findAccount(r);
  if (acc) return toCsv([itemHead(), ...itemRows(acc.items)]);
  const head = [
    m.colKind,
    m.colUnit,
    m.colRank,
    m.colScore,
    m.colGrade,
    m.colBase,
    m.colDate,
    'rule',
    m.colRule,
    m.colItem,
    m.colNode,
    m.colPoints,
  ];
  const rows: (string | number)[][] = [head];
  const add = (a: ScoredAccount, kind: string) => {
    const lead = [kind, a.name, a.rank, a.score, gradeName(a.grade), a.base];
    if (!a.entries.length) rows.push([...lead, '', '', '', '', '', '']);
    for (const e of a.entries)
      rows.push([...lead, e.date ?? '', e.rule, ruleName(e.rule), e.item ?? '', e.node ?? '', e.points]);
  };
  for (const u of r.result.units) add(u, m.kindUnit);
  for (const g of r.result.groups) add(g, m.kindGroup);
  return toCsv(rows);
}
