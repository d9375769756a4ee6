// Diagnostics as text (hledger's layout: location, source line, caret, hint), JSON, or GitHub
// workflow annotations.
import chalk from 'chalk';
import { messagesOf, pick } from '../../i18n/index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { displayWidth } from './width.js';
import { visible } from '../../i18n/visible.js';

const M = messagesOf('diagnosticsText');

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
  entries: number;
}

export type SourceLine = (file: string, line: number) => string | undefined;

/** Each diagnostic as lines: location, message, source line with a caret, hint; a blank line after. */
export function diagnosticLines(diags: readonly Diagnostic[], sourceLine: SourceLine): string[] {
  const out: string[] = [];
  for (const d of diags) {
    const label = d.severity === 'error' ? chalk.red.bold(M.error()) : chalk.yellow.bold(M.warning());
    const path = d.path ? ` (${d.path})` : '';
    out.push(
      `${label}: ${chalk.bold(visible(d.at ?? `${d.file}:${d.line}:${d.column}`))}: ${d.message}${chalk.dim(path)} ${chalk.dim(`[${d.code}]`)}`,
    );
    const full = d.at ? undefined : sourceLine(d.file, d.line);
    if (full !== undefined) {
      const [text, column] = window(full, d.column);
      const num = String(d.line);
      const pad = ' '.repeat(num.length);
      const prev = d.line > 1 ? sourceLine(d.file, d.line - 1) : undefined;
      if (prev?.trim()) out.push(chalk.dim(`${pad} | ${visible(prev)}`));
      out.push(`${chalk.dim(`${num} |`)} ${visible(text)}`);
      const before = displayWidth(visible(text.slice(0, Math.max(0, column - 1))));
      const span = Math.max(
        1,
        displayWidth(visible(text.slice(column - 1, column - 1 + Math.min(d.length ?? 1, 80)))),
      );
      const caret = (d.severity === 'error' ? chalk.red : chalk.yellow)('^'.repeat(span));
      out.push(`${chalk.dim(`${pad} |`)} ${' '.repeat(before)}${caret}`);
    }
    if (d.hint) out.push(chalk.cyan(d.hint));
    out.push('');
  }
  return out;
}

export function renderText(
  diags: readonly Diagnostic[],
  summary: Summary,
  sourceLine: SourceLine,
  failed: boolean,
): string {
  const out = diagnosticLines(diags, sourceLine);
  const line = M.summary({ ...summary });
  const sep = pick('', ' ');
  out.push(failed ? `${chalk.red(M.failed())}${sep}${line}` : `${chalk.green(M.ok())}${sep}${line}`);
  return out.join('\n') + '\n';
}

/** A long source line cut to a window around the column; returns the text and the new column. */
function window(line: string, column: number): [string, number] {
  const MAX = 120;
  if (line.length <= MAX) return [line, column];
  const start = Math.max(0, column - 1 - 40);
  const text =
    (start > 0 ? '…' : '') + line.slice(start, start + MAX) + (start + MAX < line.length ? '…' : '');
  return [text, column - start + (start > 0 ? 1 : 0)];
}

export function renderJson(diags: readonly Diagnostic[], summary: Summary, ok: boolean): string {
  return (
    JSON.stringify(
      {
        ok,
        diagnostics: diags.map(diagnosticJson),
        summary,
      },
      null,
      2,
    ) + '\n'
  );
}

/** One diagnostic as JSON data: the shape every command's --format json shares. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    path: d.path,
    ...(d.at ? { at: d.at } : {}),
    ...(d.hint ? { hint: d.hint } : {}),
  };
}

/** GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub workflow annotations, one line per diagnostic; `repoPath` gives each file relative to
 * the repository root (GitHub places an annotation only there). The readable list follows them
 * (renderText): GitHub shows at most 10 error and 10 warning annotations per step.
 */
export function renderGithubAnnotations(
  diags: readonly Diagnostic[],
  repoPath: (file: string) => string,
): string {
  const lines = diags.map((d) => {
    const props = `file=${escapeProperty(repoPath(d.file))},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}`;
    const msg = d.hint ? `${d.message}\n${d.hint}` : d.message;
    return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(msg)}`;
  });
  return lines.join('\n') + (lines.length ? '\n' : '');
}
