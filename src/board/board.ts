// The 挂图作战 board as data: every task, pilot and problem with its six specifics (六个明确),
// every node with its state, and the item's days behind and level, as assessed by the same code
// as `reform remind` (assessAll); and the tasks of each special group. Pure: no clock, no I/O.
import type { ItemState, ItemStatus, LedgerName } from '../domain/delay.js';
import type { Level, Pilot, Problem, Task, Unit } from '../schema/index.js';

export type NodeState = 'done' | 'late' | 'overdue' | 'pending';

export interface BoardNode {
  name: string;
  due: string;
  doneOn?: string;
  state: NodeState;
}

export interface BoardItem {
  id: string;
  ledger: LedgerName;
  title: string;
  /** 牵头领导 (problems: none). */
  leader: string;
  /** 牵头单位 / 整改单位 (canonical name). */
  unit: string;
  /** 责任单位 (tasks), 工作班子 (pilots). */
  partners: string[];
  /** 任务措施 (tasks), 推进方案 (pilots), 问题描述 (problems). */
  measures: string;
  /** 成果形式 (tasks), 成果 (pilots), 整改要求 (problems: the notice). */
  deliverable: string;
  /** 完成时限 / 期满日期 / 整改时限. */
  deadline: string;
  group?: string;
  state: ItemState;
  completedOn?: string;
  daysBehind: number;
  level?: Level;
  nodes: BoardNode[];
}

export interface BoardGroup {
  name: string;
  items: BoardItem[];
}

export interface Board {
  asOf: string;
  office: string;
  tasks: BoardItem[];
  pilots: BoardItem[];
  problems: BoardItem[];
  groups: BoardGroup[];
}

function nodeState(due: string, doneOn: string | undefined, asOf: string): NodeState {
  if (doneOn !== undefined && doneOn <= asOf) return doneOn > due ? 'late' : 'done';
  return due < asOf ? 'overdue' : 'pending';
}

function specifics(
  s: ItemStatus,
): Pick<BoardItem, 'leader' | 'partners' | 'measures' | 'deliverable' | 'deadline' | 'group'> {
  if (s.ledger === 'tasks') {
    const t = s.entry as Task;
    return {
      leader: t.lead_leader,
      partners: t.responsible_units ?? [],
      measures: t.measures,
      deliverable: t.deliverable,
      deadline: t.deadline,
      ...(t.group ? { group: t.group } : {}),
    };
  }
  if (s.ledger === 'pilots') {
    const p = s.entry as Pilot;
    return {
      leader: p.lead_leader,
      partners: p.responsible_units ?? p.team,
      measures: p.plan,
      deliverable: p.outcome?.summary ?? '',
      deadline: p.end,
    };
  }
  const p = s.entry as Problem;
  return {
    leader: '',
    partners: [],
    measures: p.description,
    deliverable: p.notice ? p.notice.ref : '',
    deadline: p.deadline,
  };
}

export function buildBoard(
  statuses: readonly ItemStatus[],
  units: readonly Unit[],
  asOf: string,
  office: string,
): Board {
  const board: Board = { asOf, office, tasks: [], pilots: [], problems: [], groups: [] };
  const canonical = new Map<string, string>();
  for (const u of units) {
    canonical.set(u.name, u.name);
    for (const a of u.aliases ?? []) if (!canonical.has(a)) canonical.set(a, u.name);
  }
  const groups = new Map<string, BoardItem[]>();
  for (const u of units) if (u.kind === 'group') groups.set(u.name, []);
  for (const s of statuses) {
    const item: BoardItem = {
      id: s.item,
      ledger: s.ledger,
      title: s.title,
      unit: s.unit,
      ...specifics(s),
      state: s.state,
      daysBehind: s.daysBehind,
      nodes: s.nodes.map((n) => {
        const node: BoardNode = { name: n.name, due: n.due, state: nodeState(n.due, n.done_on, asOf) };
        if (n.done_on !== undefined && n.done_on <= asOf) node.doneOn = n.done_on;
        return node;
      }),
    };
    if (s.completedOn) item.completedOn = s.completedOn;
    if (s.level) item.level = s.level;
    if (item.group) item.group = canonical.get(item.group) ?? item.group;
    board[s.ledger].push(item);
    if (item.group) {
      let list = groups.get(item.group);
      if (!list) groups.set(item.group, (list = []));
      list.push(item);
    }
  }
  board.groups = [...groups].map(([name, items]) => ({ name, items }));
  return board;
}
