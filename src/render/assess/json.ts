// `reform assess --format json`: the contract
// {"year","as_of","units":[{"unit","score","grade","rank","base","entries":[{"rule","item","node","date","points"}]}],
//  "groups":[same, with "group"]}, score = base + sum(points). Grades are the Chinese names
// (优秀/良好/一般/较差) whatever the language. With --unit: that unit's account with its items.
import type { ScoredAccount } from '../../assess/types.js';
import { findAccount, GRADE_ZH, type AssessReport } from './words.js';

function account(a: ScoredAccount, key: 'unit' | 'group') {
  return {
    [key]: a.name,
    score: a.score,
    grade: GRADE_ZH[a.grade] ?? a.grade,
    rank: a.rank,
    base: a.base,
    entries: a.entries.map((e) => ({
      rule: e.rule,
      item: e.item,
      node: e.node,
      date: e.date,
      points: e.points,
    })),
  };
}

export function renderAssessJson(r: AssessReport): string {
  const res = r.result;
  const acc = findAccount(r);
  if (acc) {
    return (
      JSON.stringify(
        {
          year: res.year,
          as_of: res.asOf,
          ...account(acc, 'unit'),
          items: acc.items.map((i) => ({
            item: i.item,
            ledger: i.ledger,
            title: i.title,
            role: i.role,
            result: i.result,
            points: i.points,
          })),
        },
        null,
        2,
      ) + '\n'
    );
  }
  return (
    JSON.stringify(
      {
        year: res.year,
        as_of: res.asOf,
        units: res.units.map((u) => account(u, 'unit')),
        groups: res.groups.map((g) => account(g, 'group')),
      },
      null,
      2,
    ) + '\n'
  );
}
