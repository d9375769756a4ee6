// The close-out (销号) and carry-over (结转) writer. --close writes `closed: {on, period}` into
// every closable task of a reconciliation (finished, with evidence, not yet closed);
// --carry-over (full year only) writes `carried_over: {to: <next year>, on}` into every task of
// the reconciliation still unfinished (not withdrawn, not closed): the task stays where it is,
// with its id and its whole history, and next year's list takes it from there. Pilots and
// problems have no close-out field (a problem is written off by `verified`), so only tasks are
// written. Each file is edited as text (insert-keys.ts: the rest stays byte-identical) and
// written atomically; a task that already has the field is left alone, so running it again
// writes nothing. With dryRun nothing is written and the result says what would be.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { atomicWrite, type AtomicWriteOptions } from '../ledger/atomic-write.js';
import { insertKeys, type Inserted, type KeyInsert } from '../ledger/insert-keys.js';
import type { Loaded } from '../ledger/load.js';
import type { Period } from './period.js';
import type { Reconciliation } from './reconcile.js';

export interface CloseOutOptions {
  close: boolean;
  carryOver: boolean;
  /** The day written as `on`. */
  on: string;
  dryRun: boolean;
  hooks?: AtomicWriteOptions;
}

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

export function closeValue(period: Period, on: string): KeyInsert['value'] {
  return { on, period: period.label };
}

export function carryValue(period: Period, on: string): KeyInsert['value'] {
  return { to: String(period.year + 1), on };
}

/** The edits, file by file, in the order the files were loaded. */
export function planCloseOut(
  r: Reconciliation,
  loaded: Loaded,
  opts: Pick<CloseOutOptions, 'close' | 'carryOver' | 'on'>,
): FilePlan[] {
  const plans = new Map<string, FilePlan>();
  const add = (entry: object | undefined, id: string, key: string, value: KeyInsert['value']) => {
    const o = entry ? loaded.origin(entry) : undefined;
    if (!o || typeof o.path[1] !== 'number') return;
    let p = plans.get(o.file);
    if (!p) plans.set(o.file, (p = { file: o.file, listKey: String(o.path[0]), inserts: [] }));
    p.inserts.push({ index: o.path[1], id, key, value });
  };
  for (const it of r.items) {
    if (it.ledger !== 'tasks') continue;
    if (opts.close && it.closable) add(it.current, it.id, 'closed', closeValue(r.period, opts.on));
    if (opts.carryOver && it.carryable) add(it.current, it.id, 'carried_over', carryValue(r.period, opts.on));
  }
  const order = new Map(loaded.files.map((f, i) => [f.file, i]));
  return [...plans.values()].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Applies the plan: each file edited as text, verified, and written atomically (unless dryRun). */
export function writeCloseOut(
  plans: readonly FilePlan[],
  opts: Pick<CloseOutOptions, 'dryRun' | 'hooks'>,
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
