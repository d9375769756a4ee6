// The only code that reads ledger files. Text → YAML data (with positions) → schema → typed
// ledger, collecting every finding on the way instead of stopping at the first.
import { readFileSync, statSync } from 'node:fs';
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
import { parseAside, type AsideHandle, type AsideOptions } from './aside.js';
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
  /** The largest file, read ahead by loadLedgers (its cache entry looked up, its last items in a worker). */
  ahead?: Ahead;
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

export interface LoadOptions {
  parse?: ParsePath;
  /** Where parses are remembered between runs (loadLedgers opens the default one; false: none). */
  cache?: Cache | false;
  /** Told each file's bytes and data as read (for a command that writes the files and checks the result). */
  keep?: (src: SourceText & { data: unknown }) => void;
  /**
   * Read the last items of the largest file in a worker thread while this thread reads the rest
   * (aside.ts), when that file is large: the same result, in less wall time on two cores.
   */
  aside?: boolean | (AsideOptions & { minBytes?: number });
}

/** The largest file must be at least this large for a worker to read part of it. */
export const ASIDE_MIN_BYTES = 4 * 1024 * 1024;
/** The share of all the ledger's bytes given to the worker (it also parses them as JSON after). */
const ASIDE_SHARE = 0.37;

/** The largest file, read before the others: its cache entry, and the part a worker reads. */
interface Ahead {
  abs: string;
  bytes: Buffer;
  /** Set when the cache was asked (key and hit then stand for readSource's own look-up). */
  looked?: { key: string | undefined; hit: CachedParse | undefined };
  split?: { at: number; listKey: string; handle: AsideHandle };
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
  const cache = options.cache === undefined ? openCache(abs) : options.cache;
  const ahead =
    options.aside && (options.parse ?? 'auto') === 'auto' ? readAhead(files, cache, options) : undefined;
  // read one file at a time, as it is parsed: its bytes are garbage once it is (100,000 tasks: 143 MB)
  const sources = function* (): Generator<SourceText> {
    for (const f of files) {
      const file = displayPath(f.abs);
      if (f.problem) {
        // a directory, a link loop or dangling link, a FIFO: never read (a FIFO would block)
        readFailures.push(unreadable(file, f.problem));
        continue;
      }
      if (ahead?.abs === f.abs) {
        yield { kind: f.kind, file, bytes: ahead.bytes, ahead };
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
      yield { kind: f.kind, file, bytes };
    }
  };
  const loaded = loadTexts(sources(), dir, { ...options, cache });
  loaded.findings.unshift(...readFailures);
  for (const f of readFailures) loaded.complete[kindOf(files, f.file)] = false;
  return loaded;
}

function kindOf(files: { kind: FileKind; abs: string }[], file: string): FileKind {
  return files.find((f) => displayPath(f.abs) === file)?.kind ?? 'tasks';
}

/** A cached parse as read, when it has the shape this build writes. */
function validHit(got: CachedParse | undefined): CachedParse | undefined {
  return got &&
    typeof got === 'object' &&
    typeof got.verdicts === 'object' &&
    typeof got.converted === 'object'
    ? got
    : undefined;
}

/**
 * Reads the largest file first when it is large enough to share: unless the cache knows it, its
 * last items (about ASIDE_SHARE of all the bytes) go to a worker before the other files are read.
 */
function readAhead(
  files: LedgerFile[],
  cache: Cache | false | undefined,
  options: LoadOptions,
): Ahead | undefined {
  const opts = typeof options.aside === 'object' ? options.aside : {};
  let total = 0;
  let big: { f: LedgerFile; size: number } | undefined;
  for (const f of files) {
    if (f.problem) continue;
    let size: number;
    try {
      size = statSync(f.abs).size;
    } catch {
      continue;
    }
    total += size;
    if (!big || size > big.size) big = { f, size };
  }
  if (!big || big.f.kind === 'policy' || big.size < (opts.minBytes ?? ASIDE_MIN_BYTES)) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(big.f.abs);
  } catch {
    return undefined; // reported when its turn comes
  }
  const ahead: Ahead = { abs: big.f.abs, bytes };
  if (cache) {
    const key = contentKey(bytes);
    ahead.looked = { key, hit: validHit(cache.get<CachedParse>(`parse-${big.f.kind}`, key)) };
    if (ahead.looked.hit) return ahead;
  }
  const share = Math.min(Math.round(total * ASIDE_SHARE), Math.floor(bytes.length * 0.9));
  const cut = splitPoint(bytes, bytes.length - share);
  if (!cut) return ahead;
  const handle = parseAside(
    { kind: big.f.kind, header: `${cut.key}:\n`, bytes: bytes.subarray(cut.at) },
    opts,
  );
  if (handle) ahead.split = { at: cut.at, listKey: cut.key, handle };
  return ahead;
}

const SP = 32;
const NL = 10;
const CR = 13;
const DASH = 45;
const HASH = 35;

/**
 * Where the last items of a plain list file may be cut off: the start of the first item line at
 * or after `from` that is at the indentation of the first top-level key's items. Only a guess,
 * made on the bytes: both parts are parsed, and the loader keeps the cut only when they read as
 * the head of one list and its rest (otherwise the file is read whole, as always).
 */
export function splitPoint(bytes: Uint8Array, from: number): { at: number; key: string } | undefined {
  const n = bytes.length;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let key: string | undefined;
  let indent = -1;
  let firstItem = -1;
  while (pos < n && indent < 0) {
    let nl = bytes.indexOf(NL, pos);
    if (nl < 0) nl = n;
    let i = pos;
    while (i < nl && bytes[i] === SP) i++;
    const blank = i >= nl || bytes[i] === HASH || (bytes[i] === CR && i + 1 === nl);
    if (!blank) {
      if (key === undefined) {
        const line = Buffer.from(bytes.buffer, bytes.byteOffset + pos, nl - pos).toString('latin1');
        const m = /^([A-Za-z_][A-Za-z0-9_]*):[ ]*(?:#.*)?\r?$/.exec(line);
        if (!m) return undefined;
        key = m[1]!;
      } else {
        const next = bytes[i + 1];
        if (bytes[i] !== DASH || (next !== SP && next !== CR && i + 1 < nl)) return undefined;
        indent = i - pos;
        firstItem = pos;
      }
    }
    pos = nl + 1;
  }
  if (key === undefined || indent < 0) return undefined;
  for (let nl = bytes.indexOf(NL, Math.max(from - 1, firstItem)); nl >= 0; nl = bytes.indexOf(NL, nl + 1)) {
    const at = nl + 1;
    let i = at;
    while (i < n && i - at < indent && bytes[i] === SP) i++;
    if (i - at !== indent || bytes[i] !== DASH) continue;
    const next = bytes[i + 1];
    if (next === SP || next === NL || next === CR || i + 1 === n)
      return at > firstItem ? { at, key } : undefined;
  }
  return undefined;
}

/** What reading a file in two parts gives, beside the parse: the worker's verdicts and the modelines. */
interface SplitExtra {
  pre: { listKey: string; from: number; raw: Uint8Array };
  modelines: Modeline[];
}

/**
 * The file read in two parts: its head here, its last items by the worker. Undefined unless both
 * are plain and read as one list (the caller then reads the file whole).
 */
function splitRead(
  ahead: Ahead,
  split: NonNullable<Ahead['split']>,
): { parsed: Parsed; extra: SplitExtra } | undefined {
  const d = decode(ahead.bytes.subarray(0, split.at));
  if ('finding' in d) return undefined;
  const head = parseYaml(d.text, 'auto');
  const data = head.data as Record<string, unknown> | null | undefined;
  if (
    head.path !== 'fast' ||
    head.findings.length ||
    !data ||
    typeof data !== 'object' ||
    Array.isArray(data)
  )
    return undefined;
  const list = data[split.listKey];
  if (Object.keys(data).at(-1) !== split.listKey || !Array.isArray(list)) return undefined;
  const tail = split.handle.take();
  const rest = tail?.data as Record<string, unknown> | undefined;
  const more = rest?.[split.listKey];
  const raw = tail?.raw[split.listKey];
  if (!rest || Object.keys(rest).length !== 1 || !Array.isArray(more) || raw?.length !== more.length)
    return undefined;
  const from = list.length;
  for (const item of more) list.push(item);
  const { bytes } = ahead;
  const locator = new Locator(() => {
    const whole = decode(bytes);
    return 'text' in whole ? whole.text.replace(/^\uFEFF/, '') : '';
  });
  const modelines = tail!.modeline
    ? findModelines(locator.text)
    : d.text.includes('yaml-language-server')
      ? findModelines(d.text.replace(/^\uFEFF/, ''))
      : [];
  return {
    parsed: { data, findings: [], path: 'fast', locator },
    extra: { pre: { listKey: split.listKey, from, raw: raw! }, modelines },
  };
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
  | { key: string | undefined; hit: CachedParse | undefined; parsed: Parsed; extra?: SplitExtra }
  | { finding: Omit<Finding, 'file'> } {
  const looked = src.ahead?.looked;
  const key = looked
    ? looked.key
    : cache && typeof src.bytes !== 'string' && (options.parse ?? 'auto') === 'auto'
      ? contentKey(src.bytes)
      : undefined;
  const hit = looked
    ? looked.hit
    : validHit(key && cache ? cache.get<CachedParse>(`parse-${src.kind}`, key) : undefined);
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
  if (src.ahead?.split) {
    const two = splitRead(src.ahead, src.ahead.split);
    if (two) return { key, hit: undefined, ...two };
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
  /** From a worker (aside.ts): from index `from` on, 1 where the entry passed the compiled check. */
  pre: { from: number; raw: Uint8Array } | undefined;
  knownIds: Set<string>;
  origins: WeakMap<object, Origin>;
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
    else if (c.knownConverted?.[i]) {
      entry = c.knownConverted[i]!;
      rememberWritten(entry, raw);
    } else if (
      !c.known &&
      (c.pre && i >= c.pre.from ? c.pre.raw[i - c.pre.from] === 1 : quickCheck(schema(), raw) === 'raw')
    ) {
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
  const { key, hit, parsed, extra } = read;
  if (key) info.key = key;
  if (typeof src.bytes !== 'string') info.size = src.bytes.byteLength;
  if (hit && Array.isArray(hit.modelines)) st.modelines.set(src.file, hit.modelines);
  if (extra) st.modelines.set(src.file, extra.modelines);
  // what a later run may reuse: only a parse without findings (their wording depends on the language)
  const store: CachedParse | undefined =
    key && !hit && !parsed.findings.length && parsed.data !== undefined
      ? {
          data: parsed.data,
          path: parsed.path,
          verdicts: {},
          converted: {},
          modelines:
            extra?.modelines ??
            (parsed.locator.text.includes('yaml-language-server') ? findModelines(parsed.locator.text) : []),
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
  options.keep?.({ kind: src.kind, file: src.file, bytes: src.bytes, data });
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
  loadLists(st, src, data as Record<string, unknown>, hit, store, add, extra?.pre);
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
  pre?: SplitExtra['pre'],
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
      pre: pre?.listKey === listKey ? pre : undefined,
      knownIds: st.knownIds,
      origins: st.origins,
      add,
    });
  }
}
