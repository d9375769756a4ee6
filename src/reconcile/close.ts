// The close-out (销号) and carry-over (结转) writer. --close writes `closed: {on, period}` into
// every closable task of a reconciliation (finished, with evidence, not yet closed);
// --carry-over (full year only, at year end) writes `carried_over: {to: <next year>, on, reason}`
// into every task of the reconciliation still unfinished (not withdrawn, not closed) whose lead
// unit put its objective reason on record (`carry_over: {reason, requested_on}`); one without a
// reason is listed as 未说明原因 and not carried: the task stays where it is,
// with its id and its whole history, and next year's list takes it from there. Pilots and
// problems have no close-out field (a problem is written off by `verified`), so only tasks are
// written. Each file is edited as text (insert-keys.ts: the rest stays byte-identical) and
// written atomically by ledger/close-out.ts; a task that already has the field is left alone,
// so running it again writes nothing. With dryRun nothing is written and the result says what would be.
import type { AtomicWriteOptions } from '../ledger/atomic-write.js';
import type { FilePlan } from '../ledger/close-out.js';
import type { KeyInsert } from '../ledger/insert-keys.js';
import type { Loaded } from '../ledger/load.js';
import type { Period } from './period.js';
import type { Reconciliation } from './reconcile.js';

export type { CloseOutResult, FilePlan, FileResult } from '../ledger/close-out.js';

export interface CloseOutOptions {
  close: boolean;
  carryOver: boolean;
  /** The day written as `on`. */
  on: string;
  dryRun: boolean;
  hooks?: AtomicWriteOptions;
}

export function closeValue(period: Period, on: string): KeyInsert['value'] {
  return { on, period: period.label };
}

export function carryValue(period: Period, on: string, reason?: string): KeyInsert['value'] {
  return reason ? { to: String(period.year + 1), on, reason } : { to: String(period.year + 1), on };
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
    if (opts.carryOver && it.carryable)
      add(it.current, it.id, 'carried_over', carryValue(r.period, opts.on, it.carryOver?.reason));
  }
  const order = new Map(loaded.files.map((f, i) => [f.file, i]));
  return [...plans.values()].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}
