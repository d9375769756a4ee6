// The programs some tests need beside Node: Chromium (HTML in a real browser) and LibreOffice
// (Word and Excel files opened as an office would). Each is found through an environment variable
// or the usual install paths. Where one is missing the tests that need it are skipped with one
// visible line saying how to run them, except under CI=true (.ci/run installs both): there they run
// and fail.
import { existsSync } from 'node:fs';

const IN_CI = process.env.CI === 'true';

/** The program named by the environment variable (when set, only there), else the first usual path. */
function find(envVar: string, paths: readonly string[]): string | undefined {
  const given = process.env[envVar];
  if (given) return existsSync(given) ? given : undefined;
  return paths.find((p) => existsSync(p));
}

export const CHROMIUM = find('REFORM_CHROMIUM', [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]);

export const SOFFICE = find('REFORM_SOFFICE', [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
]);

/** True when the browser tests are to be skipped (no browser, not in CI); says so once. */
export function skipWithoutChromium(what: string): boolean {
  if (CHROMIUM || IN_CI) return false;
  console.log(
    `skipped: ${what} (no Chromium found; install it, e.g. apt-get install chromium, or set REFORM_CHROMIUM=/path/to/chrome)`,
  );
  return true;
}

/** True when the LibreOffice tests are to be skipped (no soffice, not in CI); says so once. */
export function skipWithoutSoffice(what: string): boolean {
  if (SOFFICE || IN_CI) return false;
  console.log(
    `skipped: ${what} (LibreOffice not found; install it, e.g. apt-get install libreoffice-writer-nogui, or set REFORM_SOFFICE=/path/to/soffice)`,
  );
  return true;
}
