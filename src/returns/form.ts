// The monthly return (进展填报表) as data: for one unit and month, its open items (tasks it
// leads, pilots, problems) with each open node, as assessed by the same code as `reform remind`
// (assessAll: state, days behind, level). The workbook writer lays it out; the importer reads it
// back and compares. Pure: no clock, no I/O.
import { FINAL_NODE, type ItemStatus, type LedgerName } from '../domain/delay.js';
import type { Level } from '../schema/index.js';
import { LEVEL_LABEL, STATE_LABEL } from './labels.js';

export const RETURN_SHEET = '进展填报';
export const GUIDE_SHEET = '填报说明';
export const META_SHEET = 'reform';

/**
 * The column headers: a contract like JSON keys (the same in every language). The first seven
 * identify the row and are locked; the rest are filled in by the unit.
 */
export const COLUMNS = [
  { key: 'id', header: '编号', locked: true, scope: 'item' },
  { key: 'title', header: '事项', locked: true, scope: 'item' },
  { key: 'node', header: '节点', locked: true, scope: 'node' },
  { key: 'due', header: '时限', locked: true, scope: 'node' },
  { key: 'state', header: '状态', locked: true, scope: 'node' },
  { key: 'days', header: '塌进度天数', locked: true, scope: 'item' },
  { key: 'level', header: '提醒级别', locked: true, scope: 'item' },
  { key: 'progress', header: '本月进展', locked: false, scope: 'item' },
  { key: 'nodeDone', header: '节点完成日期', locked: false, scope: 'node' },
  { key: 'done', header: '完成日期', locked: false, scope: 'item' },
  { key: 'evidence', header: '佐证材料', locked: false, scope: 'item' },
  { key: 'difficulty', header: '存在困难及需协调事项', locked: false, scope: 'item' },
  { key: 'rectifiedOn', header: '整改完成日期', locked: false, scope: 'item' },
  { key: 'rectification', header: '整改情况', locked: false, scope: 'item' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const LOCKED_KEYS = COLUMNS.filter((c) => c.locked).map((c) => c.key);
export const DATE_KEYS: readonly ColumnKey[] = ['nodeDone', 'done', 'rectifiedOn'];

/** 1-based column number of a key. */
export function columnOf(key: ColumnKey): number {
  return COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** Column letter(s) of a 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface ReturnNode {
  name: string;
  due: string;
  /** Due before the as-of day and not done. */
  overdue: boolean;
  /** The item's final node (任务办结, 试点完成, 整改完成): done by the completion date. */
  final: boolean;
  /** Index of the milestone in the entry, when the node is one. */
  milestone?: number;
}

export interface ReturnItem {
  id: string;
  ledger: LedgerName;
  title: string;
  daysBehind: number;
  level?: Level;
  nodes: ReturnNode[];
}

export interface ReturnForm {
  unit: string;
  /** YYYY-MM. */
  month: string;
  /** The day the states were assessed (the day of export). */
  asOf: string;
  /** The ledger's git HEAD, or a hash of its files. */
  revision: string;
  office: string;
  /** The last day for the return (the office's returns day of the month). */
  dueBy: string;
  items: ReturnItem[];
}

/** What identifies a return: unit, month, revision and day of export. */
export function returnId(f: Pick<ReturnForm, 'unit' | 'month' | 'revision' | 'asOf'>): string {
  return `${f.unit} ${f.month} ${f.revision.slice(0, 12)} ${f.asOf}`;
}

const OPEN = new Set(['behind', 'on-schedule']);
const LEDGER_ORDER: Record<LedgerName, number> = { tasks: 0, pilots: 1, problems: 2 };

function milestoneIndex(
  milestones: readonly { name: string }[] | undefined,
  name: string,
): number | undefined {
  if (milestones) for (let i = 0; i < milestones.length; i++) if (milestones[i]!.name === name) return i;
  return undefined;
}

/** The items of one unit still open on asOf, each with its open nodes (by due date). */
export function returnItems(statuses: readonly ItemStatus[], unit: string, asOf: string): ReturnItem[] {
  const out: ReturnItem[] = [];
  for (const s of statuses) {
    if (s.unit !== unit || !OPEN.has(s.state)) continue;
    const nodes: ReturnNode[] = [];
    const problem = s.ledger === 'problems';
    const finalName = FINAL_NODE[s.ledger];
    const milestones = problem ? undefined : (s.entry as { milestones?: { name: string }[] }).milestones;
    for (const n of s.nodes) {
      if (n.done_on !== undefined && n.done_on <= asOf) continue;
      const final = n.name === finalName || (!problem && n.name === FINAL_NODE.tasks);
      const node: ReturnNode = { name: n.name, due: n.due, overdue: n.due < asOf, final };
      const mi = milestoneIndex(milestones, n.name);
      if (mi !== undefined) node.milestone = mi;
      nodes.push(node);
    }
    if (!nodes.length) continue;
    nodes.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    const item: ReturnItem = {
      id: s.item,
      ledger: s.ledger,
      title: s.title,
      daysBehind: s.daysBehind,
      nodes,
    };
    if (s.level) item.level = s.level;
    out.push(item);
  }
  return out.sort(
    (a, b) => LEDGER_ORDER[a.ledger] - LEDGER_ORDER[b.ledger] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Units that lead at least one open item on asOf, in the order of units.yaml then by name. */
export function unitsWithOpenItems(statuses: readonly ItemStatus[], order: readonly string[]): string[] {
  const found = new Set<string>();
  for (const s of statuses) if (OPEN.has(s.state)) found.add(s.unit);
  const rank = new Map(order.map((u, i) => [u, i]));
  return [...found].sort(
    (a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/** The header row of the form sheet (title, unit and month, a note above it). */
export const HEADER_ROW = 4;

/** Whether a fill-in column applies to a row of this item and node. */
export function applies(key: ColumnKey, item: ReturnItem, node: ReturnNode): boolean {
  const problem = item.ledger === 'problems';
  switch (key) {
    case 'nodeDone':
      return !problem && !node.final;
    case 'done':
      return !problem;
    case 'rectifiedOn':
    case 'rectification':
      return problem;
    default:
      return true;
  }
}

/** The locked cells' texts of a row, as written (and as compared on import). */
export function lockedTexts(item: ReturnItem, node: ReturnNode): Record<string, string> {
  return {
    id: item.id,
    title: item.title,
    node: node.name,
    due: node.due,
    state: node.overdue ? STATE_LABEL.overdue : STATE_LABEL.pending,
    days: item.daysBehind ? String(item.daysBehind) : '',
    level: item.level ? LEVEL_LABEL[item.level] : '',
  };
}
