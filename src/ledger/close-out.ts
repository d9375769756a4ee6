// Writing a close-out plan (reconcile/close.ts) into the ledger files: each file edited as text
// (insert-keys.ts: the rest stays byte-identical), verified, and written atomically.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { atomicWrite, type AtomicWriteOptions } from './atomic-write.js';
import { insertKeys, type Inserted, type KeyInsert } from './insert-keys.js';

export interface FilePlan {
  file: string;
  listKey: string;
  inserts: KeyInsert[];
}

export interface FileResult {
  file: string;
  inserted: Inserted[];
  /** Already had the field. */
  skipped: KeyInsert[];
  /** Why the file could not be edited (then nothing was written to it). */
  error?: string;
  written: boolean;
}

export interface CloseOutResult {
  files: FileResult[];
  closed: number;
  carried: number;
  dryRun: boolean;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Applies the plan: each file edited as text, verified, and written atomically (unless dryRun). */
export function writeCloseOut(
  plans: readonly FilePlan[],
  opts: { dryRun: boolean; hooks?: AtomicWriteOptions },
): CloseOutResult {
  const result: CloseOutResult = { files: [], closed: 0, carried: 0, dryRun: opts.dryRun };
  for (const plan of plans) {
    const abs = resolve(plan.file);
    const raw = readFileSync(abs);
    const bom = raw.subarray(0, 3).equals(BOM);
    const text = (bom ? raw.subarray(3) : raw).toString('utf8');
    const r = insertKeys(text, plan.listKey, plan.inserts);
    if (!r.ok) {
      result.files.push({ file: plan.file, inserted: [], skipped: [], error: r.reason, written: false });
      continue;
    }
    let written = false;
    if (r.inserted.length && !opts.dryRun) {
      const body = Buffer.from(r.text, 'utf8');
      try {
        atomicWrite(abs, bom ? Buffer.concat([BOM, body]) : body, opts.hooks);
      } catch (e) {
        // atomicWrite leaves the old file in place: report it and go on with the other files
        const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
        result.files.push({
          file: plan.file,
          inserted: [],
          skipped: r.skipped,
          error: reason,
          written: false,
        });
        continue;
      }
      written = true;
    }
    for (const x of r.inserted) {
      if (x.key === 'closed') result.closed++;
      else result.carried++;
    }
    result.files.push({ file: plan.file, inserted: r.inserted, skipped: r.skipped, written });
  }
  return result;
}
