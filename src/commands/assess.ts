// `reform assess --year 2026`: the year-end assessment (年终考核) from the office's rules in
// policy.yaml. Options → load and check → the approved schedule → score → one renderer → stdout
// or -o FILE. `--unit` gives that unit's reconciliation sheet (对账确认单).
import { terminalColumns } from './shared/terminal.js';
import { writeOutput } from './shared/output.js';
import { extname } from 'node:path';
import { EXIT_OK, UsageError } from '../cli/errors.js';
import { unitIndex } from '../domain/units.js';
import { t } from '../i18n/index.js';
import { officeIdentity } from '../documents/identity.js';
import type { Ledger } from '../ledger/types.js';
import { renderAssessCsv } from '../render/assess/csv.js';
import { renderAssessJson } from '../render/assess/json.js';
import { renderAssessMarkdown } from '../render/assess/markdown.js';
import { renderAssessText } from '../render/assess/text.js';
import { ruleName, type AssessReport } from '../render/assess/words.js';
import { assessLedgers } from './shared/assessed.js';
import type { AsOfOptions } from './shared/options.js';

export type AssessFormat = 'text' | 'markdown' | 'json' | 'csv' | 'xlsx' | 'docx';

export interface AssessOptions extends AsOfOptions {
  year?: string;
  unit?: string;
  format?: AssessFormat;
  output?: string;
}

const EXTENSIONS: Record<string, AssessFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.docx': 'docx',
};

/** --format, else the extension of -o, else text. */
export function resolveFormat(format: AssessFormat | undefined, output: string | undefined): AssessFormat {
  const m = t().assess;
  if (output === undefined) {
    if (format === 'xlsx' || format === 'docx') throw new UsageError(m.needOutput({ format }));
    return format ?? 'text';
  }
  const inferred = EXTENSIONS[extname(output).toLowerCase()];
  if (format !== undefined) {
    if (inferred !== undefined && inferred !== format)
      throw new UsageError(m.conflict({ format, file: output }));
    return format;
  }
  if (inferred === undefined) throw new UsageError(m.unknownExtension({ file: output }));
  return inferred;
}

function checkYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError(t().assess.badYear({ value }));
  return Number(value.trim());
}

/** The canonical name of --unit, which must be an assessed unit. */
function checkUnit(value: string | undefined, ledger: Ledger): string | undefined {
  if (value === undefined) return undefined;
  const name = unitIndex(ledger.units).get(value.trim());
  if (name === undefined) throw new UsageError(t().assess.unknownUnit({ value }));
  return name;
}

async function render(
  report: AssessReport,
  format: AssessFormat,
  columns?: number,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return renderAssessJson(report);
    case 'markdown':
      return renderAssessMarkdown(report);
    case 'csv':
      return renderAssessCsv(report);
    case 'xlsx': {
      const { renderAssessXlsx } = await import('../render/assess/xlsx.js');
      return renderAssessXlsx(report);
    }
    case 'docx': {
      const { renderAssessDocx } = await import('../render/assess/docx.js');
      return renderAssessDocx(report);
    }
    default:
      return renderAssessText(report, columns);
  }
}

export async function runAssess(
  opts: AssessOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const m = t().assess;
  const format = resolveFormat(opts.format, opts.output);
  const year = checkYear(opts.year);
  const assessed = await assessLedgers(
    {
      ledgers: opts.ledgers,
      year,
      date: opts.date,
      baseline: opts.baseline,
      ...(opts.baselineCache === false ? { baselineCache: false } : {}),
      now: opts.now,
    },
    err,
  );
  if (typeof assessed === 'number') return assessed;
  const { loaded } = assessed;
  const result = assessed.result!; // rules are required here (assessLedgers throws without them)
  const unit = checkUnit(opts.unit, loaded.ledger);
  if (unit !== undefined && !result.units.some((u) => u.name === unit))
    throw new UsageError(m.notAssessed({ unit }));
  if (assessed.scheduleNote) err.write(assessed.scheduleNote + '\n');
  if (result.notApplied.length)
    err.write(m.notApplied({ rules: result.notApplied.map(ruleName).join('、') }) + '\n');
  const report: AssessReport = {
    result,
    office: loaded.ledger.policy.office,
    identity: officeIdentity(loaded.ledger.policy, loaded.ledger.units),
  };
  if (unit !== undefined) report.unit = unit;
  const toTerminal = opts.output === undefined || opts.output === '-';
  if (
    writeOutput(opts.output, await render(report, format, toTerminal ? terminalColumns(out) : undefined), out)
  )
    err.write(m.written({ file: opts.output, date: result.asOf }) + '\n');
  return EXIT_OK;
}
