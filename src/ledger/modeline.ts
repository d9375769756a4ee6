// The `# yaml-language-server: $schema=…` modelines of the ledger files. A modeline that leads
// nowhere (a file copied into a folder layout keeps `../schemas/…`, which now points inside
// ledgers/) silently switches the editor's checks off; `reform check` says so.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../diagnostics/types.js';
import type { SourceInfo } from './types.js';

export interface Modeline {
  /** The schema reference as written. */
  schema: string;
  line: number;
  column: number;
}

const LINE = /^[ \t]*#[ \t]*yaml-language-server[ \t]*:.*?\$schema=(\S+)/;

/** The modelines of a text (pure). Searches with indexOf, so a large file costs little. */
export function findModelines(text: string): Modeline[] {
  const out: Modeline[] = [];
  let line = 1;
  let counted = 0; // offset up to which newlines are counted into `line`
  let at = text.indexOf('yaml-language-server');
  while (at >= 0) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const m = LINE.exec(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
    if (m) {
      for (let i = text.indexOf('\n', counted); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1))
        line++;
      counted = lineStart;
      out.push({ schema: m[1]!, line, column: m[0].length - m[1]!.length + 1 });
    }
    at = text.indexOf('yaml-language-server', lineEnd);
  }
  return out;
}

/** Where a modeline's schema lies on disk; undefined for a web address (not checked offline). */
export function modelineTarget(fileAbs: string, schema: string): string | undefined {
  if (/^file:/i.test(schema)) {
    try {
      return fileURLToPath(schema);
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(schema)) return undefined;
  return resolve(dirname(fileAbs), schema);
}

/** Warnings for modelines that point at a missing schema or at another kind's schema. */
export function modelineFindings(
  files: readonly SourceInfo[],
  modelinesOf: (file: string) => readonly Modeline[],
): Finding[] {
  const out: Finding[] = [];
  for (const f of files) {
    for (const m of modelinesOf(f.file)) {
      const target = modelineTarget(f.abs, m.schema);
      if (target === undefined) continue;
      const at = { line: m.line, column: m.column, length: m.schema.length };
      if (!existsSync(target)) {
        out.push({
          severity: 'warning',
          code: 'modeline-schema-missing',
          file: f.file,
          path: [],
          params: { schema: m.schema, kind: f.kind },
          ...at,
        });
      } else {
        const name = basename(target);
        const kind = /^([a-z]+)\.schema\.json$/.exec(name)?.[1];
        if (
          kind &&
          kind !== f.kind &&
          ['tasks', 'pilots', 'problems', 'units', 'policy', 'reminders'].includes(kind)
        ) {
          out.push({
            severity: 'warning',
            code: 'modeline-schema-kind',
            file: f.file,
            path: [],
            params: { schema: m.schema, kind: f.kind, other: kind },
            ...at,
          });
        }
      }
    }
  }
  return out;
}
