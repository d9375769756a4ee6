// The hand-made report fixture (test/fixtures/report), loaded and checked.
import { fileURLToPath } from 'node:url';
import { openLedgers } from '../../src/commands/shared/open.js';
import type { Ledger } from '../../src/ledger/types.js';
import { buildReport } from '../../src/report/build.js';
import { resolvePeriod } from '../../src/report/period.js';
import type { Scope } from '../../src/report/scope.js';
import type { Report } from '../../src/report/types.js';

export const FIXTURE = fileURLToPath(new URL('../fixtures/report', import.meta.url));
/** The fixture's "today": after every date in it. */
export const NOW = new Date('2026-11-20T04:00:00Z');

export function fixtureLedger(): Ledger {
  const opened = openLedgers(FIXTURE, { now: NOW });
  if (opened.errors)
    throw new Error(`fixture fails check: ${opened.diagnostics.map((d) => d.code).join(', ')}`);
  return opened.loaded.ledger;
}

export function reportOf(
  ledger: Ledger,
  quarter: string,
  opts: { date?: string; scope?: Scope } = {},
): Report {
  return buildReport(ledger, {
    period: resolvePeriod({ quarter, date: opts.date, today: '2026-11-20' }),
    scope: opts.scope,
  });
}
