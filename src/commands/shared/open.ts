// Load and validate a ledger folder in one step: what every command starts with.
// It lives with the commands, not in ledger/, because it runs the checks (which build on ledger/)
// and reads today.
import { finalize } from '../../diagnostics/finalize.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { runChecks } from '../../checks/index.js';
import { loadLedgers, type Loaded, type LoadOptions } from '../../ledger/load.js';
import { usageErrorsSync } from './errors.js';
import { modelineFindings } from '../../ledger/modeline.js';
import { todayFor } from './today.js';
import { t } from '../../i18n/index.js';
import type { Zh } from '../../i18n/zh/index.js';
import { EXIT_FINDINGS } from '../../cli/errors.js';

export interface Opened {
  loaded: Loaded;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** Today in the policy's time zone. */
  today: string;
}

/** Ledgers that fail reform check make nothing: one line saying so, and exit 1. */
export function refuseBroken(
  opened: Opened,
  dir: string,
  use: Parameters<Zh['load']['brokenLedger']>[0]['use'],
  err: NodeJS.WritableStream,
): number {
  err.write(`${t().load.brokenLedger({ n: opened.errors, dir, use })}\n`);
  return EXIT_FINDINGS;
}

export function openLedgers(dir: string, options: LoadOptions & { now?: Date } = {}): Opened {
  const loaded = usageErrorsSync(() => loadLedgers(dir, options));
  const today = todayFor(loaded.ledger.policy.timezone, options.now);
  const findings = [
    ...loaded.findings,
    ...modelineFindings(loaded.files, (f) => loaded.modelines(f)),
    ...runChecks(loaded, today),
  ];
  const diagnostics = finalize(findings, loaded.locator);
  loaded.savePositions();
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { loaded, diagnostics, errors, warnings: diagnostics.length - errors, today };
}
