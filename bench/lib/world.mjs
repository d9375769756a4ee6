// The fixed part of a generated ledger: the office, special groups, departments, counties and
// city leaders, scaled modestly with the number of tasks, plus the item counts and id formats.
import { Rng } from './prng.mjs';
import {
  DEPARTMENTS,
  GIVEN,
  GROUPS,
  LEADER_TITLES,
  OFFICE,
  PLACE_FIRST,
  PLACE_SECOND,
  PLACE_SUFFIX,
  SURNAMES,
} from './vocab.mjs';

export function personName(r) {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.7) ? r.pick(GIVEN) : '');
}

function phone(r) {
  return `0871-6${r.int(100, 999)}${String(r.int(0, 9999)).padStart(4, '0')}`;
}

function countyNames(n, seed) {
  const r = new Rng(seed, 'counties');
  const seen = new Set();
  const out = [];
  const capacity = PLACE_FIRST.length * PLACE_SECOND.length;
  if (n > capacity) throw new Error(`too many counties requested: ${n}`);
  while (out.length < n) {
    const a = r.pick(PLACE_FIRST);
    const b = r.pick(PLACE_SECOND);
    if (a === b || seen.has(a + b)) continue;
    seen.add(a + b);
    out.push(a + b + r.pick(PLACE_SUFFIX));
  }
  return out;
}

/** Number of departments + counties for a ledger of nTasks tasks (~40 at 2,000, ~80 at 20,000). */
export function unitCount(nTasks) {
  return Math.max(DEPARTMENTS.length + 4, Math.round(40 * (nTasks / 2000) ** 0.3));
}

function cumulative(weights) {
  const cum = [];
  let total = 0;
  for (const w of weights) cum.push((total += w));
  return cum;
}

/**
 * Builds the world for (nTasks, seed). Units: index 0 the office, then the six groups, then
 * departments, then counties. Tasks, pilots and problems pick lead units among departments and
 * counties (departments twice as likely).
 */
export function buildWorld(nTasks, seed) {
  const r = new Rng(seed, 'world');
  const units = [];
  units.push({ name: OFFICE.name, kind: 'office', aliases: OFFICE.aliases, slug: 'office', group: -1 });
  GROUPS.forEach((g, i) =>
    units.push({ name: g.name, kind: 'group', aliases: [], slug: `group-${i + 1}`, group: i }),
  );
  const firstLead = units.length;
  DEPARTMENTS.forEach(([name, group, aliases], i) =>
    units.push({ name, kind: 'department', aliases, slug: `dept-${String(i + 1).padStart(2, '0')}`, group }),
  );
  const nCounties = unitCount(nTasks) - DEPARTMENTS.length;
  countyNames(nCounties, seed).forEach((name, i) =>
    units.push({
      name,
      kind: 'county',
      aliases: [],
      slug: `county-${String(i + 1).padStart(3, '0')}`,
      group: -1,
    }),
  );
  for (const u of units) u.contact = { name: personName(r), phone: phone(r) };

  const nLeaders = 12 + Math.floor((units.length - firstLead) / 10);
  const leaders = [];
  const leaderNames = new Set();
  while (leaders.length < nLeaders) {
    const name = personName(r);
    if (leaderNames.has(name)) continue;
    leaderNames.add(name);
    leaders.push({ name, title: LEADER_TITLES[leaders.length % LEADER_TITLES.length] });
  }
  const leadUnits = [];
  for (let i = firstLead; i < units.length; i++) {
    units[i].leader = leaders[(i * 7) % nLeaders].name;
    leadUnits.push(i);
  }
  const leadCum = cumulative(leadUnits.map((i) => (units[i].kind === 'department' ? 2 : 1)));
  const clerks = Array.from({ length: 6 }, () => personName(r));

  const nAdded = Math.round(nTasks * 0.004);
  const nRemoved = Math.round(nTasks * 0.002);
  const nPilots = Math.max(1, Math.round(nTasks / 6));
  const nProblems = Math.max(1, Math.round(nTasks / 4));
  const width = (n, min) => Math.max(min, String(n).length);
  return {
    seed,
    nTasks,
    nAdded,
    nRemoved,
    nPilots,
    nProblems,
    units,
    firstLead,
    leadUnits,
    counties: leadUnits.filter((i) => units[i].kind === 'county'),
    leadCum,
    leaders,
    clerks,
    taskWidth: width(nTasks + nRemoved, 3),
    pilotWidth: width(nPilots, 2),
    problemWidth: width(nProblems, 3),
  };
}

export const taskId = (w, i) => `RW-2026-${String(i + 1).padStart(w.taskWidth, '0')}`;
export const pilotId = (w, j) => `SD-2026-${String(j + 1).padStart(w.pilotWidth, '0')}`;
export const problemId = (w, k) => `WT-2026-${String(k + 1).padStart(w.problemWidth, '0')}`;

/** Lead unit (index into units) of task i, from its own stream so problems can refer to it cheaply. */
export function taskUnit(w, i) {
  return w.leadUnits[new Rng(w.seed, 'task-unit', i).weighted(w.leadCum)];
}

export function pilotUnit(w, j) {
  return w.leadUnits[new Rng(w.seed, 'pilot-unit', j).weighted(w.leadCum)];
}

/** Group (index into GROUPS) a unit's tasks usually belong to. */
export function unitGroup(w, u, r) {
  const g = w.units[u].group;
  if (g >= 0 && r.chance(0.85)) return g;
  return r.weighted(GROUP_CUM);
}

const GROUP_CUM = cumulative([40, 12, 8, 28, 8, 4]);

/** Task index range of tasks present in the ledger both at the baseline and at the end. */
export function stableTaskCount(w) {
  return w.nTasks - w.nAdded;
}
