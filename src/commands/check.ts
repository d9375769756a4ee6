// `reform check`: load, validate, run every rule, print every finding; exit 1 on errors.
import { openLedgers } from './shared/open.js';
import { finalize } from '../diagnostics/finalize.js';
import { renderGithub, renderJson, renderText, type Summary } from '../render/common/diagnostics.js';
import { EXIT_FINDINGS, EXIT_OK } from '../cli/errors.js';

export interface CheckOptions {
  ledgers: string;
  format: 'text' | 'json' | 'github';
  strict?: boolean;
  /** For tests: the parse path to force. */
  parse?: 'auto' | 'full';
  /** A git revision: unapproved postponements and deleted entries since it are errors too. */
  since?: string;
  /** For tests: the clock. */
  now?: Date;
}

export async function runCheck(
  opts: CheckOptions,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  // --since: a revision git cannot give stops here, before any work
  const since =
    opts.since === undefined
      ? undefined
      : await (await import('../reconcile/since.js')).startSince(opts.ledgers, opts.since);
  let opened: ReturnType<typeof openLedgers>;
  try {
    opened = openLedgers(opts.ledgers, { parse: opts.parse, now: opts.now });
  } catch (err) {
    since?.cancel();
    throw err;
  }
  const { loaded } = opened;
  const diagnostics = [...opened.diagnostics];
  if (since) {
    const found = await since.findings(loaded, opened.today);
    diagnostics.push(...finalize(found, loaded.locator));
    diagnostics.sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
    );
  }
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  const summary: Summary = {
    errors,
    warnings: diagnostics.length - errors,
    files: loaded.files.length,
    entries: loaded.entries,
  };
  const failed = errors > 0 || (!!opts.strict && summary.warnings > 0);
  const sourceLine = (file: string, line: number) => loaded.locator(file)?.lineText(line);
  const text =
    opts.format === 'json'
      ? renderJson(diagnostics, summary, !failed)
      : opts.format === 'github'
        ? renderGithub(diagnostics, summary, sourceLine, failed)
        : renderText(diagnostics, summary, sourceLine, failed);
  out.write(text);
  return failed ? EXIT_FINDINGS : EXIT_OK;
}
