// `reform assess --year 2026`: the year-end assessment (年终考核) from the office's rules in
// policy.yaml. Options → load and check → the approved schedule → score → one renderer → stdout
// or -o FILE. `--unit` gives that unit's reconciliation sheet (对账确认单).
import { extname } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli/errors.js';
import { assessYear } from '../assess/score.js';
import type { AssessmentResult } from '../assess/types.js';
import { isValidDate } from '../domain/dates.js';
import { calendarFor } from '../domain/delay.js';
import { unitIndex } from '../domain/units.js';
import { t } from '../i18n/index.js';
import { atomicWrite } from '../ledger/atomic-write.js';
import type { Ledger } from '../ledger/types.js';
import type { Loaded } from '../ledger/load.js';
import { renderAssessCsv } from '../render/assess/csv.js';
import { renderAssessJson } from '../render/assess/json.js';
import { renderAssessMarkdown } from '../render/assess/markdown.js';
import { renderAssessText } from '../render/assess/text.js';
import { ruleName, type AssessReport } from '../render/assess/words.js';
import { openLedgers } from './shared/open.js';
import { loadSchedule } from '../reconcile/schedule-load.js';
import { scheduleInputs } from '../assess/schedule.js';

export type AssessFormat = 'text' | 'markdown' | 'json' | 'csv' | 'xlsx' | 'docx';

export interface AssessOptions {
  ledgers: string;
  year?: string;
  date?: string;
  unit?: string;
  format?: AssessFormat;
  output?: string;
  /** --baseline REV (a string), or false for --no-baseline (dates as written). */
  baseline?: string | boolean;
  /** For tests: false keeps the baseline cache out of .git. */
  baselineCache?: boolean;
  /** For tests: the clock. */
  now?: Date;
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

export interface Assessed {
  result: AssessmentResult;
  loaded: Loaded;
  today: string;
  baseline?: string;
  /** Why dates were taken as written (no git, no baseline, --no-baseline). */
  scheduleNote?: string;
}

/**
 * Loads, checks and scores: what `assess` and `dashboard` share. Returns a number (the exit code)
 * when the ledgers fail the check.
 */
export async function assessLedgers(
  opts: {
    ledgers: string;
    year?: number;
    date?: string;
    baseline?: string | boolean;
    baselineCache?: boolean;
    now?: Date;
  },
  err: NodeJS.WritableStream,
): Promise<Assessed | number> {
  const m = t().assess;
  if (opts.date !== undefined && !isValidDate(opts.date))
    throw new UsageError(m.badDate({ value: opts.date }));
  const opened = openLedgers(opts.ledgers, { now: opts.now });
  if (opened.errors > 0) {
    err.write(m.brokenLedger({ n: opened.errors }) + '\n');
    return EXIT_FINDINGS;
  }
  const { ledger } = opened.loaded;
  if (!ledger.policy.assessment) throw new UsageError(m.noRules);
  const today = opened.today;
  const year = opts.year ?? Number((opts.date ?? today).slice(0, 4));
  if (opts.date !== undefined && Number(opts.date.slice(0, 4)) !== year)
    throw new UsageError(m.dateOutside({ date: opts.date, year }));
  if (`${year}-01-01` > today && opts.date === undefined) throw new UsageError(m.futureYear({ year, today }));
  const yearEnd = `${year}-12-31`;
  const asOf = opts.date ?? (today < yearEnd ? today : yearEnd);
  const schedule = await loadSchedule({
    dir: opts.ledgers,
    current: opened.loaded,
    asOf,
    today,
    baseline: typeof opts.baseline === 'string' ? opts.baseline : undefined,
    useBaseline: opts.baseline !== false,
    ...(opts.baselineCache === false ? { cache: false } : {}),
  });
  const inputs = scheduleInputs(schedule, asOf, ledger.units);
  const calendar = ledger.policy.day_count === 'workdays' ? calendarFor(ledger.policy) : undefined;
  // judged on the schedule's ledger, as remind, report and reconcile judge
  const result = assessYear(schedule.ledger, {
    year,
    asOf,
    ...(inputs ? { schedule: inputs } : {}),
    ...(calendar ? { calendar } : {}),
  });
  const out: Assessed = { result, loaded: opened.loaded, today };
  if (schedule.basis === 'written') {
    const r = t().remind;
    out.scheduleNote =
      schedule.reason === 'no-git'
        ? r.scheduleNoGit
        : schedule.reason === 'off'
          ? r.scheduleOff
          : r.scheduleNoBaseline({
              rev: typeof opts.baseline === 'string' ? opts.baseline : `baseline/${year}`,
            });
  }
  if (schedule.baseline) out.baseline = schedule.baseline.rev;
  return out;
}

async function render(report: AssessReport, format: AssessFormat): Promise<string | Uint8Array> {
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
      return renderAssessText(report);
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
  const { result, loaded } = assessed;
  const unit = checkUnit(opts.unit, loaded.ledger);
  if (unit !== undefined && !result.units.some((u) => u.name === unit))
    throw new UsageError(m.notAssessed({ unit }));
  if (assessed.scheduleNote) err.write(assessed.scheduleNote + '\n');
  if (result.notApplied.length)
    err.write(m.notApplied({ rules: result.notApplied.map(ruleName).join('、') }) + '\n');
  const report: AssessReport = { result, office: loaded.ledger.policy.office };
  if (unit !== undefined) report.unit = unit;
  const content = await render(report, format);
  if (opts.output === undefined) {
    out.write(content);
    return EXIT_OK;
  }
  try {
    atomicWrite(opts.output, content);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError(m.cannotWrite({ file: opts.output, reason }));
  }
  err.write(m.written({ file: opts.output, date: result.asOf }) + '\n');
  return EXIT_OK;
}
