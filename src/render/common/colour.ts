// Whether the terminal output is coloured. chalk decides from the terminal and FORCE_COLOR, but
// does not read NO_COLOR (https://no-color.org): any non-empty NO_COLOR turns colour off, and a
// non-empty FORCE_COLOR wins over it (FORCE_COLOR=0 or false: off; 1, 2, 3 or true: on).
import chalk from 'chalk';

type Env = Record<string, string | undefined>;

/** The colour level for this environment; `detected` is what the terminal supports. */
export function colourLevel(env: Env, detected: 0 | 1 | 2 | 3, isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const n = Number.parseInt(force, 10);
    if (n === 1 || n === 2 || n === 3) return n;
    return detected > 0 ? detected : 1;
  }
  if (env.NO_COLOR) return 0;
  // an empty FORCE_COLOR is no request (chalk would take it as "force")
  if (force === '' && !isTTY) return 0;
  return detected;
}

/** Sets the colour of every renderer for this run, from the environment and the output stream. */
export function applyColourEnv(env: Env = process.env, out: { isTTY?: boolean } = process.stdout): void {
  chalk.level = colourLevel(env, chalk.level, !!out.isTTY);
}
