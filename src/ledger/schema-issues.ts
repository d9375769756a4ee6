// Zod issues to findings: one finding per issue, with our stable codes and the parameters the
// wording needs. Zod's own English messages are never shown.
import type * as z from 'zod';
import { getLang, pick } from '../i18n/index.js';
import { allFieldKeys, fieldInfo } from '../schema/fields.js';
import type { PathSeg } from '../diagnostics/types.js';
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

function title(key: PathSeg | undefined): string {
  if (typeof key !== 'string') return pick('该项', 'the item');
  if (getLang() === 'en') return key;
  return fieldInfo(key)?.title ?? key;
}

function expectedName(expected: string | undefined, key: PathSeg | undefined): string {
  if (typeof key === 'string' && fieldInfo(key)?.date && expected === 'string')
    return pick('日期（YYYY-MM-DD）', 'a date (YYYY-MM-DD)');
  switch (expected) {
    case 'string':
      return pick('文本', 'text');
    case 'array':
      return pick('列表（每项以“- ”开头）', 'a list (items start with "- ")');
    case 'object':
      return pick('映射（字段: 值）', 'a mapping (key: value)');
    case 'number':
    case 'int':
      return pick('数字', 'a number');
    case 'boolean':
      return pick('true 或 false', 'true or false');
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

/** Why a date-shaped string is not a real date, as a sentence (or '' if it is not date-shaped). */
export function dateReason(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return pick(`没有${mo}月。`, `there is no month ${mo}. `);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && !leap ? 28 : DAYS_IN_MONTH[mo - 1]!;
  if (d < 1 || d > max) return pick(`${y}年${mo}月没有${d}日。`, `${y}-${m[2]} has no day ${d}. `);
  return '';
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
    const key = path[path.length - 1];
    const value = valueAt(root, path);
    if (value === undefined && issue.code !== 'unrecognized_keys' && path.length > base.length) {
      out.push({
        severity: 'error',
        code: 'missing-field',
        path: path.slice(0, -1),
        params: { key: String(key), title: title(key) },
      });
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const k of issue.keys ?? []) {
          const s = suggestKey(k);
          out.push({
            severity: 'error',
            code: 'unknown-key',
            path: [...path, k],
            at: 'key',
            params: { key: k, suggest: s ? pick(`，是否应为 ${s}`, `; did you mean ${s}`) : '' },
          });
        }
        break;
      case 'invalid_type':
        out.push({
          severity: 'error',
          code: 'wrong-type',
          path,
          params: { expected: expectedName(issue.expected, key) },
        });
        break;
      case 'too_small':
        if (issue.origin === 'string' || issue.origin === 'array') {
          out.push({ severity: 'error', code: 'empty-value', path, params: { title: title(key) } });
        } else {
          out.push({
            severity: 'error',
            code: 'invalid-value',
            path,
            params: { value: show(value), options: `≥ ${issue.minimum}` },
          });
        }
        break;
      case 'invalid_format':
        if (typeof value === 'string' && value.trim() === '' && issue.format === 'regex') {
          out.push({ severity: 'error', code: 'empty-value', path, params: { title: title(key) } });
        } else if (issue.format === 'date') {
          const v = show(value);
          out.push({
            severity: 'error',
            code: 'invalid-date',
            path,
            params: { value: v, reason: dateReason(v), key: String(key) },
          });
        } else if (key === 'id') {
          out.push({ severity: 'error', code: 'invalid-id', path, params: { value: show(value) } });
        } else {
          const d = typeof key === 'string' ? fieldInfo(key)?.description : undefined;
          out.push({
            severity: 'error',
            code: 'invalid-value',
            path,
            params: { value: show(value), options: d ?? '' },
          });
        }
        break;
      case 'invalid_value':
        out.push({
          severity: 'error',
          code: 'invalid-value',
          path,
          params: { value: show(value), options: (issue.values ?? []).map(String).join(', ') },
        });
        break;
      case 'invalid_union':
        out.push({
          severity: 'error',
          code: 'wrong-type',
          path,
          params: { expected: pick('文本或文本列表', 'text or a list of texts') },
        });
        break;
      default:
        out.push({
          severity: 'error',
          code: 'invalid-value',
          path,
          params: { value: show(value), options: '' },
        });
    }
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
