// `reform check` after one file of a folder layout changed (issue 12): the findings are kept per
// file, above the parse, so a run reads back a small result for each unchanged file instead of
// every entry of the ledger.
//
// What a file's findings depend on: its bytes, its kind and display path, the policy and units
// files (the policy, the units and leaders every unit name is checked against), today (dates in
// the future) and the language (the wording). The result of a file is kept in the cache under a
// key of exactly these (and the build, as every cache value), and holds
//   - its diagnostics, placed and worded (the loader's findings and every rule that looks at one
//     entry at a time: CHECKS but the cross-file ones);
//   - the facts the cross-file rules read: each entry's fields those rules name (`Check.reads`)
//     and where it is, the ids of every entry (also those that failed the schema), whether the
//     file was read completely, how many entries it has, its modelines.
// The cross-file rules (duplicate ids, references to ids) then run on those facts for the whole
// ledger, and the modelines' schemas are looked for on disk, at every run. The policy and units
// files are loaded (from the parse cache) at every run. Anything unusual goes the usual way
// (openLedgers): a file that cannot be read, an empty units file (its finding is placed at the
// first unit named anywhere), the cache off.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHECKS, CROSS_FILE_CHECKS, runChecks } from '../../checks/index.js';
import { compareDiagnostics, finalize } from '../../diagnostics/finalize.js';
import type { Diagnostic, Finding } from '../../diagnostics/types.js';
import { getLang } from '../../i18n/index.js';
import { contentKey, openCache } from '../../ledger/cache.js';
import { decode } from '../../ledger/decode.js';
import { displayPath, isDirectory, ledgerFiles } from '../../ledger/files.js';
import { takeRead } from '../../ledger/read-once.js';
import { loadTexts, type Loaded, type SourceText } from '../../ledger/load.js';
import { Locator } from '../../ledger/locate.js';
import { modelineFindings, type Modeline } from '../../ledger/modeline.js';
import type { Ledger, Origin, SourceInfo } from '../../ledger/types.js';
import type { FileKind } from '../../schema/kinds.js';
import { todayFor } from './today.js';
import type { RunInputs } from './replay.js';

/** What a check needs of the ledgers, found file by file. */
export interface OpenedByFile {
  diagnostics: Diagnostic[];
  today: string;
  files: SourceInfo[];
  entries: number;
  /** A line of a file, as printed under a finding. */
  lineText(file: string, line: number): string | undefined;
  /** What the record of the run needs (replay.ts). */
  inputs: RunInputs;
}

/** The result of one file, as kept in the cache. */
interface FileResult {
  diagnostics: Diagnostic[];
  entries: number;
  complete: boolean;
  modelines: Modeline[];
  /** Every id the file's lists hold (also of entries that failed the schema), packed. */
  ids: Packed;
  idCount: number;
  /** The file's ledger list: where each valid entry is (its index) and the fields the cross-file rules read. */
  list?: { key: string; at: Int32Array; columns: Record<string, Packed> };
}

/**
 * A column of values as kept: strings without a line break joined into one string (read back in
 * a few milliseconds at 20,000 entries, where an array of strings takes ten times longer), any
 * other column as it is.
 */
type Packed = string | unknown[];

function pack(values: unknown[]): Packed {
  for (const v of values) if (typeof v !== 'string' || v.includes('\n')) return values;
  return values.join('\n');
}

function unpack(p: Packed, n: number): unknown[] {
  if (typeof p !== 'string') return p;
  return n === 0 ? [] : p.split('\n');
}

/** The kinds whose files hold what every other file is checked against. */
const GLOBAL_KINDS: readonly FileKind[] = ['policy', 'units'];
const LIST_OF: Partial<Record<FileKind, keyof Ledger>> = {
  tasks: 'tasks',
  pilots: 'pilots',
  problems: 'problems',
  reminders: 'reminders',
  imports: 'imports',
};
const PER_FILE_CHECKS = CHECKS.filter((c) => !CROSS_FILE_CHECKS.includes(c));
const READS = [...new Set(CROSS_FILE_CHECKS.flatMap((c) => c.reads ?? []))];
const NS = 'check-file';

interface Source extends SourceText {
  abs: string;
  bytes: Buffer;
  key: string;
}

/**
 * The diagnostics of the ledger folder `dir` from per-file results, or undefined when the folder
 * must be opened the usual way (see above). Same diagnostics, in the same order, as openLedgers.
 */
export function openByFile(dir: string, now?: Date, cacheOf = openCache): OpenedByFile | undefined {
  const abs = resolve(dir);
  if (!isDirectory(abs)) return undefined;
  const listed = ledgerFiles(abs);
  if (!listed.length || listed.some((f) => f.problem)) return undefined;
  const cache = cacheOf(abs);
  if (!cache) return undefined;
  const sources: Source[] = [];
  for (const f of listed) {
    let read = takeRead(f.abs);
    if (!read) {
      try {
        const bytes = readFileSync(f.abs);
        read = { bytes, key: contentKey(bytes) };
      } catch {
        return undefined;
      }
    }
    sources.push({ kind: f.kind, file: displayPath(f.abs), abs: f.abs, ...read });
  }
  // the policy and the units, which every file is checked against
  const globals = loadTexts(
    sources.filter((s) => GLOBAL_KINDS.includes(s.kind)),
    dir,
    { cache },
  );
  const { policy, units } = globals.ledger;
  if (!units.length && sources.some((s) => s.kind === 'units')) return undefined;
  const today = todayFor(policy.timezone, now);
  const context = JSON.stringify([
    getLang(),
    today,
    sources.filter((s) => GLOBAL_KINDS.includes(s.kind)).map((s) => [s.file, s.key]),
  ]);
  const globalFindings = [...globals.findings, ...runChecks(globals, today, PER_FILE_CHECKS)];
  const diagnostics = finalize(globalFindings, globals.locator);
  globals.savePositions();

  const files: SourceInfo[] = [];
  const results = new Map<string, FileResult>();
  const loadedHere = new Map<string, Loaded>();
  const complete = { ...globals.complete };
  let entries = globals.entries;
  for (const s of sources) {
    const info: SourceInfo = {
      kind: s.kind,
      file: s.file,
      abs: s.file,
      entries: 0,
      key: s.key,
      size: s.bytes.byteLength,
    };
    files.push(info);
    if (GLOBAL_KINDS.includes(s.kind)) {
      info.entries = globals.files.find((g) => g.file === s.file)?.entries ?? 0;
      continue;
    }
    const key = JSON.stringify([s.kind, s.file, s.key, context]);
    let r = valid(cache.get<FileResult>(NS, key));
    if (!r) {
      const sub = loadTexts([s], dir, { cache });
      r = fileResult(sub, s, globals, today);
      loadedHere.set(s.file, sub);
      cache.put(NS, key, r);
    }
    results.set(s.file, r);
    info.entries = r.entries;
    entries += r.entries;
    if (!r.complete) complete[s.kind] = false;
    diagnostics.push(...r.diagnostics);
  }

  const modelines = (file: string): Modeline[] => results.get(file)?.modelines ?? globals.modelines(file);
  const lineLocators = new Map<string, Locator>();
  const bySource = new Map(sources.map((s) => [s.file, s]));
  const lineText = (file: string, line: number) => {
    const here = loadedHere.get(file)?.locator(file) ?? globals.locator(file);
    if (here) return here.lineText(line);
    const s = bySource.get(file);
    if (!s) return undefined;
    let loc = lineLocators.get(file);
    if (!loc) {
      loc = new Locator(() => {
        const d = decode(s.bytes);
        return 'text' in d ? d.text.replace(/^\uFEFF/, '') : '';
      });
      loc.bytes = s.bytes;
      lineLocators.set(file, loc);
    }
    return loc.lineText(line);
  };

  // the rules across files, on the facts of every file; a finding is placed by its file's parse
  const locate = (file: string) => {
    const here = loadedHere.get(file)?.locator(file) ?? globals.locator(file);
    if (here) return here;
    const s = bySource.get(file);
    if (!s) return undefined;
    const sub = loadTexts([s], dir, { cache });
    loadedHere.set(file, sub);
    return sub.locator(file);
  };
  const cross = crossFindings(sources, results, globals, complete, today, locate);
  const later = finalize(cross, locate);
  const inputs: RunInputs = { files, findings: globals.findings, modelines, ledger: { policy } };
  const marks = finalize(modelineFindings(files, modelines), () => undefined);
  for (const sub of loadedHere.values()) sub.savePositions();
  return {
    diagnostics: [...diagnostics, ...marks, ...later].sort(compareDiagnostics),
    today,
    files,
    entries,
    lineText,
    inputs,
  };
}

/** A cached result as it must be; anything else is not used. */
function valid(r: FileResult | undefined): FileResult | undefined {
  return r &&
    typeof r === 'object' &&
    Array.isArray(r.diagnostics) &&
    (typeof r.ids === 'string' || Array.isArray(r.ids)) &&
    typeof r.idCount === 'number' &&
    Array.isArray(r.modelines) &&
    (r.list === undefined || (r.list.at instanceof Int32Array && typeof r.list.columns === 'object')) &&
    typeof r.entries === 'number'
    ? r
    : undefined;
}

/** One file loaded alone, checked against the policy and units of the whole folder. */
function fileResult(sub: Loaded, s: Source, globals: Loaded, today: string): FileResult {
  const ledger: Ledger = {
    ...sub.ledger,
    policy: globals.ledger.policy,
    units: globals.ledger.units,
    leaders: globals.ledger.leaders,
  };
  const complete = { ...sub.complete, units: globals.complete.units, policy: globals.complete.policy };
  // rules that report on the policy or a unit find no origin for them here: those are the globals'
  const view: Loaded = { ...sub, ledger, complete };
  const found = [...sub.findings, ...runChecks(view, today, PER_FILE_CHECKS)];
  const r: FileResult = {
    diagnostics: finalize(found, sub.locator),
    entries: sub.entries,
    complete: sub.complete[s.kind],
    modelines: sub.modelines(s.file),
    ids: pack([...sub.knownIds]),
    idCount: sub.knownIds.size,
  };
  const key = LIST_OF[s.kind];
  if (key) {
    const entries = (sub.ledger[key] ?? []) as Record<string, unknown>[];
    const at = new Int32Array(entries.length);
    entries.forEach((e, i) => {
      at[i] = sub.origin(e)!.path[1] as number;
    });
    const columns: Record<string, Packed> = {};
    for (const f of READS)
      if (entries.some((e) => e[f] !== undefined)) columns[f] = pack(entries.map((e) => e[f]));
    r.list = { key, at, columns };
  }
  return r;
}

/** The cross-file rules run on the facts of every file, as they would on the whole ledger. */
function crossFindings(
  sources: readonly Source[],
  results: ReadonlyMap<string, FileResult>,
  globals: Loaded,
  complete: Record<FileKind, boolean>,
  today: string,
  locate: (file: string) => Locator | undefined,
): Finding[] {
  const ledger: Ledger = {
    ...globals.ledger,
    tasks: [],
    pilots: [],
    problems: [],
    reminders: [],
    imports: [],
  };
  // each file's entries, one after the other in their list, with where they are in the file
  const spans: { file: string; key: string; start: number; at: Int32Array }[] = [];
  const knownIds = new Set(globals.knownIds);
  for (const s of sources) {
    const r = results.get(s.file);
    if (!r) continue;
    const ids = unpack(r.ids, r.idCount);
    for (let i = 0; i < ids.length; i++) knownIds.add(ids[i] as string);
    if (!r.list) continue;
    const { key, at, columns } = r.list;
    const target = ledger[key as 'tasks'] as Record<string, unknown>[] | undefined;
    if (!target) continue;
    spans.push({ file: s.file, key, start: target.length, at });
    const names = Object.keys(columns);
    const values = names.map((k) => unpack(columns[k]!, at.length));
    for (let i = 0; i < at.length; i++) {
      const row: Record<string, unknown> = {};
      for (let k = 0; k < names.length; k++) {
        const v = values[k]![i];
        if (v !== undefined) row[names[k]!] = v;
      }
      target.push(row);
    }
  }
  // asked only for the entries a rule reports: the map is made at the first one
  let placed: Map<object, Origin> | undefined;
  const origin = (e: object): Origin | undefined => {
    if (!placed) {
      placed = new Map();
      for (const { file, key, start, at } of spans) {
        const list = ledger[key as 'tasks'] as object[];
        for (let i = 0; i < at.length; i++) placed.set(list[start + i]!, { file, path: [key, at[i]!] });
      }
    }
    return placed.get(e) ?? globals.origin(e);
  };
  // duplicate-id names the line of the first entry: its file is located when that is asked
  const view: Loaded = {
    ...globals,
    ledger,
    complete,
    knownIds,
    origin,
    locator: locate,
  };
  return runChecks(view, today, CROSS_FILE_CHECKS);
}
