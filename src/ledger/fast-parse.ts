// The checks every ledger text goes through before a parser sees it (merge-conflict markers and
// tab indentation, then the guard), and the fast reader alone: what a file read on the fast path
// costs, without the general parsers. parse.ts builds on it; so does the worker that reads part of
// a large file beside the main thread (aside-worker.ts), which must not load the general parsers.
import type { Finding } from '../diagnostics/types.js';
import { BAIL, fastYaml } from './fast-yaml.js';
import { guardText } from './guard.js';

type FileFinding = Omit<Finding, 'file'>;

const CONFLICT = /^(<{7}|={7}|>{7})(?: |$)/;

/** Merge-conflict markers and tab indentation, each located. */
export function prescan(text: string): FileFinding[] {
  const findings: FileFinding[] = [];
  if (
    !text.includes('<<<<<<<') &&
    !text.includes('>>>>>>>') &&
    !text.includes('=======') &&
    !text.includes('\t')
  ) {
    return findings;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = CONFLICT.exec(line);
    if (m) {
      findings.push({
        severity: 'error',
        code: 'merge-conflict',
        path: [],
        line: i + 1,
        column: 1,
        length: 7,
        params: { marker: m[1]! },
      });
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0];
    const tab = indent.indexOf('\t');
    if (tab >= 0 && indent.length < line.length && !/^\s*#/.test(line)) {
      findings.push({
        severity: 'error',
        code: 'yaml-tab',
        path: [],
        line: i + 1,
        column: tab + 1,
        length: 1,
      });
    }
  }
  return findings;
}

/**
 * The text's data when it passes the checks and the fast reader accepts it; BAIL for anything
 * else (a finding, or YAML the fast reader leaves to the general parsers).
 */
export function fastParse(text: string): unknown {
  if (prescan(text).length || guardText(text).length) return BAIL;
  return fastYaml(text);
}
