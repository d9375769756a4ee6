// The per-unit and per-group tables: items, nodes due in the quarter, delays; worst first.
import { circularConfirmed } from '../domain/circular.js';
import type { ItemStatus } from '../domain/delay.js';
import type { Policy } from '../schema/index.js';
import { countedOwn } from './counted.js';
import { nodeCounts } from './nodes.js';
import type { UnitNames } from './scope.js';
import { bucketOf, isDone, isSerious, isStopped } from './states.js';
import type { QuarterNode, UnitRow } from './types.js';

export interface RowContext {
  asOf: string;
  bands: Policy['bands'];
  names: UnitNames;
}

/**
 * One row per key (a lead unit, or a special group) over the statuses that have one; `nodeKey`
 * gives the same key for the nodes of the quarter.
 */
export function rowsBy(
  statuses: readonly ItemStatus[],
  nodes: readonly QuarterNode[],
  keyOf: (s: ItemStatus) => string | undefined,
  nodeKey: (n: QuarterNode) => string | undefined,
  ctx: RowContext,
): UnitRow[] {
  const groups = new Map<string, ItemStatus[]>();
  for (const s of statuses) {
    const k = keyOf(s);
    if (k === undefined) continue;
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(s);
  }
  const nodesBy = new Map<string, QuarterNode[]>();
  for (const n of nodes) {
    const k = nodeKey(n);
    if (k === undefined) continue;
    let list = nodesBy.get(k);
    if (!list) nodesBy.set(k, (list = []));
    list.push(n);
  }
  const rows = [...groups].map(([key, list]) => rowOf(key, list, nodesBy.get(key) ?? [], ctx));
  return rows.sort((a, b) => compareRows(a, b, ctx.names));
}

function rowOf(unit: string, list: ItemStatus[], nodes: QuarterNode[], ctx: RowContext): UnitRow {
  const ids = {
    completed: [] as string[],
    onSchedule: [] as string[],
    behind: [] as string[],
    serious: [] as string[],
    stopped: [] as string[],
  };
  let worst: UnitRow['worst'];
  for (const s of list) {
    const b = bucketOf(s, ctx.asOf);
    if (isDone(b)) ids.completed.push(s.item);
    else if (isStopped(b)) ids.stopped.push(s.item);
    else if (b === 'behind') {
      (isSerious(s, ctx.bands) ? ids.serious : ids.behind).push(s.item);
      if (!worst || s.daysBehind > worst.days || (s.daysBehind === worst.days && s.item < worst.item)) {
        worst = { item: s.item, days: s.daysBehind };
        if (s.level) worst.level = s.level;
        // a circular not yet decided by the leading group is a candidate, never one issued
        if (s.level === 'circular') worst.confirmed = circularConfirmed(s.entry, ctx.asOf);
      }
    } else ids.onSchedule.push(s.item);
  }
  const row: UnitRow = {
    unit,
    items: countedOwn(list.map((s) => s.item)),
    states: {
      completed: countedOwn(ids.completed),
      onSchedule: countedOwn(ids.onSchedule),
      behind: countedOwn(ids.behind),
      serious: countedOwn(ids.serious),
      stopped: countedOwn(ids.stopped),
    },
    nodes: nodeCounts(nodes),
    behind: countedOwn([...ids.behind, ...ids.serious]),
  };
  const kind = ctx.names.unit(unit)?.kind;
  if (kind) row.kind = kind;
  if (worst) row.worst = worst;
  return row;
}

/** Worst first: more items at circular level, more behind, the longest delay, more open nodes, a lower on-time rate. */
export function compareRows(a: UnitRow, b: UnitRow, names: UnitNames): number {
  return (
    b.states.serious.count - a.states.serious.count ||
    b.behind.count - a.behind.count ||
    (b.worst?.days ?? 0) - (a.worst?.days ?? 0) ||
    b.nodes.open.count - a.nodes.open.count ||
    b.nodes.late.count - a.nodes.late.count ||
    (a.nodes.rate ?? 2) - (b.nodes.rate ?? 2) ||
    names.order(a.unit) - names.order(b.unit) ||
    (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)
  );
}
