// `reform calendar [--unit NAME] [-o FILE.ics]`: every open node as an all-day event with an
// alarm prewarn_days before it, for phones and Outlook to subscribe to or import.
import { writeOutput } from './shared/output.js';
import { refuseBroken } from './shared/open.js';
import { usageErrorsSync } from './shared/errors.js';
import { openLedgers } from './shared/open.js';
import { EXIT_OK } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { nodeEvents } from '../calendar/events.js';
import { renderIcs } from '../render/calendar/ics.js';
import { resolveScope } from '../report/scope.js';
import { dateArg } from '../report/period.js';
import { scheduleOf } from './shared/assess.js';
import type { AsOfOptions } from './shared/options.js';

export interface CalendarCommandOptions extends AsOfOptions {
  unit?: string;
  output?: string;
}

export async function runCalendar(
  opts: CalendarCommandOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  if (opts.date !== undefined) usageErrorsSync(() => dateArg(opts.date!));
  const opened = openLedgers(opts.ledgers, { now: opts.now });
  if (opened.errors > 0) return refuseBroken(opened, opts.ledgers, 'calendar', err);
  const ledger = opened.loaded.ledger;
  const asOf = opts.date ?? opened.today;
  const scope = usageErrorsSync(() => resolveScope(ledger, { unit: opts.unit }));
  // the dates remind warns about: the approved schedule (an unapproved postponement keeps its old date)
  const schedule = await scheduleOf(opts, opened, asOf);
  const events = nodeEvents(schedule.ledger, { asOf, unit: scope.unit });
  const text = renderIcs(events, { office: ledger.policy.office, unit: scope.unit, asOf });
  if (writeOutput(opts.output, text, out))
    out.write(`${t().calendar.written({ file: opts.output, n: events.length, date: asOf })}\n`);
  return EXIT_OK;
}
