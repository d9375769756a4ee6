// A diagnostic is plain data. Rules and the loader produce Findings (a code, a place given as a
// file and a path inside the document, and parameters); the locator adds line and column and the
// catalogue adds the wording. Nothing here prints, colours or exits.

export type Severity = 'error' | 'warning';

export type PathSeg = string | number;

export type Code =
  // reading and YAML
  | 'file-unreadable'
  | 'not-utf8'
  | 'merge-conflict'
  | 'yaml-tab'
  | 'yaml-syntax'
  | 'yaml-duplicate-key'
  | 'yaml-alias'
  | 'yaml-anchor'
  | 'yaml-tag'
  | 'yaml-control-char'
  | 'yaml-too-deep'
  | 'too-large'
  | 'modeline-schema-missing'
  | 'modeline-schema-kind'
  // schema
  | 'unknown-key'
  | 'missing-field'
  | 'wrong-type'
  | 'empty-value'
  | 'invalid-date'
  | 'invalid-id'
  | 'invalid-value'
  // cross-ledger rules
  | 'duplicate-id'
  | 'duplicate-unit'
  | 'unknown-unit'
  | 'units-empty'
  | 'unit-alias'
  | 'not-a-group'
  | 'unknown-leader'
  | 'bands-out-of-order'
  | 'milestone-after-deadline'
  | 'done-before-start'
  | 'end-before-start'
  | 'date-in-future'
  | 'completed-without-evidence'
  | 'closed-unfinished'
  | 'pilot-term-over-max'
  | 'pilot-term-over-usual'
  | 'pilot-not-filed'
  | 'unknown-related'
  | 'verified-before-rectified'
  | 'verified-not-rectified'
  | 'unknown-reminder-item'
  // git history (check --since)
  | 'unapproved-postponement'
  | 'entry-removed'
  | 'late-record'
  // monthly returns (reform import): located at a workbook cell
  | 'return-unreadable'
  | 'return-not-a-return'
  | 'return-wrong-unit'
  | 'return-wrong-month'
  | 'return-already-imported'
  | 'return-duplicate'
  | 'return-locked-changed'
  | 'return-unknown-item'
  | 'return-not-unit-item'
  | 'return-unknown-node'
  | 'return-bad-date'
  | 'return-future-date'
  | 'return-done-before-start'
  | 'return-conflict'
  | 'return-no-evidence'
  | 'return-breaks-check'
  | 'return-write-failed';

export type Params = Record<string, string | number>;

export interface Finding {
  severity: Severity;
  code: Code;
  /** Display path of the file, relative to the working directory. */
  file: string;
  /** Path inside the document, e.g. ['tasks', 3, 'deadline']. */
  path: PathSeg[];
  /** Point at the key of the last path segment rather than its value. */
  at?: 'key' | 'value';
  params?: Params;
  /** Known position (YAML errors come with one); otherwise the locator finds it. */
  line?: number;
  column?: number;
  length?: number;
}

export interface Diagnostic {
  severity: Severity;
  code: Code;
  message: string;
  file: string;
  line: number;
  column: number;
  path: string;
  hint?: string;
  /** Length of the span to underline (text output only). */
  length?: number;
  /** A place that is not a line of a text file: a workbook cell, as 市财政局.xlsx!进展填报!F7. */
  at?: string;
}

export function formatPath(path: readonly PathSeg[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
