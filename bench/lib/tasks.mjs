// One reform task (改革任务) as a model: its final state as of 2026-11-20 plus the dates on which
// each part of it became known, so that it can be rendered as it stood on any earlier day (the git
// history). Deterministic in (seed, index).
import { ASOF, BASE, MAX_DUE, day, monthEnd } from './dates.mjs';
import { Rng } from './prng.mjs';
import {
  APPROVERS,
  DELIVERABLES,
  DOC_KINDS,
  ESCALATION_REASONS,
  GROUPS,
  MEASURES,
  PROGRESS_BEHIND,
  PROGRESS_DONE,
  PROGRESS_ONGOING,
  PROGRESS_X,
  SUSPEND_REASONS,
  TITLE_MECH_NOUN,
  TITLE_MECH_VERB,
  TITLE_OTHER,
  TITLE_PILOT,
  TITLE_REFORM,
  WITHDRAW_REASONS,
} from './vocab.mjs';
import { taskId, taskUnit, unitGroup } from './world.mjs';

const NODE_SETS = [
  [45, ['上报方案', '文件出台', '启动实施'], false],
  [25, ['上报方案', '文件出台', '启动实施', '任务办结'], true],
  [15, ['调研论证', '上报方案', '文件出台', '启动实施'], false],
  [10, ['制定方案', '试点运行', '全面推开'], false],
  [5, ['上报方案', '征求意见', '文件出台', '任务办结'], true],
];
const NODE_CUM = cum(NODE_SETS.map((s) => s[0]));

const CATEGORIES = [
  ['done', 30],
  ['ontrack', 46],
  ['behind', 14],
  ['future', 4],
  ['suspended', 3.5],
  ['withdrawn', 2.5],
];
const CAT_CUM = cum(CATEGORIES.map((c) => c[1]));
/** Reminder bands (first and last day behind) used to spread delays over every level. */
export const BANDS = [
  [15, 30],
  [31, 45],
  [46, 60],
  [61, 150],
];
const SOURCES = ['central', 'provincial', 'municipal', 'local'];
const DOC_PREFIX = ['市委办发', '市政办发', '市政发', '市委发', '市委改发'];

function cum(ws) {
  let t = 0;
  return ws.map((w) => (t += w));
}

const fill = (tpl, o) => tpl.replace('{o}', o);

export function taskTitle(r, obj) {
  const k = r.int(0, 9);
  if (k < 4) return fill(r.pick(TITLE_REFORM), obj);
  if (k < 7) return r.pick(TITLE_MECH_VERB) + obj + r.pick(TITLE_MECH_NOUN);
  if (k < 9) return fill(r.pick(TITLE_PILOT), obj);
  return fill(r.pick(TITLE_OTHER), obj);
}

export function docRef(r) {
  return `${r.pick(DOC_PREFIX)}〔2026〕${r.int(1, 180)}号`;
}

/**
 * Lays out K node due days with node `a` due on `due` and 20–70 days between nodes, compressing
 * the nodes before `a` so that none falls before `minDue`. Returns null when impossible.
 */
function layout(r, K, a, due, minDue) {
  const d = new Array(K);
  d[a] = due;
  for (let i = a + 1; i < K; i++) d[i] = d[i - 1] + r.int(20, 70);
  for (let i = a - 1; i >= 0; i--) d[i] = d[i + 1] - r.int(20, 70);
  if (d[0] < minDue) {
    const span = due - minDue;
    if (span < a * 4) return null;
    for (let i = 0; i < a; i++) d[i] = minDue + Math.round((span * i) / a);
  }
  if (a < K - 1) d[K - 1] = Math.max(d[K - 1], monthEnd(d[K - 1]));
  if (d[K - 1] > MAX_DUE) return null;
  return d;
}

function doneLag(r) {
  const x = r.next();
  if (x < 0.65) return r.int(-12, 0);
  if (x < 0.9) return r.int(1, 14);
  return r.int(15, 45);
}

/** Marks nodes [0, upto) done, each no earlier than the last and no later than `hi`. */
function markDone(r, nodes, upto, t0, hi) {
  let prev = t0 + 1;
  for (let i = 0; i < upto; i++) {
    const next = i + 1 < nodes.length ? nodes[i + 1].due : Infinity;
    const top = Math.min(hi, next);
    const v = Math.max(prev, Math.min(top, nodes[i].due + doneLag(r)));
    nodes[i].done = v;
    prev = v;
  }
}

/** Picks the category and the node schedule; returns { cat, a (anchor), dues, event, behind }. */
function plan(r, K, t0) {
  const minDue = t0 + 15;
  for (let attempt = 0; attempt < 12; attempt++) {
    const cat = attempt < 10 ? CATEGORIES[r.weighted(CAT_CUM)][0] : 'future';
    let a;
    let due;
    let event = null;
    if (cat === 'done') {
      a = K - 1;
      due = r.int(minDue + 45, ASOF - 2);
      if (monthEnd(due) < ASOF - 1) due = monthEnd(due);
    } else if (cat === 'behind') {
      const [lo, hi] = r.pick(BANDS);
      a = r.int(0, K - 1);
      due = ASOF - r.int(lo, hi);
    } else if (cat === 'ontrack') {
      a = r.int(0, K - 1);
      const x = r.next();
      due = ASOF + (x < 0.15 ? r.int(0, 7) : x < 0.3 ? r.int(-14, -1) : r.int(8, 150));
    } else if (cat === 'future') {
      a = 0;
      due = Math.max(ASOF, t0) + r.int(8, 60);
    } else {
      event = r.int(minDue + 20, ASOF - 5);
      a = r.int(0, K - 1);
      due = event + r.int(-25, 40);
    }
    const dues = layout(r, K, a, due, minDue);
    if (dues) return { cat, a, dues, event };
  }
  throw new Error('no schedule found');
}

function notes(r, lo, hi, pool, n) {
  const out = [];
  for (let k = 0; k < n && lo <= hi; k++) out.push({ date: r.int(lo, hi), note: r.pick(pool) });
  return out;
}

/**
 * The task with index i (0-based). Indices >= nTasks are the tasks removed during the year; the
 * last nAdded indices below nTasks are added during the year.
 */
export function makeTask(w, i) {
  const r = new Rng(w.seed, 'task', i);
  const unit = taskUnit(w, i);
  const u = w.units[unit];
  const g = unitGroup(w, unit, r);
  const group = GROUPS[g];
  const obj = r.pick(group.objects);
  const title = taskTitle(r, obj);
  const added = i >= w.nTasks - w.nAdded && i < w.nTasks;
  const removed = i >= w.nTasks;
  const t0 = added ? r.int(BASE + 30, ASOF - 40) : BASE;

  const [, names, explicitFinal0] = NODE_SETS[r.weighted(NODE_CUM)];
  const explicitFinal = explicitFinal0;
  const K = names.length + (explicitFinal ? 0 : 1);
  const { cat, a, dues, event } = plan(r, K, t0);
  const nodes = dues.map((due, k) => ({
    name: k < names.length ? names[k] : '任务办结',
    due,
    done: null,
    evidence: null,
  }));

  const t = {
    i,
    id: taskId(w, i),
    title,
    obj,
    unit: u.name,
    unitIdx: unit,
    leader: u.leader,
    group: r.chance(0.9) ? group.name : null,
    cat,
    nodes,
    explicitFinal,
    changes: [],
    progress: [],
    completedOn: null,
    evidence: null,
    closed: null,
    escalations: [],
    suspended: null,
    withdrawn: null,
    remark: null,
    addedOn: added ? t0 : null,
    removedOn: removed ? r.int(BASE + 20, ASOF - 5) : null,
  };
  t.assignedBy = t.group && r.chance(0.15) ? t.group : null;
  t.responsible = r
    .sample(w.leadUnits, r.int(0, 3))
    .filter((x) => x !== unit)
    .map((x) => w.units[x].name);
  t.lists = [];
  if (r.chance(0.85)) t.lists.push('annual');
  if (r.chance(0.25)) t.lists.push('key');
  if (r.chance(u.kind === 'county' ? 0.6 : 0.05)) t.lists.push('grassroots');
  t.source = u.kind === 'county' && r.chance(0.3) ? 'local' : SOURCES[r.weighted(SOURCE_CUM)];
  const kind = r.pick(DOC_KINDS);
  t.doc = `《${obj}${kind === '实施方案' ? '改革实施方案' : kind}》`;
  t.measures = `制定${t.doc}，${r.sample(MEASURES, 3).join('；')}。`;
  t.deliverable = r.pick(DELIVERABLES).replace('{o}', obj).replace('{k}', kind);
  if (r.chance(0.03))
    t.remark = r.pick([
      '列入市政府工作报告',
      '市委常委会督办事项',
      '人大代表建议办理事项',
      '与省级改革试点衔接',
    ]);

  if (cat === 'done') {
    markDone(r, nodes, K, t0, ASOF);
    t.completedOn = nodes[K - 1].done;
  } else if (cat === 'behind' || cat === 'ontrack') {
    markDone(r, nodes, a, t0, ASOF);
  } else if (cat === 'suspended' || cat === 'withdrawn') {
    markDone(r, nodes, a, t0, event);
    const rec = {
      on: event,
      reason: r.pick(cat === 'suspended' ? SUSPEND_REASONS : WITHDRAW_REASONS),
      by: r.pick(APPROVERS),
    };
    if (cat === 'suspended') t.suspended = rec;
    else t.withdrawn = rec;
  }
  for (const n of nodes) {
    if (n.done !== null && n.name === '文件出台' && r.chance(0.8)) n.evidence = `${t.doc}（${docRef(r)}）`;
  }
  if (t.completedOn !== null) {
    t.evidence = [`${t.doc}（${docRef(r)}）`];
    if (r.chance(0.6)) t.evidence.push(`${title}工作总结.pdf`);
    if (r.chance(0.3)) t.evidence.push(`${u.name}关于${title}完成情况的报告.docx`);
    if (t.completedOn <= day('2026-06-30') && r.chance(0.65)) {
      t.closed = { on: r.int(day('2026-07-08'), day('2026-07-20')), period: '2026H1' };
    }
  }
  addChanges(r, t, K, t0);
  addProgress(r, t, t0, a, cat);
  if (cat === 'behind' && ASOF - nodes[a].due >= 62 && r.chance(0.4)) addEscalations(r, t, nodes[a].due);
  return t;
}

const SOURCE_CUM = cum([12, 28, 50, 10]);

/** Approved and unapproved postponements (the latter only visible in the git history). */
function addChanges(r, t, K, t0) {
  const nodes = t.nodes;
  const x = r.next();
  if (x < 0.08 && !t.explicitFinal) {
    // deadline postponed: approved (7%) or quietly (1%)
    const approved = x < 0.07;
    const final = nodes[K - 1].due;
    const lastExplicit = K >= 2 ? nodes[K - 2].due : t0;
    let from = monthEnd(final - r.int(30, 120));
    if (from >= final) from = final - r.int(15, 60);
    if (from <= lastExplicit || from < t0 + 15) return;
    const lo = Math.max(t0 + 1, from - 45);
    const hi = Math.min(ASOF, approved ? from : from + 20, t.completedOn ?? Infinity);
    if (lo > hi) return;
    t.changes.push(change(r, t0, 'deadline', K - 1, from, r.int(lo, hi), approved));
  } else if (x < 0.105) {
    // a milestone moved later: approved (2%) or quietly (0.5%)
    const approved = x < 0.1;
    const k = r.int(0, K - 2);
    const to = nodes[k].due;
    const prev = k > 0 ? nodes[k - 1].due : t0 + 15;
    const from = to - r.int(10, 40);
    if (from <= prev) return;
    const lo = Math.max(t0 + 1, from - 30);
    const hi = Math.min(ASOF, from);
    if (lo > hi || (nodes[k].done !== null && nodes[k].done < lo)) return;
    const on = r.int(lo, nodes[k].done !== null ? Math.min(hi, nodes[k].done) : hi);
    t.changes.push(change(r, t0, `milestones.${nodes[k].name}`, k, from, on, approved));
  }
}

function change(r, _t0, field, node, from, on, approved) {
  return {
    field,
    node,
    from,
    on,
    approved,
    by: r.pick(APPROVERS),
    ref: r.chance(0.7) ? `改革办函〔2026〕${r.int(1, 240)}号` : null,
  };
}

function addProgress(r, t, t0, a, cat) {
  const end = t.completedOn ?? t.suspended?.on ?? t.withdrawn?.on ?? ASOF;
  const p = [];
  for (const n of t.nodes) {
    if (n.done !== null && r.chance(0.7)) {
      p.push({
        date: n.done,
        note: r.pick(PROGRESS_DONE).replace('{n}', n.name).replace('{x}', r.pick(PROGRESS_X)),
      });
    }
  }
  p.push(...notes(r, t0 + 1, end, PROGRESS_ONGOING, r.int(0, 2)));
  if (cat === 'behind' && r.chance(0.6)) {
    p.push({ date: r.int(t.nodes[a].due + 1, ASOF), note: r.pick(PROGRESS_BEHIND) });
  }
  p.sort((x, y) => x.date - y.date);
  t.progress = p;
}

function addEscalations(r, t, due) {
  const circ = r.int(due + 62, ASOF);
  t.escalations.push({
    level: 'circular',
    decided: circ,
    by: '市委全面深化改革委员会',
    reason: r.pick(ESCALATION_REASONS.circular),
    held: null,
  });
  if (r.chance(0.3) && circ < ASOF) {
    const dec = r.int(circ + 1, ASOF);
    const held = r.chance(0.5) && dec < ASOF ? r.int(dec + 1, Math.min(ASOF, dec + 20)) : null;
    t.escalations.push({
      level: 'interview',
      decided: dec,
      by: '市委全面深化改革委员会',
      reason: r.pick(ESCALATION_REASONS.interview),
      held,
    });
  }
}
