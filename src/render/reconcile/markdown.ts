// `reform reconcile --format markdown`: the same sections as the terminal, as Markdown.
import { CLASS_ORDER, type ReconItem } from '../../reconcile/reconcile.js';
import type { ReconcileReport } from '../../reconcile/reconcile-report.js';
import { isUnapproved, kindName, verdictText } from '../diff/words.js';
import { mdCell, mdRow } from '../diff/markdown.js';
import { RW } from './words.js';
import * as words from './words.js';

function changesCell(it: ReconItem): string {
  return words
    .changeLines(it)
    .map(({ text: line, postponement: p }) => {
      const text = `\`${mdCell(line).replace(/`/g, "'")}\``;
      if (!p) return text;
      return isUnapproved(p) ? `${text} **${mdCell(verdictText(p))}**` : `${text} ${mdCell(verdictText(p))}`;
    })
    .join('<br>');
}

export function renderReconcileMarkdown(report: ReconcileReport): string {
  const r = report.reconciliation;
  const [title, ...rest] = words.headerLines(report);
  const out: string[] = [
    `## ${mdCell(title)}`,
    '',
    ...rest.map((l) => `${l}  `),
    '',
    words.overallText(report),
    '',
  ];
  out.push(`### ${RW.units()}`, '');
  out.push(mdRow(words.unitHead()), '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const u of r.units) out.push(mdRow(words.unitCells(u)));
  out.push('');
  for (const c of CLASS_ORDER) {
    const items = r.items.filter((it) => it.class === c);
    if (!items.length) continue;
    out.push(`### ${words.counted(words.className(c), items.length)}`, '');
    out.push(
      mdRow([RW.colId(), RW.colTitle(), RW.colUnit(), RW.colNodes(), RW.colNote()]),
      '|---|---|---|---|---|',
    );
    for (const it of items)
      out.push(mdRow([it.id, it.title, it.unit, words.nodesText(it), words.itemNote(it)]));
    out.push('');
  }
  const { items: changed, progressOnly } = words.substantiveChanges(r.items);
  if (changed.length || progressOnly) {
    out.push(`### ${words.counted(RW.changed(), changed.length)}`, '');
    if (changed.length) {
      out.push(mdRow([RW.colId(), RW.colTitle(), RW.colUnit(), RW.colChanges()]), '|---|---|---|---|');
      for (const it of changed)
        out.push(`| ${mdCell(it.id)} | ${mdCell(it.title)} | ${mdCell(it.unit)} | ${changesCell(it)} |`);
      out.push('');
    }
    if (progressOnly) out.push(RW.progressOnly({ n: progressOnly }), '');
  }
  if (r.added.length) {
    out.push(`### ${words.counted(RW.added(), r.added.length)}`, '');
    out.push(
      mdRow([RW.colId(), RW.colLedger(), RW.colTitle(), RW.colUnit(), RW.colNote()]),
      '|---|---|---|---|---|',
    );
    for (const a of r.added)
      out.push(mdRow([a.id, kindName(a.kind), a.title, a.unit, a.inPeriod ? RW.addedInPeriod() : '']));
    out.push('');
  }
  const co = report.closeOut;
  if (co) {
    out.push(`### ${RW.closeTitle()}${co.dryRun ? RW.dryRun() : ''}`, '');
    for (const f of co.files) {
      if (f.error) out.push(`- ${mdCell(RW.fileFailed({ file: f.file, reason: f.error }))}`);
      for (const x of f.inserted)
        out.push(
          `- \`${mdCell(f.file)}\` ${mdCell(RW.insertAfter({ line: x.line, id: x.id }))} \`${x.key}\``,
        );
    }
    out.push('', RW.closeSummary({ closed: co.closed, carried: co.carried }), '');
  }
  return out.join('\n');
}
