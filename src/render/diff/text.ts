// `reform diff` in the terminal: per ledger, entries added (+), removed (-) and changed (~), each
// change on its own line, postponements with their verdict (unapproved ones in red).
import chalk from 'chalk';
import {
  DIFF_KINDS,
  summarize,
  type EntryChange,
  type EntryRef,
  type Postponement,
} from '../../reconcile/diff.js';
import type { DiffReport } from '../../reconcile/diff-report.js';
import type { FieldChange } from '../../reconcile/field-diff.js';
import { DW, isUnapproved, kindName, revisionText, valueText, verdictText } from './words.js';

function refLine(sign: string, r: EntryRef): string {
  const unit = r.unit ? ` · ${r.unit}` : '';
  const line = `${sign} ${chalk.bold(r.id)} ${r.title === r.id ? '' : r.title}${chalk.dim(unit)}`;
  return line.endsWith(' ') ? line.replace(/ +$/, '') : line;
}

export function changeText(c: FieldChange): string {
  if (c.change === 'added') return `${c.path}: + ${valueText(c.to)}`;
  if (c.change === 'removed') return `${c.path}: − ${valueText(c.from)}`;
  return `${c.path}: ${valueText(c.from)} → ${valueText(c.to)}`;
}

/** An entry's postponements by the path of the field change they come from. */
export function postponementsByPath(c: EntryChange): Map<string, Postponement> {
  return new Map(
    c.postponements.map((p) => [p.field === 'deadline' || p.field === 'end' ? p.field : `${p.field}.due`, p]),
  );
}

export function renderDiffText(report: DiffReport): string {
  const { diff } = report;
  const out: string[] = [
    chalk.bold(DW.title({ from: revisionText(report.from), to: revisionText(report.to) })),
    '',
  ];
  if (report.problems.older)
    out.push(chalk.yellow(DW.unreadable({ which: DW.older(), n: report.problems.older })));
  if (report.problems.newer)
    out.push(chalk.yellow(DW.unreadable({ which: DW.newer(), n: report.problems.newer })));
  const s = summarize(diff);
  if (!s.added && !s.removed && !s.changed) {
    out.push(DW.none());
    return out.join('\n') + '\n';
  }
  for (const kind of DIFF_KINDS) {
    const d = diff[kind];
    if (!d.added.length && !d.removed.length && !d.changed.length) continue;
    out.push(
      chalk.bold(
        DW.kindSummary({
          kind: kindName(kind),
          added: d.added.length,
          removed: d.removed.length,
          changed: d.changed.length,
        }),
      ),
    );
    for (const r of d.added) out.push('  ' + chalk.green(refLine('+', r)));
    for (const r of d.removed) out.push('  ' + chalk.red(refLine('-', r)));
    for (const c of d.changed) {
      out.push('  ' + chalk.yellow(refLine('~', c)));
      const byField = c.postponements.length ? postponementsByPath(c) : undefined;
      for (const f of c.changes) {
        const p = byField?.get(f.path);
        const line = `      ${changeText(f)}`;
        if (!p) out.push(line);
        else out.push(`${line}  ${(isUnapproved(p) ? chalk.red.bold : chalk.green)(verdictText(p))}`);
      }
    }
    out.push('');
  }
  const line = DW.totals({ ...s });
  out.push(s.unapproved || s.removed ? chalk.red(line) : line);
  return out.join('\n') + '\n';
}
