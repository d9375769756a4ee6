// `reform dashboard [--date D] -o FILE.html`: the leaders' one page from the same statuses as
// remind and the same assessment as `reform assess`.
import { writeOutput } from './shared/output.js';
import { UsageError, EXIT_OK } from '../cli/errors.js';
import { buildDashboard } from '../assess/dashboard.js';
import { assessAll } from '../domain/delay.js';
import { t } from '../i18n/index.js';
import { renderDashboardHtml } from '../render/dashboard/html.js';
import { assessLedgers } from './shared/assessed.js';
import type { AsOfOptions } from './shared/options.js';

export interface DashboardOptions extends AsOfOptions {
  output?: string;
}

export async function runDashboard(
  opts: DashboardOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const m = t().assess;
  if (opts.output === undefined) throw new UsageError(m.needOutput({ format: 'html' }));
  const assessed = await assessLedgers(
    {
      ledgers: opts.ledgers,
      date: opts.date,
      baseline: opts.baseline,
      ...(opts.baselineCache === false ? { baselineCache: false } : {}),
      now: opts.now,
      optional: true,
    },
    err,
  );
  if (typeof assessed === 'number') return assessed;
  const { judged, asOf, loaded } = assessed;
  if (assessed.scheduleNote) err.write(assessed.scheduleNote + '\n');
  const statuses = assessAll(judged, {
    asOf,
    policy: judged.policy,
    ...(assessed.calendar ? { calendar: assessed.calendar } : {}),
  });
  const d = buildDashboard(statuses, loaded.ledger.units, {
    asOf,
    office: loaded.ledger.policy.office,
    ...(assessed.result ? { assessment: assessed.result } : {}),
  });
  if (writeOutput(opts.output, renderDashboardHtml(d), out))
    out.write(m.written({ file: opts.output, date: asOf }) + '\n');
  return EXIT_OK;
}
