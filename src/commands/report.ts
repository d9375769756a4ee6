// `reform report`: the quarterly supervision report (季度督察报告) from the ledgers.
// Options → load and check → period and scope → report data → one renderer → stdout or -o FILE.
import { extname } from 'node:path';
import { openLedgers } from './shared/open.js';
import { atomicWrite } from '../ledger/atomic-write.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli/errors.js';
import { messages } from '../i18n/index.js';
import { buildReport } from '../report/build.js';
import { dateArg, quarterArg, resolvePeriod } from '../report/period.js';
import { resolveScope } from '../report/scope.js';
import type { Report } from '../report/types.js';
import { renderReportCsv } from '../render/report/csv.js';
import { renderReportHtml } from '../render/report/html.js';
import { renderReportJson } from '../render/report/json.js';
import { renderReportMarkdown } from '../render/report/markdown.js';

const M = messages({
  brokenLedgers: {
    zh: '台账未通过 reform check（{n} 个错误），不据此生成报告；请先运行 reform check 查看详情并修正',
    en: 'the ledgers fail reform check ({n} errors); no report is written from them: run reform check for details',
  },
  unknownExtension: {
    zh: '无法从文件名 {file} 判断输出格式：请使用 .md、.html、.json 或 .csv 扩展名，或用 --format 指定',
    en: 'cannot tell the format from {file}: use .md, .html, .json or .csv, or give --format',
  },
  conflict: {
    zh: '--format {format} 与输出文件 {file} 的扩展名不一致',
    en: '--format {format} does not match the extension of {file}',
  },
  cannotWrite: { zh: '无法写入 {file}：{reason}', en: 'cannot write {file}: {reason}' },
  written: {
    zh: '已写入 {file}（{label}，数据截至 {date}）',
    en: 'wrote {file} ({label}, figures as of {date})',
  },
});

export type ReportFormat = 'markdown' | 'html' | 'json' | 'csv';

export interface ReportCommandOptions {
  ledgers: string;
  quarter?: string;
  date?: string;
  format?: ReportFormat;
  output?: string;
  unit?: string;
  group?: string;
  /** For tests: the clock that decides today. */
  now?: Date;
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

const RENDERERS: Record<ReportFormat, (r: Report) => string> = {
  markdown: renderReportMarkdown,
  html: renderReportHtml,
  json: renderReportJson,
  csv: renderReportCsv,
};

export async function runReport(
  opts: ReportCommandOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const format = resolveFormat(opts.format, opts.output);
  // Bad values are reported before the ledgers are read; the quarter itself needs today.
  if (opts.quarter !== undefined) quarterArg(opts.quarter);
  if (opts.date !== undefined) dateArg(opts.date);

  const opened = openLedgers(opts.ledgers, { now: opts.now, parse: opts.parse });
  if (opened.errors > 0) {
    err.write(M.brokenLedgers({ n: opened.errors }) + '\n');
    return EXIT_FINDINGS;
  }
  const ledger = opened.loaded.ledger;
  const period = resolvePeriod({ quarter: opts.quarter, date: opts.date, today: opened.today });
  const scope = resolveScope(ledger, { unit: opts.unit, group: opts.group });
  const report = buildReport(ledger, { period, scope });
  const content = RENDERERS[format](report);

  if (opts.output === undefined) {
    out.write(content);
    return EXIT_OK;
  }
  try {
    atomicWrite(opts.output, content);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError(M.cannotWrite({ file: opts.output, reason }));
  }
  out.write(M.written({ file: opts.output, label: period.label, date: period.asOf }) + '\n');
  return EXIT_OK;
}
