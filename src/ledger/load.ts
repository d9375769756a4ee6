// The only code that reads ledger files. Text → YAML data (with positions) → schema → typed
// ledger, collecting every finding on the way instead of stopping at the first.
import { readFileSync } from 'node:fs';
import { relative, isAbsolute, resolve } from 'node:path';
import { FILE_KINDS, FILE_LISTS, type FileKind } from '../schema/index.js';
import { policyFile, type Policy } from '../schema/policy.js';
import { isOwnKey } from '../schema/common.js';
import { quickCheck } from '../schema/fast-validate.js';
import type { Finding, PathSeg } from '../diagnostics/types.js';
import { messagesOf, pick } from '../i18n/index.js';
import { decode } from './decode.js';
import { parseYaml, type ParsePath } from './parse.js';
import type { Locator } from './locate.js';
import { issuesToFindings, suggestKey } from './schema-issues.js';
import { ledgerFiles, isDirectory } from './files.js';
import type { Ledger, Origin, SourceInfo } from './types.js';
import { UsageError } from '../cli/errors.js';

const M = messagesOf('load');

export interface SourceText {
  kind: FileKind;
  /** Display path. */
  file: string;
  bytes: Uint8Array | string;
}

export interface Loaded {
  ledger: Ledger;
  findings: Finding[];
  files: SourceInfo[];
  /** Whether every file of a kind was read and its top level understood. */
  complete: Record<FileKind, boolean>;
  /** Ids of every entry, including entries that failed the schema. */
  knownIds: Set<string>;
  /** Where an entry of the ledger came from. */
  origin(entry: object): Origin | undefined;
  locator(file: string): Locator | undefined;
  entries: number;
}

export interface LoadOptions {
  parse?: ParsePath;
}

let defaultPolicy: Policy | undefined;
export function defaultsPolicy(): Policy {
  defaultPolicy ??= policyFile.parse({}) as Policy;
  return structuredClone(defaultPolicy);
}

export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/** Reads a ledger folder from disk. A missing folder is a usage error (exit 2). */
export function loadLedgers(dir: string, options: LoadOptions = {}): Loaded {
  const abs = resolve(dir);
  if (!isDirectory(abs)) throw new UsageError(M.noFolder({ dir }));
  const files = ledgerFiles(abs);
  if (!files.length) throw new UsageError(M.noFiles({ dir }));
  const sources: SourceText[] = [];
  const readFailures: Finding[] = [];
  for (const f of files) {
    const file = displayPath(f.abs);
    try {
      sources.push({ kind: f.kind, file, bytes: readFileSync(f.abs) });
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? String(err);
      readFailures.push({
        severity: 'error',
        code: 'file-unreadable',
        file,
        path: [],
        line: 1,
        column: 1,
        params: { reason },
      });
    }
  }
  const loaded = loadTexts(sources, dir, options);
  loaded.findings.unshift(...readFailures);
  for (const f of readFailures) loaded.complete[kindOf(files, f.file)] = false;
  return loaded;
}

function kindOf(files: { kind: FileKind; abs: string }[], file: string): FileKind {
  return files.find((f) => displayPath(f.abs) === file)?.kind ?? 'tasks';
}

/** Builds the ledger from texts already in memory (a folder on disk, or files at a git revision). */
export function loadTexts(sources: readonly SourceText[], dir = '', options: LoadOptions = {}): Loaded {
  const ledger: Ledger = {
    dir,
    policy: defaultsPolicy(),
    tasks: [],
    pilots: [],
    problems: [],
    units: [],
    leaders: [],
    reminders: [],
  };
  const findings: Finding[] = [];
  const files: SourceInfo[] = [];
  const complete = Object.fromEntries(FILE_KINDS.map((k) => [k, true])) as Record<FileKind, boolean>;
  const knownIds = new Set<string>();
  const origins = new WeakMap<object, Origin>();
  const locators = new Map<string, Locator>();
  let entries = 0;

  for (const src of sources) {
    const info: SourceInfo = { kind: src.kind, file: src.file, abs: src.file, entries: 0 };
    files.push(info);
    const add = (f: Omit<Finding, 'file'>) => findings.push({ ...f, file: src.file });
    let text: string;
    if (typeof src.bytes === 'string') text = src.bytes;
    else {
      const d = decode(src.bytes);
      if ('finding' in d) {
        add(d.finding);
        complete[src.kind] = false;
        continue;
      }
      text = d.text;
    }
    const parsed = parseYaml(text, options.parse ?? 'auto');
    locators.set(src.file, parsed.locator);
    info.parsedBy = parsed.path;
    parsed.findings.forEach(add);
    if (parsed.data === undefined) {
      complete[src.kind] = false;
      continue;
    }
    const data = parsed.data;
    if (src.kind === 'policy') {
      const r = policyFile.safeParse(data ?? {});
      if (r.success) ledger.policy = r.data as Policy;
      else issuesToFindings(r.error.issues, [], data).forEach(add);
      continue;
    }
    if (data === null) continue; // an empty file is an empty list
    const lists = FILE_LISTS[src.kind];
    if (typeof data !== 'object' || Array.isArray(data)) {
      add({
        severity: 'error',
        code: 'wrong-type',
        path: [],
        params: {
          expected: pick(
            `映射，以“${Object.keys(lists)[0]}:”开头`,
            `a mapping starting with "${Object.keys(lists)[0]}:"`,
          ),
        },
      });
      complete[src.kind] = false;
      continue;
    }
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const schema = lists[key];
      if (!schema) {
        if (!isOwnKey(key)) {
          const s = suggestKey(key, Object.keys(lists));
          add({
            severity: 'error',
            code: 'unknown-key',
            path: [key],
            at: 'key',
            params: { key, suggest: s ? pick(`，是否应为 ${s}`, `; did you mean ${s}`) : '' },
          });
        }
        continue;
      }
      if (value === null || value === undefined) continue;
      if (!Array.isArray(value)) {
        add({
          severity: 'error',
          code: 'wrong-type',
          path: [key],
          params: { expected: pick('列表（每项以“- ”开头）', 'a list (items start with "- ")') },
        });
        complete[src.kind] = false;
        continue;
      }
      const target = ledger[key as 'tasks'] as unknown[];
      for (let i = 0; i < value.length; i++) {
        const raw = value[i];
        const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
        if (typeof rawId === 'string') knownIds.add(rawId);
        entries++;
        info.entries++;
        let entry: object;
        if (quickCheck(schema, raw) === 'raw') entry = raw as object;
        else {
          const r = schema.safeParse(raw);
          if (!r.success) {
            issuesToFindings(r.error.issues, [key, i] as PathSeg[], data).forEach(add);
            continue;
          }
          entry = r.data as object;
        }
        origins.set(entry, { file: src.file, path: [key, i] });
        target.push(entry);
      }
    }
  }
  return {
    ledger,
    findings,
    files,
    complete,
    knownIds,
    origin: (e) => origins.get(e),
    locator: (f) => locators.get(f),
    entries,
  };
}
