// Findings to diagnostics: position, wording, order.
import type { Locator } from '../ledger/locate.js';
import { diagnosticHint, diagnosticMessage } from './messages.js';
import { formatPath, type Diagnostic, type Finding, type Params } from './types.js';
import { visible } from '../i18n/visible.js';

/** Parameters shown on one line: a newline or ESC in a ledger value is written as an escape. */
function visibleParams(params: Params): Params {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? visible(v) : v]),
  );
}

export function finalize(
  findings: readonly Finding[],
  locator: (file: string) => Locator | undefined,
): Diagnostic[] {
  const out = findings.map((f): Diagnostic => {
    let line = f.line;
    let column = f.column;
    let length = f.length;
    if (line === undefined) {
      const loc = locator(f.file);
      const pos = loc ? loc.locate(f.path, f.at) : { line: 1, column: 1, length: 1 };
      line = pos.line;
      column = pos.column;
      length = pos.length;
    }
    const params = visibleParams(f.params ?? {});
    const d: Diagnostic = {
      severity: f.severity,
      code: f.code,
      message: diagnosticMessage(f.code, params),
      file: f.file,
      line,
      column: column ?? 1,
      path: visible(formatPath(f.path)),
      length: length ?? 1,
    };
    const hint = diagnosticHint(f.code, params);
    if (hint) d.hint = hint;
    return d;
  });
  return out.sort(compareDiagnostics);
}

/** The order diagnostics are shown in: by file, line, column and code (a stable sort keeps the rest). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
