// `reform import FILE… [--dry-run] [--partial]`: reads returned progress forms, judges every
// cell against the ledger (diagnostics at file!sheet!cell), and writes what is right into the
// YAML by text edits: progress notes appended, done_on / completed_on / rectified_on / evidence
// set, each return recorded in imports.yaml so it is not applied twice. All or nothing unless
// --partial (then unit by unit); `check` runs on the result before anything is written; exit
// codes as `check` (0 fine, 1 errors, 2 usage).
import { basename, join } from 'node:path';
import { refuseBroken } from './shared/open.js';
import { readFileSync } from 'node:fs';
import { openLedgers } from './shared/open.js';
import { runChecks } from '../checks/index.js';
import { finalize } from '../diagnostics/finalize.js';
import { diagnosticHint, diagnosticMessage } from '../diagnostics/messages.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { isValidDate } from '../domain/dates.js';
import { unitIndex } from '../domain/units.js';
import { IMPORTS_LIST } from '../ledger/append-reminders.js';
import type { AtomicWriteHooks } from '../ledger/atomic-write.js';
import type { Ledger } from '../ledger/types.js';
import { ListEditor, type EntryEdit } from '../ledger/edit-entries.js';
import { ledgerFiles } from '../ledger/files.js';
import { withoutBom } from '../ledger/decode.js';
import { displayPath, loadTexts, type KeptSource, type SourceText } from '../ledger/load.js';
import {
  PrepareError,
  commitWrites,
  prepareAppend,
  prepareEdits,
  unchangedSincePrepared,
  type PreparedWrite,
} from '../ledger/write-updates.js';
import { startReading, type Reading, type ReadingOptions } from './shared/read-returns.js';
import { judged } from '../returns/read.js';
import { lockWaiting, withLedgerLock, type LedgerLock } from '../ledger/lock.js';
import { validateReturn, type CellFinding, type ReturnPlan } from '../returns/validate.js';
import { renderImportJson, renderImportText, type ImportSummary } from '../render/import/text.js';
import { COLUMNS } from '../returns/form.js';
import { t } from '../i18n/index.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli/errors.js';

export interface ImportOptions {
  ledgers: string;
  files: string[];
  dryRun?: boolean;
  partial?: boolean;
  date?: string;
  format?: 'text' | 'json';
  now?: Date;
  writeHooks?: AtomicWriteHooks;
  /** For tests: called after the result is prepared and checked, before it is written. */
  beforeCommit?: () => void;
  /** For tests: how the returns are read (read-returns.ts). */
  reading?: ReadingOptions;
}

function cellDiagnostic(f: CellFinding): Diagnostic {
  const d: Diagnostic = {
    severity: f.severity,
    code: f.code,
    message: diagnosticMessage(f.code, f.params),
    file: f.path,
    line: f.row,
    column: f.column,
    path: f.row > 4 || (f.row === 4 && f.column) ? (COLUMNS[f.column - 1]?.header ?? '') : '',
    at: f.cell ? `${f.name}!${f.sheet}!${f.cell}` : f.name,
  };
  const hint = diagnosticHint(f.code, f.params);
  if (hint) d.hint = hint;
  return d;
}

function errorsOf(p: ReturnPlan): number {
  return p.findings.filter((f) => f.severity === 'error').length;
}

export async function runImport(
  opts: ImportOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const M = t().returns;
  if (!opts.files?.length) throw new UsageError(M.importNothing);
  if (opts.date !== undefined && !isValidDate(opts.date))
    throw new UsageError(M.badDate({ value: opts.date }));
  if (opts.dryRun) return importReturns(opts, out, err);
  // the whole run (load, judge, prepare, check, write) holds the ledger lock, so a second import
  // of the same return waits and then finds it recorded
  return withLedgerLock(opts.ledgers, (lock) => importReturns(opts, out, err, lock), {
    onWait: (h) => err.write(lockWaiting(h) + '\n'),
  });
}

async function importReturns(
  opts: ImportOptions,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  lock?: LedgerLock,
): Promise<number> {
  // the returns are read (in a worker thread) while the ledger loads
  const reading = startReading(opts.files, opts.reading);
  try {
    return await importRead(opts, out, err, reading, lock);
  } finally {
    await reading.stop();
  }
}

async function importRead(
  opts: ImportOptions,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  reading: Reading,
  lock?: LedgerLock,
): Promise<number> {
  const M = t().returns;
  // each file's bytes and data as loaded: the edits are made to these bytes, and the check of the
  // result reads only the items edited again
  const read = new Map<string, KeptSource>();
  const opened = openLedgers(opts.ledgers, { now: opts.now, keep: (s) => read.set(s.file, s) });
  if (opened.errors > 0) return refuseBroken(opened, opts.ledgers, 'import', err);
  const { loaded } = opened;
  const { ledger } = loaded;
  const asOf = opts.date ?? opened.today;
  if (asOf > opened.today) throw new UsageError(M.badDate({ value: asOf }));

  const ctx = {
    loaded,
    units: unitIndex(ledger.units),
    asOf,
    imported: new Set((ledger.imports ?? []).map((r) => r.return)),
    seen: new Map<string, string>(),
  };
  const plans: ReturnPlan[] = [];
  const editing = new Editing(read);
  for await (const r of reading.inOrder()) {
    const plan = validateReturn(r, ctx);
    plans.push({ ...plan, read: judged(r) });
    // its items are edited now, while the worker reads the next returns (kept for the write)
    if (!errorsOf(plan)) editing.ahead(plan);
  }

  const diagnostics: Diagnostic[] = plans.flatMap((p) => p.findings.map(cellDiagnostic));
  const returnErrors = plans.reduce((n, p) => n + errorsOf(p), 0);
  const accepted = opts.partial ? plans.filter((p) => errorsOf(p) === 0) : returnErrors ? [] : plans;

  // prepare the new texts and check the ledger they make
  let writes: PreparedWrite[] = [];
  if (accepted.length) {
    try {
      writes = prepare(accepted, opts.ledgers, asOf, editing);
    } catch (e) {
      const file = e instanceof PrepareError ? e.file : opts.ledgers;
      diagnostics.push(ledgerDiagnostic('return-write-failed', file, { reason: (e as Error).message }));
    }
    if (writes.length)
      diagnostics.push(...checkResult(opts.ledgers, writes, opened.today, read, loadedAsRead(ledger)));
  }
  const blocked = diagnostics.some((d) => d.severity === 'error' && !d.at);
  let written = false;
  if (!blocked && writes.length && !opts.dryRun) {
    opts.beforeCommit?.();
    if (!unchangedSincePrepared(writes)) {
      diagnostics.push(ledgerDiagnostic('return-write-failed', opts.ledgers, { reason: M.importChanged }));
    } else {
      try {
        commitWrites(writes, { ...opts.writeHooks, ...(lock ? { tmpDir: lock.tmpDir } : {}) });
        written = true;
      } catch (e) {
        const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
        diagnostics.push(ledgerDiagnostic('return-write-failed', opts.ledgers, { reason }));
      }
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const summary: ImportSummary = {
    date: asOf,
    dryRun: !!opts.dryRun,
    partial: !!opts.partial,
    written,
    errors,
    warnings: diagnostics.length - errors,
    files: written ? writes.map((w) => w.file) : [],
    units: plans.map((p) => ({
      unit: p.unit,
      month: p.month,
      file: p.read.name,
      notes: p.notes,
      nodes: p.nodes,
      completed: p.completed,
      errors: errorsOf(p),
      accepted: accepted.includes(p) && !blocked,
    })),
  };
  out.write(
    opts.format === 'json' ? renderImportJson(diagnostics, summary) : renderImportText(diagnostics, summary),
  );
  return errors ? EXIT_FINDINGS : EXIT_OK;
}

function ledgerDiagnostic(
  code: 'return-write-failed' | 'return-breaks-check',
  file: string,
  params: Record<string, string>,
): Diagnostic {
  return {
    severity: 'error',
    code,
    message: diagnosticMessage(code, params),
    file,
    line: 1,
    column: 1,
    path: '',
  };
}

/**
 * The list editors of the ledger files as loaded: a return's items are edited as soon as the
 * return is judged, and the write takes them from here when its edits of an item are the same.
 */
class Editing {
  private readonly editors = new Map<string, ListEditor | undefined>();
  constructor(readonly read: ReadonlyMap<string, KeptSource>) {}

  /** The editor of a file's list (undefined: not loaded as bytes, or not a list there). */
  editor(file: string, listKey: string): ListEditor | undefined {
    const k = `${file}\0${listKey}`;
    if (this.editors.has(k)) return this.editors.get(k);
    const src = this.read.get(file);
    const list = src && (src.data as Record<string, unknown> | null)?.[listKey];
    let editor: ListEditor | undefined;
    if (src && typeof src.bytes !== 'string' && Array.isArray(list))
      editor = new ListEditor(src.text(), listKey, list, withoutBom(src.bytes));
    this.editors.set(k, editor);
    return editor;
  }

  /** Edits the items a plan edits (each item with all of this plan's edits of it). */
  ahead(plan: ReturnPlan): void {
    for (const g of itemsOf(plan)) this.editor(g.file, g.listKey)?.item(g.index, g.edits);
  }
}

interface ItemEdits {
  file: string;
  listKey: string;
  index: number;
  edits: EntryEdit[];
}

/** A plan's edits by item (each item with all of this plan's edits of it, in order). */
function itemsOf(plan: ReturnPlan): ItemEdits[] {
  const byItem = new Map<string, ItemEdits>();
  for (const { file, listKey, edit } of plan.edits) {
    const k = `${file}\0${listKey}\0${edit.index}`;
    const g = byItem.get(k);
    if (g) g.edits.push(edit);
    else byItem.set(k, { file, listKey, index: edit.index, edits: [edit] });
  }
  return [...byItem.values()];
}

/** Every ledger file's new text, and the import records appended to imports.yaml. */
function prepare(
  accepted: readonly ReturnPlan[],
  dir: string,
  asOf: string,
  editing: Editing,
): PreparedWrite[] {
  const byFile = new Map<string, { listKey: string; edits: EntryEdit[] }>();
  for (const p of accepted) {
    for (const e of p.edits) {
      let g = byFile.get(e.file);
      if (!g) byFile.set(e.file, (g = { listKey: e.listKey, edits: [] }));
      g.edits.push(e.edit);
    }
  }
  const writes: PreparedWrite[] = [];
  for (const [file, g] of byFile) {
    const bytes = editing.read.get(file)?.bytes;
    if (typeof bytes === 'string' || !bytes) writes.push(prepareEdits(file, g.listKey, g.edits));
    else writes.push(prepareEdits(file, g.listKey, g.edits, bytes, editing.editor(file, g.listKey)));
  }
  const importsFile = ledgerFiles(dir).find((f) => f.kind === 'imports')?.abs ?? join(dir, 'imports.yaml');
  writes.push(
    prepareAppend(
      displayPath(importsFile),
      accepted.map((p) => ({
        return: p.returnId,
        unit: p.unit,
        month: p.month,
        revision: p.revision,
        on: asOf,
        file: basename(p.read.name),
        notes: p.notes,
        nodes: p.nodes,
        completed: p.completed,
      })),
      IMPORTS_LIST,
    ),
  );
  return writes;
}

/** A file's data after the writes, from its data as loaded and the edited items read again. */
function dataAfter(w: PreparedWrite, src: { data: unknown } | undefined): unknown {
  if (!w.items || !src || !src.data || typeof src.data !== 'object') return undefined;
  const data = src.data as Record<string, unknown>;
  const list = data[w.items.listKey];
  if (!Array.isArray(list)) return undefined;
  const next = [...list];
  for (const [i, item] of w.items.data) next[i] = item;
  return { ...data, [w.items.listKey]: next };
}

/**
 * The ledger's entries that are the load's data as read: they passed the schema as they are (an
 * entry the schema changed is its output, a new object). An item not edited is the same object in
 * the data the check of the result reads, and is not validated again.
 */
function loadedAsRead(ledger: Ledger): Set<object> {
  const { tasks, pilots, problems, units, leaders, reminders, imports = [] } = ledger;
  const passed = new Set<object>();
  for (const list of [tasks, pilots, problems, units, leaders, reminders, imports])
    for (const e of list) passed.add(e);
  return passed;
}

/**
 * `check` on the ledger as it would be after writing: its errors, as diagnostics. Files as loaded
 * and files whose edits were verified item by item are not parsed again, and of their entries only
 * the edited ones are validated again (`passed`: the others are the load's, validated then).
 */
function checkResult(
  dir: string,
  writes: readonly PreparedWrite[],
  today: string,
  read: ReadonlyMap<string, SourceText & { data: unknown }>,
  passed: ReadonlySet<object>,
): Diagnostic[] {
  const next = new Map(writes.map((w) => [w.abs, w]));
  const sources: SourceText[] = ledgerFiles(dir).map((f) => {
    const file = displayPath(f.abs);
    const w = next.get(f.abs);
    const src = read.get(file);
    if (w) {
      const data = dataAfter(w, src);
      return data === undefined
        ? { kind: f.kind, file, bytes: w.after }
        : { kind: f.kind, file, bytes: w.text ?? w.after, data };
    }
    return src ?? { kind: f.kind, file, bytes: readFileSync(f.abs) };
  });
  for (const w of writes) {
    if (!sources.some((s) => s.file === w.file))
      sources.push({ kind: 'imports', file: w.file, bytes: w.after });
  }
  const loaded = loadTexts(sources, dir, { passed });
  const found = finalize([...loaded.findings, ...runChecks(loaded, today)], loaded.locator);
  return found
    .filter((d) => d.severity === 'error')
    .map((d) => ({
      ...d,
      code: 'return-breaks-check' as const,
      message: diagnosticMessage('return-breaks-check', { detail: `${d.message} [${d.code}]` }),
    }));
}
