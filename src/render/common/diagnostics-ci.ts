// Diagnostics for CI systems that read reports rather than logs: JUnit XML (one test case per
// ledger file, one failure per error) and GitLab Code Quality JSON. Paths are relative to the
// repository root, as both systems expect; the command works them out and passes them in.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../diagnostics/types.js';
import { t } from '../../i18n/index.js';

/** A diagnostic with its file given relative to the repository root. */
export type CiDiagnostic = Diagnostic & { repoPath: string };

/** XML 1.0 text: escaped markup characters, control characters other than tab/LF/CR dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function oneLine(d: CiDiagnostic): string {
  const where = d.path ? ` (${d.path})` : '';
  return `${d.repoPath}:${d.line}:${d.column}: ${d.message}${where} [${d.code}]`;
}

/**
 * JUnit XML: a test case per file (every file read, so a clean file shows as passed), a failure
 * per error; warnings go to the case's system-out, or are failures too when `strict`.
 */
export function renderJunit(
  files: readonly string[],
  diags: readonly CiDiagnostic[],
  strict: boolean,
): string {
  const byFile = new Map<string, CiDiagnostic[]>();
  for (const f of files) byFile.set(f, []);
  for (const d of diags) {
    const list = byFile.get(d.repoPath);
    if (list) list.push(d);
    else byFile.set(d.repoPath, [d]);
  }
  let failures = 0;
  const cases: string[] = [];
  for (const [file, list] of byFile) {
    const failing = list.filter((d) => d.severity === 'error' || strict);
    const warnings = list.filter((d) => d.severity === 'warning' && !strict);
    failures += failing.length;
    const body: string[] = [];
    for (const d of failing) {
      const text = d.hint ? `${oneLine(d)}\n${d.hint}` : oneLine(d);
      body.push(
        `      <failure message="${xmlEscape(`${d.line}:${d.column} ${d.message}`)}" type="${xmlEscape(d.code)}">${xmlEscape(text)}</failure>`,
      );
    }
    if (warnings.length) {
      body.push(
        `      <system-out>${xmlEscape(warnings.map((d) => `${t().checkCi.warnings}: ${oneLine(d)}`).join('\n'))}</system-out>`,
      );
    }
    const open = `    <testcase classname="reform.check" name="${xmlEscape(file)}" file="${xmlEscape(file)}"`;
    cases.push(body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`);
  }
  const attrs = `name="${xmlEscape(t().checkCi.suite)}" tests="${byFile.size}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs}>`,
    `  <testsuite ${attrs}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/**
 * GitLab Code Quality: an array of issues. The fingerprint leaves the line out so that an issue
 * moved by an edit above it is still the same issue when GitLab compares two pipelines.
 */
export function renderGitlab(diags: readonly CiDiagnostic[]): string {
  const seen = new Map<string, number>();
  const issues = diags.map((d) => {
    const base = createHash('sha256')
      .update([d.code, d.repoPath, d.path, d.message].join('\u0000'))
      .digest('hex');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const fingerprint = n === 0 ? base : createHash('sha256').update(`${base}:${n}`).digest('hex');
    return {
      description: d.path ? `${d.message} (${d.path})` : d.message,
      check_name: d.code,
      fingerprint,
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path: d.repoPath, lines: { begin: d.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
