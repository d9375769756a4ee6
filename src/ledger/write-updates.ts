// Writing a set of updates into a ledger folder in two steps: prepare (every file's new text,
// made by text edits that keep the rest byte for byte, verified by re-parsing; nothing written)
// and commit (each file written atomically, after checking that no file changed on disk since it
// was prepared). Between the two, the caller can load and check the result.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appendLogText, type LogList } from './append-reminders.js';
import { atomicWrite, type AtomicWriteHooks } from './atomic-write.js';
import { editEntries, type EntryEdit, type ListEditor } from './edit-entries.js';
import { hasBom, withoutBom } from './decode.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface PreparedWrite {
  /** Display path. */
  file: string;
  abs: string;
  /** The bytes on disk when prepared (undefined: the file did not exist). */
  before: Buffer | undefined;
  /** The new bytes (for an edit, encoded when first asked: a dry run never needs them). */
  readonly after: Buffer;
  /** For an edit: the new text, without a byte-order mark. */
  text?: string;
  /** For edits verified item by item: the list edited, and the new data of each edited item by index. */
  items?: { listKey: string; data: Map<number, unknown> };
}

export class PrepareError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
  }
}

function readText(
  abs: string,
  bytes?: Uint8Array,
  text?: string,
): { raw: Buffer; bom: boolean; text: string } {
  const raw = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : readFileSync(abs);
  const bom = hasBom(raw);
  return { raw, bom, text: text ?? withoutBom(raw).toString('utf8') };
}

/**
 * The new text of a ledger file with the edits applied to its list `listKey`; `bytes`: the file as
 * already read (commitWrites then checks that the file on disk is still these bytes); `editor`: a
 * ListEditor of those bytes' text (without a byte-order mark), holding items already edited.
 */
export function prepareEdits(
  file: string,
  listKey: string,
  edits: readonly EntryEdit[],
  bytes?: Uint8Array,
  editor?: ListEditor,
): PreparedWrite {
  const abs = resolve(file);
  const { raw, bom, text } = readText(abs, bytes, bytes && editor ? editor.text : undefined);
  const r = editEntries(text, listKey, edits, editor);
  if (!r.ok) throw new PrepareError(file, r.reason);
  let after: Buffer | undefined;
  const made = r.bytes;
  const encode = (): Buffer => {
    const body = made?.() ?? Buffer.from(r.text, 'utf8');
    return bom ? Buffer.concat([BOM, body]) : body;
  };
  const w: PreparedWrite = {
    file,
    abs,
    before: raw,
    text: r.text,
    get after() {
      after ??= encode();
      return after;
    },
  };
  if (r.items) w.items = { listKey, data: r.items };
  return w;
}

/** The new text of a log file (reminders.yaml, imports.yaml) with entries appended; created when missing. */
export function prepareAppend(
  file: string,
  entries: readonly Readonly<Record<string, string | number | undefined>>[],
  list: LogList,
): PreparedWrite {
  const abs = resolve(file);
  const before = existsSync(abs) ? readFileSync(abs) : undefined;
  try {
    const after = Buffer.from(appendLogText(before?.toString('utf8'), entries, list), 'utf8');
    return { file, abs, before, after };
  } catch (e) {
    throw new PrepareError(file, e instanceof Error ? e.message : String(e));
  }
}

/** True when every prepared file is still as it was read. */
export function unchangedSincePrepared(writes: readonly PreparedWrite[]): boolean {
  return writes.every((w) => {
    const now = existsSync(w.abs) ? readFileSync(w.abs) : undefined;
    return now === undefined ? w.before === undefined : w.before !== undefined && now.equals(w.before);
  });
}

/** Writes every prepared file atomically (each is the old file or the new one at any moment). */
export function commitWrites(writes: readonly PreparedWrite[], hooks?: AtomicWriteHooks): void {
  for (const w of writes) atomicWrite(w.abs, w.after, hooks);
}
