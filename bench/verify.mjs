#!/usr/bin/env node
// Checks a generated ledger folder against the format rules of issue 2 / notes/format.md that
// the generator must respect (keys, enums, real dates, references, ordering of dates), so the
// benchmark data is valid even before `reform check` exists. Not a replacement for it.
//   node bench/verify.mjs bench/data/20k/ledgers [--asof 2026-11-20]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const dir = process.argv[2] ?? 'ledgers';
const asofArg = process.argv.indexOf('--asof');
const ASOF = asofArg > 0 ? process.argv[asofArg + 1] : '2026-11-20';
const errors = [];
const err = (where, msg) => errors.length < 200 && errors.push(`${where}: ${msg}`);

function load(kind) {
  const file = join(dir, `${kind}.yaml`);
  const folder = join(dir, kind);
  const files = [];
  try {
    if (statSync(folder).isDirectory()) {
      for (const f of readdirSync(folder).sort()) if (f.endsWith('.yaml')) files.push(join(folder, f));
    }
  } catch {
    /* no folder */
  }
  try {
    statSync(file);
    files.push(file);
  } catch {
    /* no file */
  }
  const out = [];
  for (const f of files) {
    const doc = yaml.load(readFileSync(f, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: f });
    if (doc === null || typeof doc !== 'object') continue;
    const v = doc[kind];
    if (!Array.isArray(v)) err(f, `${kind} is not a list`);
    else out.push(...v);
  }
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isDate(s) {
  if (typeof s !== 'string' || !DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const ID = /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/;

function keys(where, obj, required, optional) {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return err(where, 'not a mapping');
  for (const k of required)
    if (obj[k] === undefined || obj[k] === '' || obj[k] === null) err(where, `missing ${k}`);
  for (const k of Object.keys(obj))
    if (!required.includes(k) && !optional.includes(k) && !k.startsWith('x_')) err(where, `unknown key ${k}`);
}
function date(where, v, { past = false } = {}) {
  if (!isDate(v)) return err(where, `not a real date: ${v}`);
  if (past && v > ASOF) err(where, `recorded after ${ASOF}: ${v}`);
}
function oneOf(where, v, allowed) {
  if (!allowed.includes(v)) err(where, `${v} not one of ${allowed.join('|')}`);
}
function evidence(where, v) {
  if (
    typeof v === 'string'
      ? v === ''
      : !Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !x)
  )
    err(where, 'bad evidence');
}

const units = yaml.load(readFileSync(join(dir, 'units.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA });
const unitNames = new Map();
for (const [k, u] of units.units.entries()) {
  keys(`units[${k}]`, u, ['name', 'kind'], ['aliases', 'contact']);
  oneOf(`units[${k}].kind`, u.kind, ['office', 'group', 'department', 'county']);
  if (unitNames.has(u.name)) err(`units[${k}]`, `duplicate unit ${u.name}`);
  unitNames.set(u.name, u.kind);
}
const unit = (where, name) => unitNames.has(name) || err(where, `unknown unit ${name}`);

const ids = new Map();
const tasks = load('tasks');
const pilots = load('pilots');
const problems = load('problems');
const reminders = load('reminders');
for (const [kind, list] of [
  ['tasks', tasks],
  ['pilots', pilots],
  ['problems', problems],
]) {
  for (const x of list) {
    if (!ID.test(x.id) || x.id.length > 40) err(`${kind} ${x.id}`, 'bad id');
    if (ids.has(x.id)) err(`${kind} ${x.id}`, 'duplicate id');
    ids.set(x.id, kind);
  }
}

const MILESTONE = ['name', 'due'];
function milestones(where, ms, limit) {
  let prevDone = '';
  for (const [k, m] of (ms ?? []).entries()) {
    const at = `${where}.milestones[${k}]`;
    keys(at, m, MILESTONE, ['done_on', 'evidence']);
    date(at + '.due', m.due);
    if (m.due > limit) err(at, `due ${m.due} after ${limit}`);
    if (m.done_on !== undefined) {
      date(at + '.done_on', m.done_on, { past: true });
      if (m.done_on < prevDone) err(at, 'done_on before the previous node was done');
      prevDone = m.done_on;
    }
    if (m.evidence !== undefined) evidence(at, m.evidence);
  }
}
function progress(where, ps) {
  for (const [k, p] of (ps ?? []).entries()) {
    keys(`${where}.progress[${k}]`, p, ['date', 'note'], []);
    date(`${where}.progress[${k}].date`, p.date, { past: true });
  }
}
function decision(where, d) {
  if (d === undefined) return;
  keys(where, d, ['on', 'reason', 'approved_by'], []);
  date(where + '.on', d.on, { past: true });
}
function adjustments(where, list, item) {
  for (const [k, a] of (list ?? []).entries()) {
    const at = `${where}.adjustments[${k}]`;
    keys(at, a, ['on', 'field', 'from', 'to', 'approved_by'], ['ref']);
    date(at + '.on', a.on, { past: true });
    date(at + '.from', a.from);
    date(at + '.to', a.to);
    if (a.to <= a.from) err(at, 'not a postponement');
    const current = a.field.startsWith('milestones.')
      ? item.milestones?.find((m) => m.name === a.field.slice(11))?.due
      : item[a.field];
    if (current !== a.to) err(at, `to ${a.to} is not the current ${a.field} ${current}`);
  }
}
function escalations(where, list) {
  for (const [k, e] of (list ?? []).entries()) {
    const at = `${where}.escalations[${k}]`;
    keys(at, e, ['level', 'decided_on', 'by', 'reason'], ['held_on']);
    oneOf(at, e.level, ['interview', 'circular']);
    date(at, e.decided_on, { past: true });
    if (e.held_on !== undefined && (date(at, e.held_on, { past: true }), e.held_on < e.decided_on))
      err(at, 'held before decided');
  }
}

const TASK_REQ = ['id', 'title', 'lead_leader', 'lead_unit', 'measures', 'deliverable', 'deadline'];
const TASK_OPT = [
  'responsible_units',
  'assigned_by',
  'group',
  'lists',
  'source',
  'milestones',
  'progress',
  'completed_on',
  'evidence',
  'closed',
  'adjustments',
  'escalations',
  'suspended',
  'withdrawn',
];
for (const t of tasks) {
  const at = `task ${t.id}`;
  keys(at, t, TASK_REQ, TASK_OPT);
  date(at + '.deadline', t.deadline);
  unit(at + '.lead_unit', t.lead_unit);
  for (const u of t.responsible_units ?? []) unit(at + '.responsible_units', u);
  if (t.assigned_by) unit(at + '.assigned_by', t.assigned_by);
  if (t.group && unitNames.get(t.group) !== 'group') err(at, `group ${t.group} is not a group`);
  for (const l of t.lists ?? []) oneOf(at + '.lists', l, ['annual', 'key', 'grassroots']);
  if (t.source) oneOf(at + '.source', t.source, ['central', 'provincial', 'municipal', 'local']);
  milestones(at, t.milestones, t.deadline);
  progress(at, t.progress);
  if (t.completed_on !== undefined) {
    date(at + '.completed_on', t.completed_on, { past: true });
    if (t.evidence === undefined) err(at, 'completed_on without evidence');
    const undone = (t.milestones ?? []).filter((m) => m.done_on === undefined);
    if (undone.length) err(at, 'completed with milestones not done');
  }
  if (t.evidence !== undefined) evidence(at, t.evidence);
  if (t.closed !== undefined) {
    keys(at + '.closed', t.closed, ['on', 'period'], []);
    date(at + '.closed.on', t.closed.on, { past: true });
    oneOf(at + '.closed.period', t.closed.period, ['2026H1', '2026H2', '2026']);
    if (t.completed_on === undefined || t.closed.on < t.completed_on) err(at, 'closed but not finished');
  }
  adjustments(at, t.adjustments, t);
  escalations(at, t.escalations);
  decision(at + '.suspended', t.suspended);
  decision(at + '.withdrawn', t.withdrawn);
}

const PILOT_REQ = [
  'id',
  'title',
  'level',
  'origin',
  'lead_leader',
  'lead_unit',
  'plan',
  'team',
  'start',
  'end',
];
const PILOT_OPT = [
  'filed_on',
  'milestones',
  'progress',
  'completed_on',
  'evidence',
  'withdrawn',
  'outcome',
  'escalations',
  'adjustments',
];
for (const p of pilots) {
  const at = `pilot ${p.id}`;
  keys(at, p, PILOT_REQ, PILOT_OPT);
  oneOf(at, p.level, ['national', 'provincial', 'municipal', 'county']);
  oneOf(at, p.origin, ['assigned', 'self']);
  unit(at, p.lead_unit);
  date(at + '.start', p.start);
  date(at + '.end', p.end);
  const oneYear = new Date(`${p.start}T00:00:00Z`);
  oneYear.setUTCFullYear(oneYear.getUTCFullYear() + 1);
  if (p.end >= oneYear.toISOString().slice(0, 10)) err(at, `term over one year: ${p.start}..${p.end}`);
  if (p.origin === 'self' && p.filed_on === undefined) err(at, 'self-chosen without filed_on');
  milestones(at, p.milestones, p.end);
  progress(at, p.progress);
  if (p.completed_on !== undefined && p.evidence === undefined) err(at, 'completed_on without evidence');
  if (p.outcome) keys(at + '.outcome', p.outcome, ['summary'], ['promoted']);
  decision(at + '.withdrawn', p.withdrawn);
  escalations(at, p.escalations);
  adjustments(at, p.adjustments, p);
}

const PROBLEM_REQ = ['id', 'found_on', 'found_by', 'description', 'unit', 'deadline'];
const PROBLEM_OPT = [
  'title',
  'related',
  'notice',
  'reviews',
  'rectified_on',
  'evidence',
  'verified',
  'escalations',
  'adjustments',
];
for (const q of problems) {
  const at = `problem ${q.id}`;
  keys(at, q, PROBLEM_REQ, PROBLEM_OPT);
  date(at + '.found_on', q.found_on, { past: true });
  date(at + '.deadline', q.deadline);
  oneOf(at, q.found_by, [
    'comprehensive',
    'joint',
    'special',
    'periodic',
    'daily',
    'unannounced',
    'media',
    'other',
  ]);
  unit(at, q.unit);
  if (q.related !== undefined && !ids.has(q.related)) err(at, `related ${q.related} does not exist`);
  if (q.related !== undefined && ids.get(q.related) === 'problems') err(at, 'related is a problem');
  if (q.notice)
    keys(at + '.notice', q.notice, ['issued_on', 'ref'], []), date(at, q.notice.issued_on, { past: true });
  for (const r of q.reviews ?? [])
    keys(at + '.reviews', r, ['date', 'result'], ['note']),
      oneOf(at, r.result, ['pass', 'partial', 'fail']),
      date(at, r.date, { past: true });
  if (q.rectified_on !== undefined) {
    date(at, q.rectified_on, { past: true });
    if (q.evidence === undefined) err(at, 'rectified without evidence');
  }
  if (q.verified) {
    keys(at + '.verified', q.verified, ['on', 'by'], []);
    if (q.rectified_on === undefined || q.verified.on < q.rectified_on) err(at, 'verified before rectified');
  }
  escalations(at, q.escalations);
  adjustments(at, q.adjustments, q);
}

let prev = '';
for (const [k, e] of reminders.entries()) {
  const at = `reminders[${k}]`;
  keys(at, e, ['date', 'item', 'level', 'to'], ['by', 'note']);
  date(at, e.date, { past: true });
  oneOf(at, e.level, ['phone', 'written', 'onsite', 'circular', 'interview']);
  if (!ids.has(e.item)) err(at, `unknown item ${e.item}`);
  unit(at, e.to);
  if (e.date < prev) err(at, 'log not in date order');
  prev = e.date;
}

const summary = `${tasks.length} tasks, ${pilots.length} pilots, ${problems.length} problems, ${reminders.length} reminders, ${unitNames.size} units`;
if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`verify: ${errors.length}${errors.length >= 200 ? '+' : ''} errors (${summary})`);
  process.exitCode = 1;
} else {
  console.error(`verify: ok (${summary})`);
}
