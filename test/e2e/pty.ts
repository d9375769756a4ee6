// The binary on a real pseudo-terminal: util-linux `script` (on every Debian image) gives the
// command a terminal of its own, so `process.stdout.isTTY` is true and `columns` is what
// `stty cols` set. Where `script` is missing the tests skip with one line.
import { execFile, execFileSync } from 'node:child_process';
import { BIN, binaryEnv } from './binary.js';
import { ROOT } from '../helpers.js';

function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const SCRIPT = hasScript();

/** True when there is no way to make a pseudo-terminal here; says so once. */
export function skipWithoutPty(what: string): boolean {
  if (SCRIPT || process.env.CI === 'true') return false;
  console.log(`skipped: ${what} (no util-linux script to make a pseudo-terminal; apt-get install bsdutils)`);
  return true;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the binary on a pseudo-terminal `cols` columns wide; its output as the terminal got it
 * (line ends \n, escape sequences kept). `env` replaces binaryEnv's colour settings when given.
 */
/** The variables by which a CI runner makes itself known to colour detection. */
const CI_VARS = [
  'CI',
  'GITHUB_ACTIONS',
  'GITEA_ACTIONS',
  'GITLAB_CI',
  'BUILDKITE',
  'CIRCLECI',
  'TRAVIS',
  'TF_BUILD',
];

export function reformInPty(
  args: string[],
  opts: { cols?: number; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<{ code: number; output: string }> {
  const env: Record<string, string | undefined> = {
    ...binaryEnv(),
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    COLUMNS: undefined,
    // a clerk's terminal: it names itself, and is no CI runner (where colour is off by default)
    TERM: 'xterm-256color',
    ...Object.fromEntries(CI_VARS.map((k) => [k, undefined])),
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const inner = `stty cols ${opts.cols ?? 120} rows 50 2>/dev/null; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
  return new Promise((resolve) => {
    execFile(
      'script',
      ['-qec', inner, '/dev/null'],
      { cwd: opts.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 64 << 20 },
      (err, stdout) =>
        resolve({
          code: err ? Number((err as { code?: number }).code ?? 1) : 0,
          output: stdout.replace(/\r\n/g, '\n'),
        }),
    );
  });
}
