// `reform reconcile` in the terminal: the period and baseline, the overall figures, each unit's
// account (worst first), then the items by result, the changes since the baseline, the items
// added, and what --close / --carry-over wrote.
import chalk from 'chalk';
import { CLASS_ORDER, type ItemClass, type ReconItem, type UnitAccount } from '../../reconcile/reconcile.js';
import type { ReconcileReport } from '../../reconcile/reconcile-report.js';
import type { CloseOutResult } from '../../reconcile/close.js';
import { fitTable } from '../common/table.js';
import { isUnapproved, kindName, verdictText } from '../diff/words.js';
import { RW } from './words.js';
import * as words from './words.js';

const CLASS_STYLE: Record<ItemClass, (s: string) => string> = {
  removed: chalk.red.bold,
  behind: chalk.red,
  'done-no-evidence': chalk.yellow,
  'not-due': chalk.cyan,
  done: chalk.green,
  suspended: chalk.dim,
  withdrawn: chalk.dim,
};

/** Aligned columns (display width, so Chinese lines up); the first column left (cut to fit), the rest right. */
export function alignedTable(rows: string[][], indent = '  ', columns?: number): string[] {
  const cells = rows.map((r) => r.map((text, i) => ({ text, right: i > 0 })));
  return fitTable(cells, { indent, columns, shrink: [{ col: 0, min: 8 }] }).map((l) => l[0]!);
}

function unitRows(units: readonly UnitAccount[]): string[][] {
  return [words.unitHead(), ...units.map(words.unitCells)];
}

function itemLine(it: ReconItem): string {
  const note = words.itemNote(it);
  return `  ${chalk.bold(it.id)} ${it.title}${chalk.dim(` · ${it.unit}`)}${note ? `  ${note}` : ''}`;
}

export function closeOutLines(res: CloseOutResult | undefined): string[] {
  if (!res) return [];
  const out = [chalk.bold(`${RW.closeTitle()}${res.dryRun ? RW.dryRun() : ''}`)];
  const inserted = res.files.reduce((n, f) => n + f.inserted.length, 0);
  const skipped = res.files.reduce((n, f) => n + f.skipped.length, 0);
  if (!inserted && !res.files.some((f) => f.error)) out.push(`  ${RW.closeNothing()}`);
  for (const f of res.files) {
    if (f.error) {
      out.push(chalk.red(`  ${RW.fileFailed({ file: f.file, reason: f.error })}`));
      continue;
    }
    if (!f.inserted.length) continue;
    out.push(`  ${res.dryRun ? RW.fileWould({ file: f.file }) : RW.fileWritten({ file: f.file })}`);
    for (const x of f.inserted) {
      out.push(`    ${RW.insertAfter({ line: x.line, id: x.id })}`);
      for (const l of x.text.replace(/\r?\n$/, '').split(/\r?\n/))
        if (l.trim()) out.push(chalk.green(`      + ${l.trimEnd()}`));
    }
  }
  if (skipped) out.push(`  ${RW.alreadyThere({ n: skipped })}`);
  out.push(`  ${RW.closeSummary({ closed: res.closed, carried: res.carried })}`);
  return out;
}

/** `columns`: the terminal's width, when known (the unit table is fitted to it). */
export function renderReconcileText(report: ReconcileReport, columns?: number): string {
  const r = report.reconciliation;
  const out: string[] = words.headerLines(report).map((l, i) => (i === 0 ? chalk.bold(l) : l));
  out.push('', words.overallText(report), '');
  out.push(chalk.bold(RW.units()));
  out.push(...(r.units.length ? alignedTable(unitRows(r.units), '  ', columns) : [`  ${RW.none()}`]), '');
  for (const c of CLASS_ORDER) {
    const items = r.items.filter((it) => it.class === c);
    if (!items.length) continue;
    out.push(CLASS_STYLE[c](chalk.bold(words.counted(words.className(c), items.length))));
    for (const it of items) out.push(itemLine(it));
    out.push('');
  }
  const { items: changed, progressOnly } = words.substantiveChanges(r.items);
  if (changed.length || progressOnly) {
    out.push(chalk.bold(words.counted(RW.changed(), changed.length)));
    for (const it of changed) {
      out.push(`  ${chalk.bold(it.id)} ${it.title}${chalk.dim(` · ${it.unit}`)}`);
      for (const { text, postponement: p } of words.changeLines(it)) {
        out.push(
          `      ${text}${p ? `  ${(isUnapproved(p) ? chalk.red.bold : chalk.green)(verdictText(p))}` : ''}`,
        );
      }
    }
    if (progressOnly) out.push(`  ${RW.progressOnly({ n: progressOnly })}`);
    out.push('');
  }
  if (r.added.length) {
    out.push(chalk.bold(words.counted(RW.added(), r.added.length)));
    for (const a of r.added) {
      out.push(
        `  ${chalk.bold(a.id)} ${a.title}${chalk.dim(` · ${kindName(a.kind)} · ${a.unit}`)}${a.inPeriod ? `  ${RW.addedInPeriod()}` : ''}`,
      );
    }
    out.push('');
  }
  out.push(...closeOutLines(report.closeOut));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
