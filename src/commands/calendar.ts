// `reform calendar [--unit NAME] [-o FILE.ics]`: every open node as an all-day event with an
// alarm prewarn_days before it, for phones and Outlook to subscribe to or import.
import { openLedgers } from '../ledger/open.js';
import { atomicWrite } from '../ledger/atomic-write.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli/errors.js';
import { messages } from '../i18n/index.js';
import { nodeEvents } from '../calendar/events.js';
import { renderIcs } from '../render/calendar-ics.js';
import { resolveScope } from '../report/scope.js';
import { dateArg } from '../report/period.js';

const M = messages({
  broken: {
    zh: '台账有 {n} 个错误，请先运行 reform check 修正',
    en: 'the ledgers have {n} errors; run reform check and fix them first',
  },
  written: {
    zh: '已写入 {file}：{n} 个未完成节点（截至 {date}）',
    en: 'wrote {file}: {n} open nodes (as of {date})',
  },
  cannotWrite: { zh: '无法写入 {file}：{reason}', en: 'cannot write {file}: {reason}' },
});

export interface CalendarCommandOptions {
  ledgers: string;
  unit?: string;
  output?: string;
  date?: string;
  /** For tests: the clock. */
  now?: Date;
}

export async function runCalendar(
  opts: CalendarCommandOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  if (opts.date !== undefined) dateArg(opts.date);
  const opened = openLedgers(opts.ledgers, { now: opts.now });
  if (opened.errors > 0) {
    err.write(`${M.broken({ n: opened.errors })}\n`);
    return EXIT_FINDINGS;
  }
  const ledger = opened.loaded.ledger;
  const asOf = opts.date ?? opened.today;
  const scope = resolveScope(ledger, { unit: opts.unit });
  const events = nodeEvents(ledger, { asOf, unit: scope.unit });
  const text = renderIcs(events, { office: ledger.policy.office, unit: scope.unit, asOf });
  if (opts.output === undefined || opts.output === '-') {
    out.write(text);
    return EXIT_OK;
  }
  try {
    atomicWrite(opts.output, text);
  } catch (e) {
    throw new UsageError(
      M.cannotWrite({ file: opts.output, reason: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
  }
  out.write(`${M.written({ file: opts.output, n: events.length, date: asOf })}\n`);
  return EXIT_OK;
}
