// Next quarter's nodes (下季度到期节点), per unit: what is due next and not yet done.
import type { ItemStatus } from '../domain/delay.js';
import { counted } from './counted.js';
import type { UnitNames } from './scope.js';
import type { NextNode, NextQuarterSection } from './types.js';

export interface NextWindow {
  label: string;
  start: string;
  end: string;
  asOf: string;
}

export function nextQuarterSection(
  statuses: readonly ItemStatus[],
  w: NextWindow,
  names: UnitNames,
): NextQuarterSection {
  const units = new Map<string, NextNode[]>();
  const refs: string[] = [];
  for (const s of statuses) {
    if (s.state !== 'behind' && s.state !== 'on-schedule') continue;
    for (const n of s.nodes) {
      if (n.due < w.start || n.due > w.end) continue;
      if (n.done_on !== undefined && n.done_on <= w.asOf) continue;
      const ref = `${s.item}:${n.name}`;
      refs.push(ref);
      let list = units.get(s.unit);
      if (!list) units.set(s.unit, (list = []));
      list.push({ ref, item: s.item, ledger: s.ledger, title: s.title, node: n.name, due: n.due });
    }
  }
  const byUnit = [...units]
    .map(([unit, nodes]) => ({
      unit,
      nodes: nodes.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.ref < b.ref ? -1 : 1)),
    }))
    .sort((a, b) => names.order(a.unit) - names.order(b.unit) || (a.unit < b.unit ? -1 : 1));
  return { label: w.label, start: w.start, end: w.end, total: counted(refs), byUnit };
}
