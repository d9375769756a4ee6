// `reform diff --format markdown`: a comment for a pull request. Warnings first (unapproved
// postponements, removed entries), then one table per ledger.
import { mdCell } from '../common/markdown.js';
import { DIFF_KINDS, summarize, type EntryChange } from '../../reconcile/diff.js';
import type { DiffReport } from '../../reconcile/diff-report.js';
import { DW, isUnapproved, kindName, revisionText, verdictText } from './words.js';
import { changeText, postponementsByPath } from './text.js';

export { mdCell };

export function mdRow(cells: (string | number | undefined)[]): string {
  return `| ${cells.map(mdCell).join(' | ')} |`;
}

function details(c: EntryChange): string {
  const byField = c.postponements.length ? postponementsByPath(c) : undefined;
  return c.changes
    .map((f) => {
      const p = byField?.get(f.path);
      const text = `\`${changeText(f).replace(/`/g, "'")}\``;
      if (!p) return text;
      return isUnapproved(p) ? `${text} **${verdictText(p)}**` : `${text} ${verdictText(p)}`;
    })
    .join('<br>');
}

export function renderDiffMarkdown(report: DiffReport): string {
  const { diff } = report;
  const s = summarize(diff);
  const out: string[] = [
    `### ${mdCell(DW.title({ from: revisionText(report.from), to: revisionText(report.to) }))}`,
    '',
  ];
  const warn: string[] = [];
  if (s.unapproved) warn.push(DW.warnUnapproved({ n: s.unapproved }));
  if (s.removed) warn.push(DW.warnRemoved({ n: s.removed }));
  if (warn.length) out.push(`> **⚠️ ${warn.join('；')}**`, '');
  if (report.problems.older)
    out.push(`> ${DW.unreadable({ which: DW.older(), n: report.problems.older })}`, '');
  if (report.problems.newer)
    out.push(`> ${DW.unreadable({ which: DW.newer(), n: report.problems.newer })}`, '');
  if (!s.added && !s.removed && !s.changed) {
    out.push(DW.none(), '');
    return out.join('\n');
  }
  for (const kind of DIFF_KINDS) {
    const d = diff[kind];
    if (!d.added.length && !d.removed.length && !d.changed.length) continue;
    out.push(
      `#### ${DW.kindSummary({ kind: kindName(kind), added: d.added.length, removed: d.removed.length, changed: d.changed.length })}`,
      '',
    );
    out.push(
      mdRow([DW.colChange(), DW.colId(), DW.colTitle(), DW.colUnit(), DW.colDetail()]),
      '|---|---|---|---|---|',
    );
    for (const r of d.removed) out.push(mdRow([`**${DW.removed()}**`, r.id, r.title, r.unit, '']));
    for (const c of d.changed)
      out.push(
        `| ${DW.changed()} | ${mdCell(c.id)} | ${mdCell(c.title)} | ${mdCell(c.unit)} | ${details(c).replace(/\|/g, '\\|')} |`,
      );
    for (const r of d.added) out.push(mdRow([DW.added(), r.id, r.title, r.unit, '']));
    out.push('');
  }
  out.push(DW.totals({ ...s }), '');
  return out.join('\n');
}
