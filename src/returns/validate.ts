// Judging a returned progress form against the ledger: every cell that is wrong becomes a
// finding located at its cell, and everything right becomes a planned edit of a ledger entry
// (a progress note appended; done_on, completed_on, rectified_on, evidence set). What the ledger
// already says is never overwritten: a different date there is a conflict, the same date is
// nothing to do (so importing the same content again changes nothing). Pure: no clock, no I/O.
import type { Code, Params, Severity } from '../diagnostics/types.js';
import type { LedgerName } from '../domain/delay.js';
import type { EntryEdit } from '../ledger/edit-entries.js';
import type { Loaded } from '../ledger/load.js';
import type { Pilot, Problem, Task } from '../schema/index.js';
import { lockedTexts } from './form.js';
import {
  COLUMNS,
  RETURN_SHEET,
  columnLetter,
  columnOf,
  type ColumnKey,
  type ReturnItem,
  type ReturnNode,
} from './form.js';
import { monthLabel } from './labels.js';
import { RETURN_FORMATS } from './meta.js';
import { dayFrom, textOf, type CellValue, type MetaRow, type ReadReturn } from './read.js';
import { HEADER_ROW, applies } from './form.js';

export interface CellFinding {
  severity: Severity;
  code: Code;
  params: Params;
  /** The return's file name and the path given. */
  name: string;
  path: string;
  /** Sheet and cell ('' for the file as a whole). */
  sheet: string;
  cell: string;
  row: number;
  column: number;
}

export interface PlannedEdit {
  /** Display path of the ledger file. */
  file: string;
  listKey: string;
  edit: EntryEdit;
}

export interface ReturnPlan {
  read: ReadReturn;
  unit: string;
  month: string;
  returnId: string;
  revision: string;
  findings: CellFinding[];
  edits: PlannedEdit[];
  notes: number;
  nodes: number;
  completed: number;
}

export interface ValidateContext {
  loaded: Loaded;
  /** Canonical unit name of every name and alias. */
  units: ReadonlyMap<string, string>;
  /** The import day: the date of the notes; later dates are in the future. */
  asOf: string;
  /** Return ids already recorded in the ledger. */
  imported: ReadonlySet<string>;
  /** Returns (id, and unit + month) seen earlier in this run. */
  seen: Map<string, string>;
}

type Entry = Task | Pilot | Problem;
type EditBody = EntryEdit extends infer E ? (E extends EntryEdit ? Omit<E, 'index' | 'id'> : never) : never;

interface Found {
  entry: Entry;
  ledger: LedgerName;
  file: string;
  listKey: string;
  index: number;
}

const indexes = new WeakMap<Loaded, Map<string, Found>>();

function byId(loaded: Loaded): Map<string, Found> {
  let m = indexes.get(loaded);
  if (m) return m;
  m = new Map();
  const add = (entry: Entry, ledger: LedgerName) => {
    const o = loaded.origin(entry);
    if (!o || typeof o.path[1] !== 'number' || m!.has(entry.id)) return;
    m!.set(entry.id, { entry, ledger, file: o.file, listKey: String(o.path[0]), index: o.path[1] });
  };
  for (const t of loaded.ledger.tasks) add(t, 'tasks');
  for (const p of loaded.ledger.pilots) add(p, 'pilots');
  for (const p of loaded.ledger.problems) add(p, 'problems');
  indexes.set(loaded, m);
  return m;
}

function unitOf(f: Found): string {
  return f.ledger === 'problems' ? (f.entry as Problem).unit : (f.entry as Task | Pilot).lead_unit;
}

function startOf(f: Found): string | undefined {
  if (f.ledger === 'problems') return (f.entry as Problem).found_on;
  return (f.entry as Task | Pilot).start;
}

function evidenceText(e: string | readonly string[] | undefined): string | undefined {
  if (e === undefined) return undefined;
  return typeof e === 'string' ? e : e.join('；');
}

/** One line of text: line breaks in a cell become '；'. */
function oneLine(s: string): string {
  return s
    .split(/\n+/)
    .map((x) => x.trim())
    .filter(Boolean)
    .join('；');
}

export function validateReturn(r: ReadReturn, ctx: ValidateContext): ReturnPlan {
  const judge = new ReturnJudge(r, ctx);
  const unit = judge.whose();
  if (unit === undefined) return judge.plan;
  // rows, item by item (an item's rows are consecutive; its own columns are on its first row)
  const groups: MetaRow[][] = [];
  for (const m of r.rows) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.id === m.id) last.push(m);
    else groups.push([m]);
  }
  const ids = byId(ctx.loaded);
  for (const rows of groups) judge.item(rows, ids.get(rows[0]!.id));
  return judge.plan;
}

/** One item of a return, found in the ledger: what its cells may change. */
interface ItemScope {
  found: Found;
  entry: Entry;
  /** The day the item could start (a done date before it is wrong). */
  start: string | undefined;
}

/** Judges one return: its findings and planned edits accumulate in `plan`. */
class ReturnJudge {
  readonly plan: ReturnPlan;

  constructor(
    private readonly r: ReadReturn,
    private readonly ctx: ValidateContext,
  ) {
    this.plan = {
      read: r,
      unit: r.meta.unit,
      month: r.meta.month,
      returnId: r.meta.return,
      revision: r.meta.revision,
      findings: [],
      edits: [],
      notes: 0,
      nodes: 0,
      completed: 0,
    };
  }

  private at(row: number, column: number, code: Code, params: Params = {}, severity: Severity = 'error') {
    this.plan.findings.push({
      severity,
      code,
      params,
      name: this.r.name,
      path: this.r.path,
      sheet: row ? RETURN_SHEET : '',
      cell: row ? `${columnLetter(column)}${row}` : '',
      row,
      column,
    });
  }

  private atKey(row: number, key: ColumnKey, code: Code, params: Params = {}, severity: Severity = 'error') {
    this.at(row, columnOf(key), code, params, severity);
  }

  /**
   * The return as a whole: readable, a return, its header and title cells as exported, for a known
   * unit and this month, not imported before nor twice in this run. The unit, or undefined when
   * its rows cannot be judged.
   */
  whose(): string | undefined {
    const { r, ctx } = this;
    if (r.unreadable) return void this.at(0, 0, r.unreadable.code, { reason: r.unreadable.reason });
    if (!RETURN_FORMATS.includes(r.meta.format) || !r.meta.unit || !/^\d{4}-\d{2}$/.test(r.meta.month))
      return void this.at(0, 0, 'return-not-a-return', { reason: r.meta.format || '—' });
    // the header row is a contract
    COLUMNS.forEach((c, i) => {
      if (r.headers[i] !== c.header)
        this.at(HEADER_ROW, i + 1, 'return-locked-changed', {
          expected: c.header,
          found: r.headers[i] || '（空）',
        });
    });
    const unit = ctx.units.get(r.meta.unit);
    if (!unit) return void this.at(2, 1, 'return-wrong-unit', { unit: r.meta.unit });
    this.plan.unit = unit;
    this.titleCell(2, 1, 'A2', `填报单位：${r.meta.unit}`);
    this.titleCell(2, 8, 'H2', `填报月份：${monthLabel(r.meta.month)}`);
    if (r.meta.month !== ctx.asOf.slice(0, 7))
      this.at(2, 8, 'return-wrong-month', { month: r.meta.month, current: ctx.asOf.slice(0, 7) });
    if (ctx.imported.has(r.meta.return))
      return void this.at(1, 1, 'return-already-imported', { unit, month: r.meta.month });
    const again = ctx.seen.get(r.meta.return) ?? ctx.seen.get(`${unit}\0${r.meta.month}`);
    if (again) return void this.at(1, 1, 'return-duplicate', { unit, month: r.meta.month, other: again });
    ctx.seen.set(r.meta.return, r.name);
    ctx.seen.set(`${unit}\0${r.meta.month}`, r.name);
    return unit;
  }

  private titleCell(row: number, column: number, cell: string, expected: string): void {
    const found = this.r.text(cell);
    if (found !== expected)
      this.at(row, column, 'return-locked-changed', { expected, found: found || '（空）' });
  }

  /** One item's rows: its locked cells, then what its cells to fill say. */
  item(rows: MetaRow[], found: Found | undefined): void {
    const first = rows[0]!;
    this.lockedCells(rows);
    // a changed locked cell is an error; the cells to fill are judged all the same (the hidden
    // sheet still says which item each row is)
    if (!found) return void this.atKey(first.row, 'id', 'return-unknown-item', { id: first.id });
    if ((this.ctx.units.get(unitOf(found)) ?? unitOf(found)) !== this.plan.unit) {
      this.atKey(first.row, 'id', 'return-not-unit-item', {
        id: first.id,
        unit: this.plan.unit,
        owner: unitOf(found),
      });
      return;
    }
    const scope: ItemScope = { found, entry: found.entry, start: startOf(found) };
    const nodesDone = this.nodeDates(rows, scope);
    this.itemColumns(first.row, scope, nodesDone);
  }

  /** The locked cells must say what they said at export; cells that do not apply must stay empty. */
  private lockedCells(rows: MetaRow[]): void {
    const first = rows[0]!;
    const ri: ReturnItem = {
      id: first.id,
      ledger: first.ledger,
      title: first.title,
      daysBehind: Number(first.days) || 0,
      nodes: [],
    };
    for (const m of rows) {
      const node: ReturnNode = { name: m.node, due: m.due, overdue: false, final: m.final };
      // the texts a row's locked cells had at export (state and level as recorded then)
      const expected = lockedTexts(ri, node);
      expected.state = m.state;
      expected.level = m.level;
      for (const c of COLUMNS) {
        const v = this.r.cell(m.row, c.key);
        if (c.locked) {
          if (c.scope === 'item' && m !== first) continue;
          const got = textOf(v);
          if (got !== (expected[c.key] ?? ''))
            this.atKey(m.row, c.key, 'return-locked-changed', {
              expected: expected[c.key] || '（空）',
              found: got || '（空）',
            });
        } else if (!applies(c.key, ri, node) && v.kind !== 'empty') {
          this.atKey(m.row, c.key, 'return-locked-changed', { expected: '（空）', found: textOf(v) });
        }
      }
    }
  }

  private edit(scope: ItemScope, e: EditBody): void {
    const { found } = scope;
    this.plan.edits.push({
      file: found.file,
      listKey: found.listKey,
      edit: { ...e, index: found.index, id: scope.entry.id } as EntryEdit,
    });
  }

  /** A day from a date cell, or undefined (a finding is made for anything wrong). */
  private day(row: number, key: ColumnKey, scope: ItemScope): string | undefined {
    const v: CellValue = this.r.cell(row, key);
    if (v.kind === 'empty') return undefined;
    const d = dayFrom(v);
    const { asOf } = this.ctx;
    const { start } = scope;
    if (!d) return void this.atKey(row, key, 'return-bad-date', { value: textOf(v) });
    if (d > asOf) return void this.atKey(row, key, 'return-future-date', { date: d, today: asOf });
    if (start && d < start) return void this.atKey(row, key, 'return-done-before-start', { date: d, start });
    return d;
  }

  private conflict(
    row: number,
    key: ColumnKey,
    scope: ItemScope,
    field: string,
    ledger: string,
    value: string,
  ) {
    this.atKey(row, key, 'return-conflict', { field, ledger, value, id: scope.entry.id });
  }

  /** Node completion dates: each sets its milestone's done_on. The milestones done by the return. */
  private nodeDates(rows: MetaRow[], scope: ItemScope): number[] {
    const { found, entry } = scope;
    const milestones = (entry as Task | Pilot).milestones ?? [];
    const nodesDone: number[] = [];
    for (const m of rows) {
      if (found.ledger === 'problems' || m.final) continue;
      const d = this.day(m.row, 'nodeDone', scope);
      if (!d) continue;
      const mi = milestones.findIndex((x) => x.name === m.node);
      if (mi < 0) {
        this.atKey(m.row, 'node', 'return-unknown-node', { id: entry.id, node: m.node });
        continue;
      }
      const has = milestones[mi]!.done_on;
      if (has === d) continue;
      if (has !== undefined) {
        this.conflict(m.row, 'nodeDone', scope, `${m.node} done_on`, has, d);
        continue;
      }
      this.edit(scope, { kind: 'set', milestone: mi, key: 'done_on', value: d });
      nodesDone.push(mi);
      this.plan.nodes++;
    }
    return nodesDone;
  }

  /** The item's own columns, on its first row: its completion, evidence and this month's note. */
  private itemColumns(row: number, scope: ItemScope, nodesDone: readonly number[]): void {
    const { found, entry } = scope;
    const r = this.r;
    const problem = found.ledger === 'problems';
    const doneKey: ColumnKey = problem ? 'rectifiedOn' : 'done';
    const doneField = problem ? 'rectified_on' : 'completed_on';
    const d = this.day(row, doneKey, scope);
    const hasDone = problem ? (entry as Problem).rectified_on : (entry as Task | Pilot).completed_on;
    let completes = false;
    if (d && hasDone !== undefined && hasDone !== d)
      this.conflict(row, doneKey, scope, doneField, hasDone, d);
    else if (d && hasDone === undefined) {
      this.edit(scope, { kind: 'set', key: doneField, value: d });
      this.plan.completed++;
      completes = true;
    }
    const evidence = oneLine(textOf(r.cell(row, 'evidence')));
    const parts: string[] = [];
    const progress = oneLine(textOf(r.cell(row, 'progress')));
    if (progress) parts.push(progress);
    if (problem) {
      const rect = oneLine(textOf(r.cell(row, 'rectification')));
      if (rect) parts.push(`整改情况：${rect}`);
    }
    if (evidence) {
      const has = evidenceText(entry.evidence);
      const milestones = (entry as Task | Pilot).milestones ?? [];
      if (completes || (d && hasDone === d)) {
        if (has === undefined && completes)
          this.edit(scope, { kind: 'set', key: 'evidence', value: evidence });
        else if (has !== undefined && has !== evidence)
          this.conflict(row, 'evidence', scope, 'evidence', has, evidence);
      } else if (nodesDone.length === 1 && milestones[nodesDone[0]!]!.evidence === undefined) {
        this.edit(scope, { kind: 'set', milestone: nodesDone[0]!, key: 'evidence', value: evidence });
      } else parts.push(`佐证材料：${evidence}`);
    } else if (completes && entry.evidence === undefined) {
      this.atKey(row, 'evidence', 'return-no-evidence', { id: entry.id }, 'warning');
    }
    const difficulty = oneLine(textOf(r.cell(row, 'difficulty')));
    if (difficulty) parts.push(`存在困难及需协调事项：${difficulty}`);
    if (parts.length) {
      const note = parts.join('；');
      const progressList = (entry as { progress?: { date: string; note: string }[] }).progress ?? [];
      if (!progressList.some((p) => p.date === this.ctx.asOf && p.note === note)) {
        this.edit(scope, { kind: 'append', key: 'progress', value: { date: this.ctx.asOf, note } });
        this.plan.notes++;
      }
    }
  }
}
