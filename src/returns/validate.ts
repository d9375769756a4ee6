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
  RETURN_FORMAT,
  RETURN_SHEET,
  columnLetter,
  columnOf,
  type ColumnKey,
  type ReturnItem,
  type ReturnNode,
} from './form.js';
import { monthLabel } from './labels.js';
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
  const plan: ReturnPlan = {
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
  const at = (row: number, column: number, code: Code, params: Params = {}, severity: Severity = 'error') =>
    plan.findings.push({
      severity,
      code,
      params,
      name: r.name,
      path: r.path,
      sheet: row ? RETURN_SHEET : '',
      cell: row ? `${columnLetter(column)}${row}` : '',
      row,
      column,
    });
  const atKey = (
    row: number,
    key: ColumnKey,
    code: Code,
    params: Params = {},
    severity: Severity = 'error',
  ) => at(row, columnOf(key), code, params, severity);

  if (r.unreadable) {
    at(0, 0, r.unreadable.code, { reason: r.unreadable.reason });
    return plan;
  }
  if (r.meta.format !== RETURN_FORMAT || !r.meta.unit || !/^\d{4}-\d{2}$/.test(r.meta.month)) {
    at(0, 0, 'return-not-a-return', { reason: r.meta.format || '—' });
    return plan;
  }
  // the header row is a contract
  COLUMNS.forEach((c, i) => {
    if (r.headers[i] !== c.header)
      at(HEADER_ROW, i + 1, 'return-locked-changed', { expected: c.header, found: r.headers[i] || '（空）' });
  });
  const unit = ctx.units.get(r.meta.unit);
  if (!unit) {
    at(2, 1, 'return-wrong-unit', { unit: r.meta.unit });
    return plan;
  }
  plan.unit = unit;
  if (r.text('A2') !== `填报单位：${r.meta.unit}`)
    at(2, 1, 'return-locked-changed', {
      expected: `填报单位：${r.meta.unit}`,
      found: r.text('A2') || '（空）',
    });
  if (r.text('H2') !== `填报月份：${monthLabel(r.meta.month)}`)
    at(2, 8, 'return-locked-changed', {
      expected: `填报月份：${monthLabel(r.meta.month)}`,
      found: r.text('H2') || '（空）',
    });
  if (r.meta.month !== ctx.asOf.slice(0, 7))
    at(2, 8, 'return-wrong-month', { month: r.meta.month, current: ctx.asOf.slice(0, 7) });
  if (ctx.imported.has(r.meta.return)) {
    at(1, 1, 'return-already-imported', { unit, month: r.meta.month });
    return plan;
  }
  const again = ctx.seen.get(r.meta.return) ?? ctx.seen.get(`${unit}\0${r.meta.month}`);
  if (again) {
    at(1, 1, 'return-duplicate', { unit, month: r.meta.month, other: again });
    return plan;
  }
  ctx.seen.set(r.meta.return, r.name);
  ctx.seen.set(`${unit}\0${r.meta.month}`, r.name);

  // rows, item by item (an item's rows are consecutive; its own columns are on its first row)
  const groups: MetaRow[][] = [];
  for (const m of r.rows) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.id === m.id) last.push(m);
    else groups.push([m]);
  }
  const ids = byId(ctx.loaded);
  for (const rows of groups) item(rows, ids.get(rows[0]!.id));
  return plan;

  function item(rows: MetaRow[], found: Found | undefined): void {
    const first = rows[0]!;
    // the locked cells must say what they said at export
    const ri: ReturnItem = {
      id: first.id,
      ledger: first.ledger,
      title: first.title,
      daysBehind: Number(first.days) || 0,
      nodes: [],
    };
    for (const m of rows) {
      const node: ReturnNode = { name: m.node, due: m.due, overdue: false, final: m.final };
      const expected: Record<string, string> = {
        ...lockedTexts(ri, node),
        state: m.state,
        level: m.level,
      };
      for (const c of COLUMNS) {
        const v = r.cell(m.row, c.key);
        if (c.locked) {
          if (c.scope === 'item' && m !== first) continue;
          const got = textOf(v);
          if (got !== (expected[c.key] ?? '')) {
            atKey(m.row, c.key, 'return-locked-changed', {
              expected: expected[c.key] || '（空）',
              found: got || '（空）',
            });
          }
        } else if (!applies(c.key, ri, node) && v.kind !== 'empty') {
          atKey(m.row, c.key, 'return-locked-changed', { expected: '（空）', found: textOf(v) });
        }
      }
    }
    // a changed locked cell is an error; the cells to fill are judged all the same (the hidden
    // sheet still says which item each row is)
    if (!found) {
      atKey(first.row, 'id', 'return-unknown-item', { id: first.id });
      return;
    }
    if ((ctx.units.get(unitOf(found)) ?? unitOf(found)) !== plan.unit) {
      atKey(first.row, 'id', 'return-not-unit-item', { id: first.id, unit: plan.unit, owner: unitOf(found) });
      return;
    }
    const entry = found.entry;
    const start = startOf(found);
    const edit = (e: EditBody) =>
      plan.edits.push({
        file: found.file,
        listKey: found.listKey,
        edit: { ...e, index: found.index, id: entry.id } as EntryEdit,
      });
    /** A day from a date cell, or undefined (a finding is made for anything wrong). */
    const day = (row: number, key: ColumnKey, v: CellValue): string | undefined => {
      if (v.kind === 'empty') return undefined;
      const d = dayFrom(v);
      if (!d) return void atKey(row, key, 'return-bad-date', { value: textOf(v) });
      if (d > ctx.asOf) return void atKey(row, key, 'return-future-date', { date: d, today: ctx.asOf });
      if (start && d < start) return void atKey(row, key, 'return-done-before-start', { date: d, start });
      return d;
    };
    const conflict = (row: number, key: ColumnKey, field: string, ledger: string, value: string) =>
      atKey(row, key, 'return-conflict', { field, ledger, value, id: entry.id });

    // node completion dates
    const milestones = (entry as Task | Pilot).milestones ?? [];
    const nodesDone: number[] = [];
    for (const m of rows) {
      if (found.ledger === 'problems' || m.final) continue;
      const d = day(m.row, 'nodeDone', r.cell(m.row, 'nodeDone'));
      if (!d) continue;
      const mi = milestones.findIndex((x) => x.name === m.node);
      if (mi < 0) {
        atKey(m.row, 'node', 'return-unknown-node', { id: entry.id, node: m.node });
        continue;
      }
      const has = milestones[mi]!.done_on;
      if (has === d) continue;
      if (has !== undefined) {
        conflict(m.row, 'nodeDone', `${m.node} done_on`, has, d);
        continue;
      }
      edit({ kind: 'set', milestone: mi, key: 'done_on', value: d });
      nodesDone.push(mi);
      plan.nodes++;
    }

    // the item's own columns, on its first row
    const row = first.row;
    const problem = found.ledger === 'problems';
    const doneKey: ColumnKey = problem ? 'rectifiedOn' : 'done';
    const doneField = problem ? 'rectified_on' : 'completed_on';
    const d = day(row, doneKey, r.cell(row, doneKey));
    const hasDone = problem ? (entry as Problem).rectified_on : (entry as Task | Pilot).completed_on;
    let completes = false;
    if (d && hasDone !== undefined && hasDone !== d) conflict(row, doneKey, doneField, hasDone, d);
    else if (d && hasDone === undefined) {
      edit({ kind: 'set', key: doneField, value: d });
      plan.completed++;
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
      if (completes || (d && hasDone === d)) {
        if (has === undefined && completes) edit({ kind: 'set', key: 'evidence', value: evidence });
        else if (has !== undefined && has !== evidence) conflict(row, 'evidence', 'evidence', has, evidence);
      } else if (nodesDone.length === 1 && milestones[nodesDone[0]!]!.evidence === undefined) {
        edit({ kind: 'set', milestone: nodesDone[0]!, key: 'evidence', value: evidence });
      } else parts.push(`佐证材料：${evidence}`);
    } else if (completes && entry.evidence === undefined) {
      atKey(row, 'evidence', 'return-no-evidence', { id: entry.id }, 'warning');
    }
    const difficulty = oneLine(textOf(r.cell(row, 'difficulty')));
    if (difficulty) parts.push(`存在困难及需协调事项：${difficulty}`);
    if (parts.length) {
      const note = parts.join('；');
      const progressList = (entry as { progress?: { date: string; note: string }[] }).progress ?? [];
      if (!progressList.some((p) => p.date === ctx.asOf && p.note === note)) {
        edit({ kind: 'append', key: 'progress', value: { date: ctx.asOf, note } });
        plan.notes++;
      }
    }
  }
}
