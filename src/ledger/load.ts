// The only code that reads ledger files. Text → YAML data (with positions) → schema → typed
// ledger, collecting every finding on the way instead of stopping at the first.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FILE_KINDS, LIST_KEYS, isOwnKey, type FileKind } from '../schema/kinds.js';
import { FILE_LISTS } from '../schema/index.js';
import { policyFile, type Policy } from '../schema/policy.js';
import { quickCheck } from '../schema/fast-validate.js';
import type { Finding, PathSeg } from '../diagnostics/types.js';
import { messagesOf } from '../i18n/index.js';
import { decode } from './decode.js';
import { parseYaml, type Parsed, type ParsePath } from './parse.js';
import { Locator } from './locate.js';
import { findModelines, type Modeline } from './modeline.js';
import { contentKey, openCache, type Cache } from './cache.js';
import { issuesToFindings, suggestKey } from './schema-issues.js';
import { ledgerFiles, isDirectory, displayPath, type LedgerFile } from './files.js';
import { rememberWritten } from './written.js';
import { takeRead } from './read-once.js';
import type { Ledger, Origin, SourceInfo } from './types.js';
import { InputError } from '../domain/input-error.js';

const M = messagesOf('load');

export interface SourceText {
  kind: FileKind;
  /** Display path. */
  file: string;
  bytes: Uint8Array | string;
  /** The file's data when already read from these bytes (it is then not parsed again). */
  data?: unknown;
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
  /** The `yaml-language-server` modelines of a file (from the parse cache, or found in its text). */
  modelines(file: string): Modeline[];
  /** Remembers the positions worked out in this run in the parse cache (after the findings are placed). */
  savePositions(): void;
  entries: number;
}

/** A Loaded from its parts and the maps that answer origin() and locator(). */
/** A file that could not be read, located at its first line. */
function unreadable(file: string, reason: string): Finding {
  return {
    severity: 'error',
    code: 'file-unreadable',
    file,
    path: [],
    line: 1,
    column: 1,
    params: { reason },
  };
}

export function loadedOf(
  parts: Omit<Loaded, 'origin' | 'locator' | 'modelines' | 'savePositions'>,
  origins: { get(entry: object): Origin | undefined },
  locators: { get(file: string): Locator | undefined },
  known?: { modelines: Map<string, Modeline[]>; save: () => void },
): Loaded {
  return {
    ...parts,
    origin: (e) => origins.get(e),
    locator: (f) => locators.get(f),
    modelines: (f) => {
      const cached = known?.modelines.get(f);
      if (cached) return cached;
      const text = locators.get(f)?.text;
      return text?.includes('yaml-language-server') ? findModelines(text) : [];
    },
    savePositions: () => known?.save(),
  };
}

/** A file as the load read it (LoadOptions.keep). */
export type KeptSource = SourceText & { data: unknown; text: () => string };

export interface LoadOptions {
  parse?: ParsePath;
  /** Where parses are remembered between runs (loadLedgers opens the default one; false: none). */
  cache?: Cache | false;
  /**
   * Told each file's bytes and data as read, and how to get its text (without a byte-order mark;
   * decoded once), for a command that edits the files and checks the result.
   */
  keep?: (src: KeptSource) => void;
  /**
   * Entries known to pass the schema as they are, by identity: entries an earlier load took into
   * its ledger unchanged, given again as data (the check of what an import would write, whose
   * unedited entries are the objects the load read and validated). They are not validated again.
   */
  passed?: { has(entry: object): boolean };
  /** Told each ledger file's bytes as read from disk, in the folder's order (every run reads them all). */
  read?: (file: LedgerFile, bytes: Buffer) => void;
}

/** What the parse cache keeps of a file: its data, which parser read it, which entries passed the schema as they are. */
interface CachedParse {
  data: unknown;
  path: Parsed['path'];
  /** Per list key: 1 where the entry passed the schema unchanged. */
  verdicts: Record<string, Uint8Array>;
  /** Per list key: the schema's output for the entries it changed (e.g. without x_ keys), by index. */
  converted: Record<string, Record<number, object>>;
  /** A policy file: the schema's output (its defaults filled in), when it passed. */
  policy?: Policy;
  /** The file's `yaml-language-server` modelines. */
  modelines?: Modeline[];
}

let defaultPolicy: Policy | undefined;
export function defaultsPolicy(): Policy {
  defaultPolicy ??= policyFile.parse({}) as Policy;
  return structuredClone(defaultPolicy);
}

export { displayPath } from './files.js';

/** Reads a ledger folder from disk. A missing folder is an InputError. */
export function loadLedgers(dir: string, options: LoadOptions = {}): Loaded {
  const abs = resolve(dir);
  if (!isDirectory(abs)) throw new InputError(M.noFolder({ dir }));
  const files = ledgerFiles(abs);
  if (!files.length) throw new InputError(M.noFiles({ dir }));
  const readFailures: Finding[] = [];
  // read one file at a time, as it is parsed: its bytes are garbage once it is (100,000 tasks: 143 MB)
  const sources = function* (): Generator<SourceText> {
    for (const f of files) {
      const file = displayPath(f.abs);
      if (f.problem) {
        // a directory, a link loop or dangling link, a FIFO: never read (a FIFO would block)
        readFailures.push(unreadable(file, f.problem));
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = takeRead(f.abs)?.bytes ?? readFileSync(f.abs);
      } catch (err) {
        const reason = (err as NodeJS.ErrnoException).code ?? String(err);
        readFailures.push(unreadable(file, reason));
        continue;
      }
      options.read?.(f, bytes);
      yield { kind: f.kind, file, bytes };
    }
  };
  const cache = options.cache === undefined ? openCache(abs) : options.cache;
  const loaded = loadTexts(sources(), dir, { ...options, cache });
  loaded.findings.unshift(...readFailures);
  for (const f of readFailures) loaded.complete[kindOf(files, f.file)] = false;
  return loaded;
}

function kindOf(files: { kind: FileKind; abs: string }[], file: string): FileKind {
  return files.find((f) => displayPath(f.abs) === file)?.kind ?? 'tasks';
}

/**
 * One file's parse: from the cache when this build read these bytes before (which entries passed
 * the schema as they are comes with it; the text is decoded only if a position is needed), else
 * decoded and parsed. A file that is not UTF-8 gives its finding instead.
 */
function readSource(
  src: SourceText,
  cache: LoadOptions['cache'] | undefined,
  options: LoadOptions,
):
  | { key: string | undefined; hit: CachedParse | undefined; parsed: Parsed }
  | { finding: Omit<Finding, 'file'> } {
  const key =
    cache && typeof src.bytes !== 'string' && (options.parse ?? 'auto') === 'auto'
      ? contentKey(src.bytes)
      : undefined;
  const got = key && cache ? cache.get<CachedParse>(`parse-${src.kind}`, key) : undefined;
  const hit =
    got && typeof got === 'object' && typeof got.verdicts === 'object' && typeof got.converted === 'object'
      ? got
      : undefined;
  if (src.data !== undefined) {
    const { bytes } = src;
    const locator = new Locator(() => {
      if (typeof bytes === 'string') return bytes.replace(/^\uFEFF/, '');
      const d = decode(bytes);
      return 'text' in d ? d.text.replace(/^\uFEFF/, '') : '';
    });
    return {
      key: undefined,
      hit: undefined,
      parsed: { data: src.data, findings: [], path: 'fast', locator },
    };
  }
  if (hit) {
    const bytes = src.bytes as Uint8Array;
    const locator = new Locator(() => {
      const d = decode(bytes);
      return 'text' in d ? d.text.replace(/^\uFEFF/, '') : '';
    });
    locator.bytes = bytes;
    return { key, hit, parsed: { data: hit.data, findings: [], path: hit.path, locator } };
  }
  let text: string;
  if (typeof src.bytes === 'string') text = src.bytes;
  else {
    const d = decode(src.bytes);
    if ('finding' in d) return { finding: d.finding };
    text = d.text;
  }
  return { key, hit: undefined, parsed: parseYaml(text, options.parse ?? 'auto') };
}

interface ListContext {
  kind: FileKind;
  file: string;
  listKey: string;
  /** The whole file's data (findings are located in it). */
  data: unknown;
  /** The ledger's list the valid entries go to. */
  target: unknown[];
  /** From the cache: 1 where the entry passed the schema unchanged. */
  known: Uint8Array | undefined;
  /** From the cache: the schema's output for the entries it changed, by index. */
  knownConverted: Record<number, object> | undefined;
  /** What this run stores in the cache for the file, when it does. */
  store: CachedParse | undefined;
  knownIds: Set<string>;
  origins: WeakMap<object, Origin>;
  /** LoadOptions.passed. */
  passed: LoadOptions['passed'];
  add: (f: Omit<Finding, 'file'>) => void;
}

/**
 * Validates one list of a file entry by entry: an entry the cache knows passes is kept as parsed;
 * otherwise the compiled check decides, and zod only for what it does not accept as it is. Returns
 * how many entries the list has.
 */
function validateList(value: readonly unknown[], c: ListContext): number {
  const fresh = c.store ? new Uint8Array(value.length) : undefined;
  const freshConverted: Record<number, object> = {};
  // the zod schema, asked for only when an entry is not known from the cache to pass as it is
  const schema = () => FILE_LISTS[c.kind as Exclude<FileKind, 'policy'>][c.listKey]!;
  if (fresh) {
    c.store!.verdicts[c.listKey] = fresh;
    c.store!.converted[c.listKey] = freshConverted;
  }
  for (let i = 0; i < value.length; i++) {
    const raw = value[i];
    const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    if (typeof rawId === 'string') c.knownIds.add(rawId);
    let entry: object;
    if (c.known?.[i] === 1) entry = raw as object;
    else if (c.passed && raw && typeof raw === 'object' && c.passed.has(raw)) {
      entry = raw;
      if (fresh) fresh[i] = 1;
    } else if (c.knownConverted?.[i]) {
      entry = c.knownConverted[i]!;
      rememberWritten(entry, raw);
    } else if (!c.known && quickCheck(schema(), raw) === 'raw') {
      entry = raw as object;
      if (fresh) fresh[i] = 1;
    } else {
      const r = schema().safeParse(raw);
      if (!r.success) {
        issuesToFindings(r.error.issues, [c.listKey, i] as PathSeg[], c.data).forEach(c.add);
        continue;
      }
      entry = r.data as object;
      if (fresh) freshConverted[i] = entry;
      rememberWritten(entry, raw);
    }
    c.origins.set(entry, { file: c.file, path: [c.listKey, i] });
    c.target.push(entry);
  }
  return value.length;
}

/** What loading the files builds up: the ledger, its findings, and where each entry came from. */
interface LoadState {
  ledger: Ledger;
  findings: Finding[];
  files: SourceInfo[];
  complete: Record<FileKind, boolean>;
  knownIds: Set<string>;
  origins: WeakMap<object, Origin>;
  locators: Map<string, Locator>;
  entries: number;
  modelines: Map<string, Modeline[]>;
  /** Each cached file's locator, with the cache key its finding positions are kept under. */
  memoKeys: Map<Locator, string>;
  passed: LoadOptions['passed'];
  policy?: Policy;
  /** The file the policy came from (rules on the policy are located there). */
  policyFrom?: string;
}

/** Builds the ledger from texts already in memory (a folder on disk, or files at a git revision). */
export function loadTexts(sources: Iterable<SourceText>, dir = '', options: LoadOptions = {}): Loaded {
  const st: LoadState = {
    ledger: {
      dir,
      policy: undefined as unknown as Policy, // set at the end: the policy file's, or the defaults
      tasks: [],
      pilots: [],
      problems: [],
      units: [],
      leaders: [],
      reminders: [],
      imports: [],
    },
    findings: [],
    files: [],
    complete: Object.fromEntries(FILE_KINDS.map((k) => [k, true])) as Record<FileKind, boolean>,
    knownIds: new Set<string>(),
    origins: new WeakMap<object, Origin>(),
    locators: new Map<string, Locator>(),
    entries: 0,
    modelines: new Map<string, Modeline[]>(),
    memoKeys: new Map<Locator, string>(),
    passed: options.passed,
  };
  const cache = options.cache || undefined;
  for (const src of sources) loadSource(st, src, cache, options);
  const { ledger, findings, files, complete, knownIds, entries, origins, policy, policyFrom } = st;
  ledger.policy = policy ?? defaultsPolicy();
  if (policy && policyFrom) origins.set(policy, { file: policyFrom, path: [] });
  const save = () => {
    for (const [locator, k] of st.memoKeys) {
      const positions = locator.positionsToSave();
      if (!positions) continue;
      const at = k.indexOf('\u0000');
      cache!.put(`positions-${k.slice(0, at)}`, k.slice(at + 1), positions);
      locator.fresh = undefined;
    }
  };
  return loadedOf({ ledger, findings, files, complete, knownIds, entries }, origins, st.locators, {
    modelines: st.modelines,
    save,
  });
}

/** One file: read (or taken from the cache), its policy or its lists validated into the ledger. */
function loadSource(st: LoadState, src: SourceText, cache: Cache | undefined, options: LoadOptions): void {
  const info: SourceInfo = { kind: src.kind, file: src.file, abs: src.file, entries: 0 };
  st.files.push(info);
  const add = (f: Omit<Finding, 'file'>) => st.findings.push({ ...f, file: src.file });
  const read = readSource(src, cache, options);
  if ('finding' in read) {
    add(read.finding);
    st.complete[src.kind] = false;
    return;
  }
  const { key, hit, parsed } = read;
  if (key) info.key = key;
  if (typeof src.bytes !== 'string') info.size = src.bytes.byteLength;
  if (hit && Array.isArray(hit.modelines)) st.modelines.set(src.file, hit.modelines);
  // what a later run may reuse: only a parse without findings (their wording depends on the language)
  const store: CachedParse | undefined =
    key && !hit && !parsed.findings.length && parsed.data !== undefined
      ? {
          data: parsed.data,
          path: parsed.path,
          verdicts: {},
          converted: {},
          modelines: parsed.locator.text.includes('yaml-language-server')
            ? findModelines(parsed.locator.text)
            : [],
        }
      : undefined;
  // positions of findings are remembered beside a parse the cache holds (read, or stored below)
  const remember = () => {
    parsed.locator.memo = { load: () => cache!.get(`positions-${src.kind}`, key!) };
    st.memoKeys.set(parsed.locator, `${src.kind}\u0000${key}`);
  };
  const put = () => {
    if (!store) return;
    cache!.put(`parse-${src.kind}`, key!, store);
    remember();
  };
  if (hit) remember();
  st.locators.set(src.file, parsed.locator);
  info.parsedBy = parsed.path;
  parsed.findings.forEach(add);
  if (parsed.data === undefined) {
    st.complete[src.kind] = false;
    return;
  }
  const data = parsed.data;
  const { locator } = parsed;
  options.keep?.({ kind: src.kind, file: src.file, bytes: src.bytes, data, text: () => locator.text });
  if (src.kind === 'policy') {
    loadPolicy(st, src.file, data, hit, store, add);
    put();
    return;
  }
  if (data === null) {
    put(); // an empty file is an empty list
    return;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    add({
      severity: 'error',
      code: 'wrong-type',
      path: [],
      params: { expected: 'file-mapping', first: LIST_KEYS[src.kind][0] ?? '' },
    });
    st.complete[src.kind] = false;
    return;
  }
  const entriesBefore = st.entries;
  loadLists(st, src, data as Record<string, unknown>, hit, store, add);
  info.entries = st.entries - entriesBefore;
  put();
}

/** The policy file through its schema, or, on a warm run, the schema's output the cache kept. */
function loadPolicy(
  st: LoadState,
  file: string,
  data: unknown,
  hit: CachedParse | undefined,
  store: CachedParse | undefined,
  add: (f: Omit<Finding, 'file'>) => void,
): void {
  if (hit?.policy && typeof hit.policy === 'object') {
    st.policy = hit.policy; // no zod on a warm run
    st.policyFrom = file;
    return;
  }
  const r = policyFile.safeParse(data ?? {});
  if (r.success) {
    st.policy = r.data as Policy;
    st.policyFrom = file;
    if (store) store.policy = st.policy;
  } else issuesToFindings(r.error.issues, [], data).forEach(add);
}

/** A ledger file's top-level lists, each entry validated into the ledger. */
function loadLists(
  st: LoadState,
  src: SourceText,
  data: Record<string, unknown>,
  hit: CachedParse | undefined,
  store: CachedParse | undefined,
  add: (f: Omit<Finding, 'file'>) => void,
): void {
  const keys = LIST_KEYS[src.kind as Exclude<FileKind, 'policy'>];
  for (const [listKey, value] of Object.entries(data)) {
    // own keys only: `constructor` or `__proto__` at the top is an unknown key, not Object's
    if (!keys.includes(listKey)) {
      if (!isOwnKey(listKey)) {
        const s = suggestKey(listKey, [...keys]);
        add({
          severity: 'error',
          code: 'unknown-key',
          path: [listKey],
          at: 'key',
          params: { key: listKey, suggest: s ?? '' },
        });
      }
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) {
      add({
        severity: 'error',
        code: 'wrong-type',
        path: [listKey],
        params: { expected: 'list', first: '' },
      });
      st.complete[src.kind] = false;
      continue;
    }
    st.entries += validateList(value, {
      kind: src.kind,
      file: src.file,
      listKey,
      data,
      target: st.ledger[listKey as 'tasks'] as unknown[],
      known: hit?.verdicts?.[listKey],
      knownConverted: hit?.converted?.[listKey],
      store,
      knownIds: st.knownIds,
      origins: st.origins,
      passed: st.passed,
      add,
    });
  }
}
