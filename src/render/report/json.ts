// The report as JSON for other tools: the same content as data, keys in snake_case like the
// other commands' JSON. Every count is {"count", "ids"}: the item ids (or `item:node`) behind it.
import type { Report } from '../../report/types.js';

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Object keys to snake_case; the `key` of comparison rows too. Values stay as they are. */
function toSnake(value: unknown, parentKey = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => toSnake(v, parentKey));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[snake(k)] = k === 'key' && parentKey === 'rows' && typeof v === 'string' ? snake(v) : toSnake(v, k);
  }
  return out;
}

export function renderReportJson(report: Report): string {
  return JSON.stringify(toSnake(report), null, 2) + '\n';
}
