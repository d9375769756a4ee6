// `reform report`: the quarterly supervision report (季度督察报告) from the ledgers.
// Options → load and check → period and scope → report data → one renderer → stdout or -o FILE.
import { writeOutput } from './shared/output.js';
import { refuseBroken } from './shared/open.js';
import { extname } from 'node:path';
import { openLedgers } from './shared/open.js';
import { EXIT_OK, UsageError } from '../cli/errors.js';
import { messagesOf } from '../i18n/index.js';
import { buildReport } from '../report/build.js';
import { dateArg, quarterArg, resolvePeriod } from '../report/period.js';
import { resolveScope } from '../report/scope.js';
import { usageErrorsSync } from './shared/errors.js';
import type { Report } from '../report/types.js';
import { scheduleOf } from './shared/assess.js';
import { scheduleSummary } from '../domain/reminders.js';
import { addressing, officeIdentity } from '../documents/identity.js';
import type { AsOfOptions } from './shared/options.js';

const M = messagesOf('reportCommand');

export type ReportFormat = 'markdown' | 'html' | 'json' | 'csv' | 'docx';

export interface ReportCommandOptions extends AsOfOptions {
  quarter?: string;
  format?: ReportFormat;
  output?: string;
  unit?: string;
  group?: string;
  /** For tests: the parse path to force (both must give the same result). */
  parse?: 'auto' | 'full';
}

const EXTENSIONS: Record<string, ReportFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.csv': 'csv',
  '.docx': 'docx',
};

/** --format, else the extension of -o, else markdown. */
export function resolveFormat(format: ReportFormat | undefined, output: string | undefined): ReportFormat {
  if (output === undefined) return format ?? 'markdown';
  const inferred = EXTENSIONS[extname(output).toLowerCase()];
  if (format !== undefined) {
    if (inferred !== undefined && inferred !== format)
      throw new UsageError(M.conflict({ format, file: output }));
    return format;
  }
  if (inferred === undefined) throw new UsageError(M.unknownExtension({ file: output }));
  return inferred;
}

/** The renderer of each text format, loaded when it is asked for (the docx writer alone is large; issue 12). */
const RENDERERS: Record<Exclude<ReportFormat, 'docx'>, () => Promise<(r: Report) => string>> = {
  markdown: async () => (await import('../render/report/markdown.js')).renderReportMarkdown,
  html: async () => (await import('../render/report/html.js')).renderReportHtml,
  json: async () => (await import('../render/report/json.js')).renderReportJson,
  csv: async () => (await import('../render/report/csv.js')).renderReportCsv,
};

export async function runReport(
  opts: ReportCommandOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const format = resolveFormat(opts.format, opts.output);
  if (format === 'docx' && opts.output === undefined)
    throw new UsageError(messagesOf('notices').docxNeedsOutput());
  // Bad values are reported before the ledgers are read; the quarter itself needs today.
  usageErrorsSync(() => {
    if (opts.quarter !== undefined) quarterArg(opts.quarter);
    if (opts.date !== undefined) dateArg(opts.date);
  });

  const opened = openLedgers(opts.ledgers, { now: opts.now, parse: opts.parse });
  if (opened.errors > 0) return refuseBroken(opened, opts.ledgers, 'report', err);
  const ledger = opened.loaded.ledger;
  const { period, scope } = usageErrorsSync(() => ({
    period: resolvePeriod({ quarter: opts.quarter, date: opts.date, today: opened.today }),
    scope: resolveScope(ledger, { unit: opts.unit, group: opts.group }),
  }));
  const schedule = await scheduleOf(opts, opened, period.asOf);
  const report = buildReport(schedule.ledger, { period, scope });
  report.schedule = {
    summary: scheduleSummary(schedule),
    nodes: schedule.differing.map((n) => {
      const row = {
        ledger: n.ledger,
        item: n.item,
        node: n.node,
        approved: n.approved,
        deleted: n.written === undefined,
      };
      return n.written === undefined ? row : { ...row, written: n.written };
    }),
  };
  if (report.holidayData) {
    const { uncovered, from, to } = report.holidayData;
    err.write(messagesOf('remind').uncovered({ years: uncovered.join('、'), from, to }) + '\n');
  }
  let content: string | Buffer;
  if (format === 'docx') {
    const unit = report.scope.unit ? ledger.units.find((u) => u.name === report.scope.unit) : undefined;
    const to = report.scope.unit ? addressing(unit, report.scope.unit).addressee : undefined;
    const { renderReportDocx } = await import('../render/report/docx.js');
    content = await renderReportDocx(report, officeIdentity(ledger.policy, ledger.units), to);
  } else content = (await RENDERERS[format]())(report);

  if (writeOutput(opts.output, content, out))
    out.write(M.written({ file: opts.output, label: period.label, date: period.asOf }) + '\n');
  return EXIT_OK;
}
