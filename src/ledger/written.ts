// An entry as written: the schema's output drops an office's own `x_` fields (the tool ignores
// them), but a comparison of two versions must still see them change. The loader remembers the
// data as parsed for every entry the schema changed; writtenEntry() gives the typed entry with the
// `x_` fields put back, at every level (a milestone's own fields too).
import { isOwnKey } from '../schema/kinds.js';

const parsed = new WeakMap<object, unknown>();

/** Called by the loader for an entry whose schema output differs from its parsed data. */
export function rememberWritten(entry: object, data: unknown): void {
  parsed.set(entry, data);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function withOwnFields(typed: unknown, data: unknown): unknown {
  if (Array.isArray(typed) && Array.isArray(data) && typed.length === data.length)
    return typed.map((t, i) => withOwnFields(t, data[i]));
  if (!isObj(typed) || !isObj(data)) return typed;
  // in the file's order, then what the schema added
  const out: Obj = {};
  for (const k of Object.keys(data)) {
    if (isOwnKey(k)) out[k] = data[k];
    else if (Object.hasOwn(typed, k)) out[k] = withOwnFields(typed[k], data[k]);
  }
  for (const k of Object.keys(typed)) if (!Object.hasOwn(out, k)) out[k] = typed[k];
  return out;
}

/** The entry with its own `x_` fields, as the file has them; the entry itself when it has none. */
export function writtenEntry<T extends object>(entry: T): T {
  const data = parsed.get(entry);
  return data === undefined ? entry : (withOwnFields(entry, data) as T);
}
