// `reform import` as text and JSON: every diagnostic (located at file!sheet!cell for a return),
// then per unit what was (or would be) written, like `reform diff`: notes added, nodes done,
// items completed.
import chalk from 'chalk';
import type { Diagnostic } from '../../diagnostics/types.js';
import { t } from '../../i18n/index.js';
import { diagnosticJson, diagnosticLines } from '../common/diagnostics.js';

export interface ImportUnitSummary {
  unit: string;
  month: string;
  file: string;
  notes: number;
  nodes: number;
  completed: number;
  errors: number;
  /** Written (or, in a dry run, would be). */
  accepted: boolean;
}

export interface ImportSummary {
  date: string;
  dryRun: boolean;
  partial: boolean;
  written: boolean;
  errors: number;
  warnings: number;
  files: string[];
  units: ImportUnitSummary[];
}

export function renderImportText(diags: readonly Diagnostic[], s: ImportSummary): string {
  const M = t().returns;
  const out = diagnosticLines(diags, () => undefined);
  out.push(chalk.bold(M.importTitle({ date: s.date }) + (s.dryRun ? M.importDryRun : '')));
  const total = { units: 0, notes: 0, nodes: 0, completed: 0 };
  for (const u of s.units) {
    if (!u.accepted) {
      if (u.errors)
        out.push(chalk.red(`  ✗ ${M.importSkipped({ unit: u.unit || u.file, file: u.file, n: u.errors })}`));
      continue;
    }
    total.units++;
    total.notes += u.notes;
    total.nodes += u.nodes;
    total.completed += u.completed;
    out.push(`  ${chalk.green('+')} ${M.importUnit(u)}`);
  }
  out.push(M.importTotal(total));
  if (s.written) out.push(M.importWrote({ files: s.files.join('、') }));
  else if (!s.dryRun) out.push(M.importNothing);
  if (s.errors)
    out.push(
      chalk.red(s.partial && s.written ? M.importPartial({ n: s.errors }) : M.importFailed({ n: s.errors })),
    );
  return out.join('\n') + '\n';
}

export function renderImportJson(diags: readonly Diagnostic[], s: ImportSummary): string {
  return (
    JSON.stringify({ ok: s.errors === 0, diagnostics: diags.map(diagnosticJson), summary: s }, null, 2) + '\n'
  );
}
