// Running the built binary (`npm test` builds it first) as a clerk would, with today fixed to the
// sample ledgers' day through REFORM_TODAY (for tests only), so no result depends on the clock.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export const BIN = join(ROOT, 'bin', 'reform.js');

/** The sample ledgers' "today". */
export const TEST_TODAY = '2026-11-20';

/** The environment of every binary run: no colour, the default language, today fixed. */
export function binaryEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    REFORM_LANG: '',
    REFORM_TODAY: TEST_TODAY,
    // tables at their full width unless a test sets a terminal width
    COLUMNS: '',
    ...extra,
  };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function reform(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: binaryEnv(options.env), encoding: 'utf8' },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
