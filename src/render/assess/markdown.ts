// `reform assess --format markdown`: the same content as text, as Markdown tables.
import { mdCell } from '../common/markdown.js';
import { t } from '../../i18n/index.js';
import type { ScoredAccount } from '../../assess/types.js';
import {
  confirmSummary,
  entryHead,
  entryRow,
  findAccount,
  gradeName,
  itemHead,
  itemRows,
  rankingHead,
  rankingRows,
  scoreText,
  type AssessReport,
  dateText,
} from './words.js';

const cell = (s: string) => mdCell(s);

export function mdTable(
  head: readonly string[],
  rows: readonly string[][],
  right: ReadonlySet<number> = new Set(),
): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map((_, i) => (right.has(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

const RANK_RIGHT = new Set([0, 2, 4, 5, 6]);

function details(acc: ScoredAccount, n: number): string[] {
  const m = t().assess;
  const out = [
    '',
    `### ${cell(m.unitLine({ unit: acc.name, score: scoreText(acc.score), grade: gradeName(acc.grade), rank: acc.rank, n }))}`,
    '',
  ];
  if (acc.entries.length) out.push(...mdTable(entryHead(), acc.entries.map(entryRow), new Set([4])));
  else out.push(m.noEntries);
  return out;
}

export function renderAssessMarkdown(r: AssessReport): string {
  const m = t().assess;
  const acc = findAccount(r);
  const res = r.result;
  if (acc) {
    const out = [`# ${m.confirmTitle({ unit: acc.name, year: res.year })}`, '', confirmSummary(r, acc)];
    if (res.interim) out.push('', `> ${m.interim({ date: dateText(res.asOf) })}`);
    out.push('', `## ${m.confirmItems}`, '');
    out.push(...(acc.items.length ? mdTable(itemHead(), itemRows(acc.items), new Set([0, 6])) : [m.noItems]));
    out.push('', `## ${m.confirmEntries}`, '');
    out.push(
      ...(acc.entries.length ? mdTable(entryHead(), acc.entries.map(entryRow), new Set([4])) : [m.noEntries]),
    );
    out.push(
      '',
      `## ${m.confirmOpinion}`,
      '',
      m.confirmOpinionText,
      '',
      m.confirmSign,
      '',
      m.confirmDate,
      '',
    );
    out.push(m.confirmNote({ office: r.office }));
    return out.join('\n') + '\n';
  }
  const out = [
    `# ${m.title({ office: r.office, year: res.year })}`,
    '',
    m.asOf({ date: dateText(res.asOf) }),
    '',
  ];
  out.push(res.interim ? `> ${m.interim({ date: dateText(res.asOf) })}` : m.final);
  if (res.excellentQuota !== undefined) out.push('', m.quota({ n: res.excellentQuota }));
  out.push('', `## ${m.units}`, '', ...mdTable(rankingHead(), rankingRows(res.units), RANK_RIGHT));
  if (res.groups.length)
    out.push('', `## ${m.groups}`, '', ...mdTable(rankingHead(true), rankingRows(res.groups), RANK_RIGHT));
  out.push('', `## ${m.details}`);
  for (const a of res.units) out.push(...details(a, res.units.length));
  for (const g of res.groups) out.push(...details(g, res.groups.length));
  return out.join('\n') + '\n';
}
