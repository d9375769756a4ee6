// `reform reconcile --format markdown`: the same sections as the terminal, as Markdown.
import { CLASS_ORDER, type ReconItem } from '../reconcile/reconcile.js';
import type { ReconcileReport } from '../reconcile/reconcile-report.js';
import { isUnapproved, kindName, verdictText } from './diff-words.js';
import { changeText } from './diff-text.js';
import { mdCell, mdRow } from './diff-markdown.js';
import { RW, className, counted, headerLines, itemNote, nodesText, overallText, rateText } from './reconcile-words.js';

function changesCell(it: ReconItem): string {
  const byPath = new Map(it.postponements.map((p) => [p.field === 'deadline' || p.field === 'end' ? p.field : `${p.field}.due`, p]));
  return it.changes
    .map((f) => {
      const p = byPath.get(f.path);
      const text = `\`${mdCell(changeText(f)).replace(/`/g, "'")}\``;
      if (!p) return text;
      return isUnapproved(p) ? `${text} **${mdCell(verdictText(p))}**` : `${text} ${mdCell(verdictText(p))}`;
    })
    .join('<br>');
}

export function renderReconcileMarkdown(report: ReconcileReport): string {
  const r = report.reconciliation;
  const [title, ...rest] = headerLines(report);
  const out: string[] = [`## ${mdCell(title)}`, '', ...rest.map((l) => `${l}  `), '', overallText(report), ''];
  out.push(`### ${RW.units()}`, '');
  out.push(mdRow([RW.colUnit(), RW.colDue(), RW.colDone(), RW.colOnTime(), RW.colOpen(), RW.colRate(), RW.colRemoved(), RW.colUnapproved(), RW.colNotDue()]));
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const u of r.units) out.push(mdRow([u.unit, u.due, u.done, u.doneOnTime, u.open, rateText(u.rate), u.removed, u.unapproved, u.notDue]));
  out.push('');
  for (const c of CLASS_ORDER) {
    const items = r.items.filter((it) => it.class === c);
    if (!items.length) continue;
    out.push(`### ${counted(className(c), items.length)}`, '');
    out.push(mdRow([RW.colId(), RW.colTitle(), RW.colUnit(), RW.colNodes(), RW.colNote()]), '|---|---|---|---|---|');
    for (const it of items) out.push(mdRow([it.id, it.title, it.unit, nodesText(it), itemNote(it)]));
    out.push('');
  }
  const changed = r.items.filter((it) => it.changes.length);
  if (changed.length) {
    out.push(`### ${counted(RW.changed(), changed.length)}`, '');
    out.push(mdRow([RW.colId(), RW.colTitle(), RW.colUnit(), RW.colChanges()]), '|---|---|---|---|');
    for (const it of changed) out.push(`| ${mdCell(it.id)} | ${mdCell(it.title)} | ${mdCell(it.unit)} | ${changesCell(it)} |`);
    out.push('');
  }
  if (r.added.length) {
    out.push(`### ${counted(RW.added(), r.added.length)}`, '');
    out.push(mdRow([RW.colId(), RW.colLedger(), RW.colTitle(), RW.colUnit(), RW.colNote()]), '|---|---|---|---|---|');
    for (const a of r.added) out.push(mdRow([a.id, kindName(a.kind), a.title, a.unit, a.inPeriod ? RW.addedInPeriod() : '']));
    out.push('');
  }
  const co = report.closeOut;
  if (co) {
    out.push(`### ${RW.closeTitle()}${co.dryRun ? RW.dryRun() : ''}`, '');
    for (const f of co.files) {
      if (f.error) out.push(`- ${mdCell(RW.fileFailed({ file: f.file, reason: f.error }))}`);
      for (const x of f.inserted) out.push(`- \`${mdCell(f.file)}\` ${mdCell(RW.insertAfter({ line: x.line, id: x.id }))} \`${x.key}\``);
    }
    out.push('', RW.closeSummary({ closed: co.closed, carried: co.carried }), '');
  }
  return out.join('\n');
}
