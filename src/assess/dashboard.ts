// The leaders' one page (领导一页纸) as data: each unit's red/amber/green, the ten most serious
// items, the key tasks, each lead leader's items, central/provincial versus local tasks and the
// assessment ranking to date. Pure: the statuses (assessAll on the approved schedule's ledger)
// and the assessment come in.
import type { ItemStatus } from '../domain/delay.js';
import type { Level, Task, Unit } from '../schema/index.js';
import type { AssessmentResult } from './types.js';

export type Rag = 'red' | 'amber' | 'green';

export interface UnitLight {
  unit: string;
  rag: Rag;
  open: number;
  behind: number;
  /** At the circular level or with an interview pending. */
  serious: number;
  score?: number;
  grade?: string;
  rank?: number;
}

export interface SeriousRow {
  item: string;
  title: string;
  unit: string;
  daysBehind: number;
  level?: Level;
  node?: string;
}

export interface TaskRow {
  item: string;
  title: string;
  unit: string;
  leader: string;
  state: ItemStatus['state'];
  daysBehind: number;
  level?: Level;
}

export interface Tally {
  name: string;
  total: number;
  done: number;
  behind: number;
  open: number;
}

export interface Dashboard {
  asOf: string;
  office: string;
  units: UnitLight[];
  serious: SeriousRow[];
  key: TaskRow[];
  leaders: Tally[];
  sources: Tally[];
  assessment?: AssessmentResult;
  totals: { items: number; done: number; behind: number; serious: number };
}

const DONE = new Set(['completed', 'closed']);
const OUT = new Set(['suspended', 'withdrawn']);

function isSerious(s: ItemStatus): boolean {
  return s.level === 'circular' || s.level === 'interview';
}

function tally(name: string, list: readonly ItemStatus[]): Tally {
  const t: Tally = { name, total: 0, done: 0, behind: 0, open: 0 };
  for (const s of list) {
    if (OUT.has(s.state)) continue;
    t.total++;
    if (DONE.has(s.state)) t.done++;
    else if (s.state === 'behind') t.behind++;
    else t.open++;
  }
  return t;
}

const SOURCE_GROUPS: [string, readonly string[]][] = [
  ['central', ['central']],
  ['provincial', ['provincial']],
  ['local', ['municipal', 'local']],
];

export function buildDashboard(
  statuses: readonly ItemStatus[],
  units: readonly Unit[],
  opts: { asOf: string; office: string; assessment?: AssessmentResult },
): Dashboard {
  const lights = lightsOf(units, opts.assessment);
  const tasks: ItemStatus[] = [];
  let done = 0;
  let behind = 0;
  let serious = 0;
  for (const s of statuses) {
    if (s.ledger === 'tasks') tasks.push(s);
    if (DONE.has(s.state)) done++;
    if (s.state === 'behind') behind++;
    if (isSerious(s)) serious++;
    const l = lights.get(s.unit);
    if (!l || DONE.has(s.state) || OUT.has(s.state)) continue;
    l.open++;
    if (s.state === 'behind') l.behind++;
    if (isSerious(s)) l.serious++;
  }
  for (const l of lights.values()) l.rag = l.serious ? 'red' : l.behind ? 'amber' : 'green';
  const unitsOut = [...lights.values()].sort(
    (a, b) =>
      (a.rank ?? 1e9) - (b.rank ?? 1e9) ||
      b.serious - a.serious ||
      b.behind - a.behind ||
      (a.unit < b.unit ? -1 : 1),
  );
  const out: Dashboard = {
    asOf: opts.asOf,
    office: opts.office,
    units: unitsOut,
    serious: seriousRowsOf(statuses),
    key: tasks.filter((s) => (s.entry as Task).lists?.includes('key')).map(taskRow),
    leaders: leadersOf(statuses),
    sources: SOURCE_GROUPS.map(([name, values]) =>
      tally(
        name,
        tasks.filter((s) => values.includes((s.entry as Task).source ?? 'municipal')),
      ),
    ),
    totals: { items: statuses.filter((s) => !OUT.has(s.state)).length, done, behind, serious },
  };
  if (opts.assessment) out.assessment = opts.assessment;
  return out;
}

/** A light for each department and county, with its score, grade and rank when assessed. */
function lightsOf(units: readonly Unit[], assessment: AssessmentResult | undefined): Map<string, UnitLight> {
  const assessed = new Map(assessment?.units.map((u) => [u.name, u]) ?? []);
  const lights = new Map<string, UnitLight>();
  for (const u of units) {
    if (u.kind !== 'department' && u.kind !== 'county') continue;
    const l: UnitLight = { unit: u.name, rag: 'green', open: 0, behind: 0, serious: 0 };
    const a = assessed.get(u.name);
    if (a) {
      l.score = a.score;
      l.grade = a.grade;
      l.rank = a.rank;
    }
    lights.set(u.name, l);
  }
  return lights;
}

/** The ten items furthest behind (or at 约谈), worst first. */
function seriousRowsOf(statuses: readonly ItemStatus[]): SeriousRow[] {
  return statuses
    .filter((s) => s.state === 'behind' || s.level === 'interview')
    .sort((a, b) => b.daysBehind - a.daysBehind || (a.item < b.item ? -1 : 1))
    .slice(0, 10)
    .map((s) => {
      const r: SeriousRow = { item: s.item, title: s.title, unit: s.unit, daysBehind: s.daysBehind };
      if (s.level) r.level = s.level;
      if (s.node) r.node = s.node.name;
      return r;
    });
}

function taskRow(s: ItemStatus): TaskRow {
  const r: TaskRow = {
    item: s.item,
    title: s.title,
    unit: s.unit,
    leader: (s.entry as Task).lead_leader,
    state: s.state,
    daysBehind: s.daysBehind,
  };
  if (s.level) r.level = s.level;
  return r;
}

/** Each lead leader's tasks and pilots, the one with most behind first. */
function leadersOf(statuses: readonly ItemStatus[]): ReturnType<typeof tally>[] {
  const byLeader = new Map<string, ItemStatus[]>();
  for (const s of statuses) {
    if (s.ledger === 'problems') continue;
    const leader = (s.entry as Task).lead_leader;
    let list = byLeader.get(leader);
    if (!list) byLeader.set(leader, (list = []));
    list.push(s);
  }
  return [...byLeader]
    .map(([name, list]) => tally(name, list))
    .filter((t) => t.total > 0)
    .sort((a, b) => b.behind - a.behind || b.total - a.total || (a.name < b.name ? -1 : 1));
}
