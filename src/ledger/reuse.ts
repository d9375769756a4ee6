// Loading an older version of the ledgers cheaply. Between the baseline and today most entries
// are unchanged, byte for byte: their item text (see item-chunks.ts) is found in the version
// already loaded and its parsed entry is taken as it is; only the items whose text differs are
// parsed, together, as one small document. The result is the Loaded that loadTexts() would give
// for the same files (same entries, order, ids, findings); a file that is not in plain block
// style, or whose changed items do not parse cleanly, is loaded by loadTexts() itself. Items are
// matched by the id their text declares and compared as strings (no hashing of whole files).
import { LEDGER_KINDS, type FileKind, type LedgerKind } from '../schema/index.js';
import type { Finding } from '../diagnostics/types.js';
import { decode } from './decode.js';
import { splitItems } from './item-chunks.js';
import { loadedOf, loadTexts, type Loaded, type LoadOptions, type SourceText } from './load.js';
import { Locator } from './locate.js';
import type { Origin, SourceInfo } from './types.js';

function isLedgerKind(kind: FileKind): kind is LedgerKind {
  return (LEDGER_KINDS as readonly string[]).includes(kind);
}

function idOf(e: object): string {
  return (e as { id: string }).id;
}

/** An entry of the version already loaded, with the text of its item. */
export interface KnownItem {
  text: string;
  entry: object;
}

const CHUNK_ID = /^[ ]*(?:-[ ]+)?id:[ ]*(['"]?)([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\1[ ]*(?:#.*)?\r?$/m;

/** The id an item's text declares (its `id:` line), without parsing it. */
export function chunkId(text: string): string | undefined {
  return CHUNK_ID.exec(text)?.[2];
}

/** Id → item text and parsed entry, for every entry of `previous` whose file is in plain block style. */
export function entriesById(previous: Loaded): Map<string, KnownItem> {
  const byId = new Map<string, KnownItem>();
  const byFile = new Map<string, object[]>();
  for (const kind of LEDGER_KINDS) {
    for (const e of previous.ledger[kind]) {
      const o = previous.origin(e);
      if (!o || o.path.length !== 2 || typeof o.path[1] !== 'number') continue;
      let list = byFile.get(o.file);
      if (!list) byFile.set(o.file, (list = []));
      list[o.path[1]] = e;
    }
  }
  for (const info of previous.files) {
    if (!isLedgerKind(info.kind)) continue;
    const text = previous.locator(info.file)?.text;
    const list = byFile.get(info.file);
    if (text === undefined || !list) continue;
    const chunks = splitItems(text);
    if (!chunks || chunks.key !== info.kind || chunks.items.length !== info.entries) continue;
    const found: [string, KnownItem][] = [];
    let ok = true;
    for (let i = 0; i < chunks.items.length && ok; i++) {
      const e = list[i];
      if (!e) continue; // failed the schema there: parse it again to get the same findings
      const { start, end } = chunks.items[i]!;
      const t = text.slice(start, end);
      const id = idOf(e);
      if (chunkId(t) !== id) ok = false;
      else found.push([id, { text: t, entry: e }]);
    }
    if (ok) for (const [id, item] of found) if (!byId.has(id)) byId.set(id, item);
  }
  return byId;
}

interface Part {
  kind: FileKind;
  info: SourceInfo;
  entries: object[];
  origins: Map<object, Origin>;
  findings: Finding[];
  knownIds: Set<string>;
  complete: boolean;
  locator?: Locator;
  /** For files loaded by loadTexts: the whole result. */
  loaded?: Loaded;
}

function viaChunks(
  src: SourceText & { kind: LedgerKind },
  dir: string,
  known: Map<string, KnownItem>,
  options: LoadOptions,
): Part | undefined {
  let text: string;
  if (typeof src.bytes === 'string') text = src.bytes;
  else {
    const d = decode(src.bytes);
    if ('finding' in d) return undefined;
    text = d.text;
  }
  const chunks = splitItems(text);
  if (!chunks || chunks.key !== src.kind) return undefined;
  const slots: (object | undefined)[] = new Array(chunks.items.length);
  const unmatched: number[] = [];
  const parts: string[] = [text.slice(0, chunks.headerEnd)];
  chunks.items.forEach(({ start, end }, i) => {
    const t = text.slice(start, end);
    const id = chunkId(t);
    const k = id === undefined ? undefined : known.get(id);
    if (k && k.text === t) slots[i] = k.entry;
    else {
      unmatched.push(i);
      parts.push(t.endsWith('\n') ? t : `${t}\n`);
    }
  });
  const sub = loadTexts([{ kind: src.kind, file: src.file, bytes: parts.join('') }], dir, options);
  if (
    !sub.complete[src.kind] ||
    sub.findings.some((f) => f.line !== undefined) ||
    sub.files[0]!.entries !== unmatched.length
  ) {
    return undefined;
  }
  const origins = new Map<object, Origin>();
  const knownIds = new Set(sub.knownIds);
  for (const e of sub.ledger[src.kind]) {
    const o = sub.origin(e)!;
    const i = unmatched[o.path[1] as number]!;
    slots[i] = e;
    origins.set(e, { file: src.file, path: [src.kind, i] });
  }
  const entries: object[] = [];
  slots.forEach((e, i) => {
    if (!e) return;
    entries.push(e);
    if (!origins.has(e)) origins.set(e, { file: src.file, path: [src.kind, i] });
    knownIds.add(idOf(e));
  });
  const findings = sub.findings.map((f) => {
    if (f.path[0] !== src.kind || typeof f.path[1] !== 'number') return f;
    return { ...f, path: [src.kind, unmatched[f.path[1]]!, ...f.path.slice(2)] };
  });
  return {
    kind: src.kind,
    info: {
      kind: src.kind,
      file: src.file,
      abs: src.file,
      entries: chunks.items.length,
      parsedBy: sub.files[0]!.parsedBy,
    },
    entries,
    origins,
    findings,
    knownIds,
    complete: true,
    locator: new Locator(text),
  };
}

/**
 * Loads `sources` as loadTexts() would, taking unchanged entries from `previous`. An entry object
 * taken over is shared between the two results (the ledgers are read-only once loaded).
 */
export function loadReusing(
  sources: readonly SourceText[],
  previous: Loaded,
  dir = '',
  options: LoadOptions = {},
): Loaded {
  const known = entriesById(previous);
  const parts: Part[] = [];
  const rest: SourceText[] = [];
  for (const src of sources) {
    const part =
      isLedgerKind(src.kind) && known.size
        ? viaChunks(src as SourceText & { kind: LedgerKind }, dir, known, options)
        : undefined;
    if (part) parts.push(part);
    else rest.push(src);
  }
  if (!parts.length) return loadTexts(sources, dir, options);
  // Files read whole: units, policy, reminders and anything unusual, in one loadTexts call.
  const base = loadTexts(rest, dir, options);
  const origins = new WeakMap<object, Origin>();
  const locators = new Map<string, Locator>();
  const ledger = base.ledger;
  for (const kind of LEDGER_KINDS) {
    for (const e of ledger[kind]) origins.set(e, base.origin(e)!);
  }
  for (const f of base.files) {
    const l = base.locator(f.file);
    if (l) locators.set(f.file, l);
  }
  const knownIds = new Set(base.knownIds);
  const findings = [...base.findings];
  const complete = { ...base.complete };
  let entries = base.entries;
  for (const p of parts) {
    const list = ledger[p.kind as LedgerKind] as object[];
    for (const e of p.entries) {
      list.push(e);
      origins.set(e, p.origins.get(e)!);
    }
    for (const id of p.knownIds) knownIds.add(id);
    findings.push(...p.findings);
    if (!p.complete) complete[p.kind] = false;
    if (p.locator) locators.set(p.info.file, p.locator);
    entries += p.info.entries;
  }
  // Keep the files (and so the entries of each kind) in the order the sources came in.
  const order = new Map(sources.map((s, i) => [s.file, i]));
  const files = [...base.files, ...parts.map((p) => p.info)].sort(
    (a, b) => order.get(a.file)! - order.get(b.file)!,
  );
  for (const kind of LEDGER_KINDS) {
    const list = ledger[kind] as object[];
    list.sort((a, b) => {
      const oa = origins.get(a)!;
      const ob = origins.get(b)!;
      return order.get(oa.file)! - order.get(ob.file)! || (oa.path[1] as number) - (ob.path[1] as number);
    });
  }
  return loadedOf({ ledger, findings, files, complete, knownIds, entries }, origins, locators);
}
