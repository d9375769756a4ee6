// Zod issues to findings: one finding per issue, with our stable codes and the parameters the
// wording needs. Zod's own English messages are never shown.
import type * as z from 'zod';
import { allFieldKeys, fieldInfo } from '../schema/fields.js';
import type { Code, PathSeg } from '../diagnostics/types.js';
import type { FileFinding } from './parse.js';

type Issue = z.core.$ZodIssue & {
  input?: unknown;
  values?: unknown[];
  keys?: string[];
  format?: string;
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
};

/** The field's key and its title in the file format ('' for a list item). */
function named(key: PathSeg | undefined): { key: string; title: string } {
  if (typeof key !== 'string') return { key: '', title: '' };
  return { key, title: fieldInfo(key)?.title ?? key };
}

/** What a value should have been, as a kind the catalogue words (i18n diagnostic 'wrong-type'). */
function expectedKind(expected: string | undefined, key: PathSeg | undefined): string {
  if (typeof key === 'string' && fieldInfo(key)?.date && expected === 'string') return 'date';
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'list';
    case 'object':
      return 'mapping';
    case 'int':
      return 'number';
    default:
      return expected ?? '?';
  }
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return Array.isArray(value) ? '[…]' : '{…}';
  return String(value);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Why a date-shaped string is not a real date, as data for the hint: `why` is 'month' (no such
 * month), 'day' (no such day in that month) or '' (not date-shaped, or nothing more to say).
 */
export function dateReason(value: string): { why: string; year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return { why: '', year: 0, month: 0, day: 0 };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { why: 'month', year, month, day };
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  return { why: day < 1 || day > max ? 'day' : '', year, month, day };
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

export function suggestKey(key: string, candidates: readonly string[] = allFieldKeys()): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    const d = levenshtein(key, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function valueAt(root: unknown, path: readonly PathSeg[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

/** Findings for the issues of one value validated at `base` inside the document `root`. */
export function issuesToFindings(
  issues: readonly z.core.$ZodIssue[],
  base: PathSeg[],
  root: unknown,
): FileFinding[] {
  const out: FileFinding[] = [];
  for (const raw of issues) {
    const issue = raw as Issue;
    const path = [...base, ...(issue.path as PathSeg[])];
    const value = valueAt(root, path);
    if (value === undefined && issue.code !== 'unrecognized_keys' && path.length > base.length) {
      const key = path[path.length - 1];
      out.push(error('missing-field', path.slice(0, -1), { key: String(key), title: named(key).title }));
    } else out.push(...findingsOf(issue, path, value));
  }
  // one finding per place and kind ("" fails both "not empty" and "not blank")
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = `${f.code}|${f.path.join('\u0000')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function error(code: Code, path: PathSeg[], params: FileFinding['params']): FileFinding {
  return { severity: 'error', code, path, params };
}

/** The findings of one issue about the value at `path`. */
function findingsOf(issue: Issue, path: PathSeg[], value: unknown): FileFinding[] {
  const key = path[path.length - 1];
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => ({
        ...error('unknown-key', [...path, k], { key: k, suggest: suggestKey(k) ?? '' }),
        at: 'key',
      }));
    case 'invalid_type':
      return [error('wrong-type', path, { expected: expectedKind(issue.expected, key), first: '' })];
    case 'too_small':
      return [
        issue.origin === 'string' || issue.origin === 'array'
          ? error('empty-value', path, named(key))
          : error('invalid-value', path, { value: show(value), options: `≥ ${issue.minimum}` }),
      ];
    case 'invalid_format':
      return [formatFinding(issue, path, value)];
    case 'invalid_value':
      return [
        error('invalid-value', path, {
          value: show(value),
          options: (issue.values ?? []).map(String).join(', '),
        }),
      ];
    case 'invalid_union':
      return [error('wrong-type', path, { expected: 'text-or-list', first: '' })];
    default:
      return [error('invalid-value', path, { value: show(value), options: '' })];
  }
}

/** A value of the wrong form: blank, not a date, not an id, or not what the field describes. */
function formatFinding(issue: Issue, path: PathSeg[], value: unknown): FileFinding {
  const key = path[path.length - 1];
  if (typeof value === 'string' && value.trim() === '' && issue.format === 'regex')
    return error('empty-value', path, named(key));
  if (issue.format === 'date') {
    const v = show(value);
    return error('invalid-date', path, { value: v, key: String(key), ...dateReason(v) });
  }
  if (key === 'id') return error('invalid-id', path, { value: show(value) });
  const d = typeof key === 'string' ? fieldInfo(key)?.description : undefined;
  return error('invalid-value', path, { value: show(value), options: d ?? '' });
}
