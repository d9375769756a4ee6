// A Loaded sent from one thread to another (a worker thread loads the older version of a diff while
// the main thread loads the newer one). Only plain data crosses: the ledger (one structured clone,
// so an entry and the data it was converted from keep sharing what they share), its findings, and
// per entry the file and index it came from; the other side rebuilds the same Loaded: origins,
// `x_` fields as written, and a locator per file over its bytes.
import type { Finding } from '../diagnostics/types.js';
import type { FileKind } from '../schema/kinds.js';
import type { Policy } from '../schema/policy.js';
import { decode } from './decode.js';
import { loadedOf, type Loaded, type SourceText } from './load.js';
import { Locator } from './locate.js';
import type { Ledger, Origin, SourceInfo } from './types.js';
import { rememberWritten, writtenData } from './written.js';

/** One list of the ledger: for each entry, the file it came from and its index in that file's list. */
interface ListOrigins {
  file: Int32Array;
  index: Int32Array;
}

export interface PackedLoaded {
  ledger: Ledger;
  findings: Finding[];
  files: SourceInfo[];
  complete: Record<FileKind, boolean>;
  knownIds: Set<string>;
  entries: number;
  /** By list of the ledger (tasks, pilots, …). */
  origins: Record<string, ListOrigins>;
  /** The file of the policy, when it came from one (index in `files`; -1 when none). */
  policyFile: number;
  /** By list: [index in the list, the data as parsed] for each entry the schema changed. */
  written: Written;
  /** The bytes of each file that has a locator, by display path (decoded when a position is asked for). */
  bytes: Record<string, Uint8Array | string>;
}

type Lists = Record<string, object[]>;
type Written = Record<string, [number, unknown][]>;

/** The lists of a ledger (everything but dir and policy). */
function listsOf(ledger: Ledger): [string, object[]][] {
  return Object.entries(ledger as unknown as Lists).filter(([, v]) => Array.isArray(v));
}

/** What crosses to the other thread: `sources` are the texts `loaded` was built from. */
export function packLoaded(loaded: Loaded, sources: readonly SourceText[]): PackedLoaded {
  const fileIndex = new Map(loaded.files.map((f, i) => [f.file, i]));
  const origins: Record<string, ListOrigins> = {};
  const written: Written = {};
  for (const [key, list] of listsOf(loaded.ledger)) {
    const file = new Int32Array(list.length).fill(-1);
    const index = new Int32Array(list.length).fill(-1);
    const changed: [number, unknown][] = [];
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      const o = loaded.origin(e);
      if (o) {
        file[i] = fileIndex.get(o.file) ?? -1;
        index[i] = typeof o.path[1] === 'number' ? o.path[1] : -1;
      }
      const data = writtenData(e);
      if (data !== undefined) changed.push([i, data]);
    }
    origins[key] = { file, index };
    if (changed.length) written[key] = changed;
  }
  const policyFrom = loaded.origin(loaded.ledger.policy)?.file;
  const bytes: Record<string, Uint8Array | string> = {};
  for (const s of sources) if (loaded.locator(s.file)) bytes[s.file] = s.bytes;
  return {
    ledger: loaded.ledger,
    findings: loaded.findings,
    files: loaded.files,
    complete: loaded.complete,
    knownIds: loaded.knownIds,
    entries: loaded.entries,
    origins,
    policyFile: policyFrom === undefined ? -1 : (fileIndex.get(policyFrom) ?? -1),
    written,
    bytes,
  };
}

/** The Loaded packed on the other side, as loadTexts() built it there. */
export function unpackLoaded(p: PackedLoaded): Loaded {
  const { ledger, written } = p;
  const origins = new WeakMap<object, Origin>();
  const lists = ledger as unknown as Lists;
  for (const [key, o] of Object.entries(p.origins)) {
    const list = lists[key]!;
    for (let i = 0; i < list.length; i++) {
      const f = o.file[i]!;
      if (f >= 0) origins.set(list[i]!, { file: p.files[f]!.file, path: [key, o.index[i]!] });
    }
  }
  for (const [key, changed] of Object.entries(written)) {
    const list = lists[key]!;
    for (const [i, data] of changed) rememberWritten(list[i]!, data);
  }
  if (p.policyFile >= 0)
    origins.set(ledger.policy as Policy, { file: p.files[p.policyFile]!.file, path: [] });
  const locators = new Map<string, Locator>();
  for (const [file, bytes] of Object.entries(p.bytes)) {
    const locator = new Locator(() => {
      if (typeof bytes === 'string') return bytes.replace(/^\uFEFF/, '');
      const d = decode(bytes);
      return 'text' in d ? d.text.replace(/^\uFEFF/, '') : '';
    });
    locators.set(file, locator);
  }
  const { findings, files, complete, knownIds, entries } = p;
  return loadedOf({ ledger, findings, files, complete, knownIds, entries }, origins, locators);
}
