// YAML text of the generated items as they stood on day t (everything dated after t left out,
// postponed due days shown with their earlier value), written by hand for speed: block style
// like a clerk's file, flow style for a few short mappings and lists.
import { ASOF, iso } from './dates.mjs';

const BAD_START = /^[\s\-?:,[\]{}#&*!|>'"%@`]/;
const BAD_ANY = /: |\s#|:$|\s$|[\n\t\r]/;
const NUMERIC = /^[-+]?(\.?\d[\d_.]*([eE][-+]?\d+)?|\.inf|\.nan)$/i;
const MAYBE = /[:#\s]/;
const KEYWORD = /^(true|false|null|~|yes|no|on|off|y|n)$/i;

/** A scalar in block context: plain when YAML reads it back as the same string, else quoted. */
export function str(v) {
  if (v.charCodeAt(0) > 0x2000 && !MAYBE.test(v)) return v; // fast path: starts with CJK, no ':', '#', space
  return v === '' || BAD_START.test(v) || BAD_ANY.test(v) || NUMERIC.test(v) || KEYWORD.test(v)
    ? JSON.stringify(v)
    : v;
}

/** A scalar inside a flow collection. */
export function flow(v) {
  return /[,[\]{}]/.test(v) ? JSON.stringify(v) : str(v);
}

const list = (xs) => `[${xs.map(flow).join(', ')}]`;

function evidence(ev, ind) {
  if (typeof ev === 'string') return `${ind}evidence: ${str(ev)}\n`;
  let s = `${ind}evidence:\n`;
  for (const e of ev) s += `${ind}  - ${str(e)}\n`;
  return s;
}

/** Due days on day t: each change made after t is undone (changes are one per field). */
function duesAt(changes, t, current) {
  const out = Array.isArray(current) ? current.slice() : { ...current };
  for (const c of changes) if (c.on > t) out[c.key] = c.from;
  return out;
}

function milestones(ms, dues, t, ind) {
  if (ms.length === 0) return '';
  let s = `${ind}milestones:\n`;
  ms.forEach((m, k) => {
    s += `${ind}  - name: ${str(m.name)}\n${ind}    due: ${iso(dues[k])}\n`;
    if (m.done !== null && m.done <= t) {
      s += `${ind}    done_on: ${iso(m.done)}\n`;
      if (m.evidence) s += `${ind}    evidence: ${str(m.evidence)}\n`;
    }
  });
  return s;
}

function progress(ps, t, ind) {
  let s = '';
  for (const p of ps)
    if (p.date <= t) s += `${ind}  - date: ${iso(p.date)}\n${ind}    note: ${str(p.note)}\n`;
  return s ? `${ind}progress:\n${s}` : '';
}

function adjustments(changes, t, valueOf, ind) {
  let s = '';
  for (const c of changes) {
    if (!c.approved || c.on > t) continue;
    s += `${ind}  - on: ${iso(c.on)}\n${ind}    field: ${str(c.field)}\n${ind}    from: ${iso(c.from)}\n`;
    s += `${ind}    to: ${iso(valueOf(c))}\n${ind}    approved_by: ${str(c.by)}\n`;
    if (c.ref) s += `${ind}    ref: ${str(c.ref)}\n`;
  }
  return s ? `${ind}adjustments:\n${s}` : '';
}

function escalations(es, t, ind) {
  let s = '';
  for (const e of es) {
    if (e.decided > t) continue;
    s += `${ind}  - level: ${e.level}\n${ind}    decided_on: ${iso(e.decided)}\n${ind}    by: ${str(e.by)}\n${ind}    reason: ${str(e.reason)}\n`;
    if (e.held !== null && e.held <= t) s += `${ind}    held_on: ${iso(e.held)}\n`;
  }
  return s ? `${ind}escalations:\n${s}` : '';
}

function decision(key, d, t, ind) {
  if (!d || d.on > t) return '';
  return `${ind}${key}:\n${ind}  on: ${iso(d.on)}\n${ind}  reason: ${str(d.reason)}\n${ind}  approved_by: ${str(d.by)}\n`;
}

const I = '    ';

export function taskVisible(task, t) {
  return !((task.addedOn !== null && t < task.addedOn) || (task.removedOn !== null && t >= task.removedOn));
}

/** The task as a list item of `tasks:` on day t ('' when it is not in the ledger that day). */
export function renderTask(task, t = ASOF) {
  if (!taskVisible(task, t)) return '';
  const K = task.nodes.length;
  const current = task.nodes.map((n) => n.due);
  const dues = duesAt(
    task.changes.map((c) => ({ ...c, key: c.node })),
    t,
    current,
  );
  let s = `  - id: ${task.id}\n${I}title: ${str(task.title)}\n${I}lead_leader: ${str(task.leader)}\n${I}lead_unit: ${str(task.unit)}\n`;
  if (task.responsible.length) s += `${I}responsible_units: ${list(task.responsible)}\n`;
  if (task.assignedBy) s += `${I}assigned_by: ${str(task.assignedBy)}\n`;
  if (task.group) s += `${I}group: ${str(task.group)}\n`;
  if (task.lists.length) s += `${I}lists: ${list(task.lists)}\n`;
  s += `${I}source: ${task.source}\n${I}measures: ${str(task.measures)}\n${I}deliverable: ${str(task.deliverable)}\n`;
  s += `${I}deadline: ${iso(dues[K - 1])}\n`;
  s += milestones(task.explicitFinal ? task.nodes : task.nodes.slice(0, K - 1), dues, t, I);
  s += progress(task.progress, t, I);
  if (task.completedOn !== null && task.completedOn <= t) {
    s += `${I}completed_on: ${iso(task.completedOn)}\n` + evidence(task.evidence, I);
  }
  if (task.closed && task.closed.on <= t)
    s += `${I}closed: {on: ${iso(task.closed.on)}, period: ${task.closed.period}}\n`;
  s += adjustments(task.changes, t, (c) => current[c.node], I);
  s += escalations(task.escalations, t, I);
  s += decision('suspended', task.suspended, t, I);
  s += decision('withdrawn', task.withdrawn, t, I);
  if (task.remark) s += `${I}x_remark: ${str(task.remark)}\n`;
  return s;
}

export function renderPilot(p, t = ASOF) {
  if (t < p.listedOn) return '';
  const dues = duesAt(
    p.changes.map((c) => ({ ...c, key: 'end' })),
    t,
    { end: p.end },
  );
  let s = `  - id: ${p.id}\n${I}title: ${str(p.title)}\n${I}level: ${p.level}\n${I}origin: ${p.origin}\n`;
  s += `${I}lead_leader: ${str(p.leader)}\n${I}lead_unit: ${str(p.unit)}\n${I}plan: ${str(p.plan)}\n${I}team:\n`;
  for (const m of p.team) s += `${I}  - ${str(m)}\n`;
  s += `${I}start: ${iso(p.start)}\n${I}end: ${iso(dues.end)}\n`;
  if (p.filedOn !== null && p.filedOn <= t) s += `${I}filed_on: ${iso(p.filedOn)}\n`;
  s += milestones(
    p.milestones,
    p.milestones.map((m) => m.due),
    t,
    I,
  );
  s += progress(p.progress, t, I);
  if (p.completedOn !== null && p.completedOn <= t) {
    s += `${I}completed_on: ${iso(p.completedOn)}\n` + evidence(p.evidence, I);
    if (p.outcome) {
      s += `${I}outcome:\n${I}  summary: ${str(p.outcome.summary)}\n`;
      const promoted = p.outcome.promoted.filter((x) => x.on <= t);
      if (promoted.length) {
        s += `${I}  promoted:\n`;
        for (const x of promoted) s += `${I}    - by: ${str(x.by)}\n${I}      on: ${iso(x.on)}\n`;
      }
    }
  }
  s += decision('withdrawn', p.withdrawn, t, I);
  s += escalations(p.escalations, t, I);
  s += adjustments(p.changes, t, () => p.end, I);
  return s;
}

export function renderProblem(q, t = ASOF) {
  if (t < q.found) return '';
  const dues = duesAt(
    q.changes.map((c) => ({ ...c, key: 'deadline' })),
    t,
    { deadline: q.deadline },
  );
  let s = `  - id: ${q.id}\n`;
  if (q.title) s += `${I}title: ${str(q.title)}\n`;
  s += `${I}found_on: ${iso(q.found)}\n${I}found_by: ${q.foundBy}\n${I}description: ${str(q.description)}\n`;
  s += `${I}unit: ${str(q.unit)}\n${I}deadline: ${iso(dues.deadline)}\n`;
  if (q.related) s += `${I}related: ${q.related}\n`;
  if (q.notice && q.notice.on <= t)
    s += `${I}notice: {issued_on: ${iso(q.notice.on)}, ref: ${flow(q.notice.ref)}}\n`;
  let rs = '';
  for (const v of q.reviews) {
    if (v.date > t) continue;
    rs += `${I}  - date: ${iso(v.date)}\n${I}    result: ${v.result}\n`;
    if (v.note) rs += `${I}    note: ${str(v.note)}\n`;
  }
  if (rs) s += `${I}reviews:\n${rs}`;
  if (q.rectifiedOn !== null && q.rectifiedOn <= t)
    s += `${I}rectified_on: ${iso(q.rectifiedOn)}\n` + evidence(q.evidence, I);
  if (q.verified && q.verified.on <= t)
    s += `${I}verified: {on: ${iso(q.verified.on)}, by: ${flow(q.verified.by)}}\n`;
  s += escalations(q.escalations, t, I);
  s += adjustments(q.changes, t, () => q.deadline, I);
  return s;
}

export function renderReminder(e) {
  let s = `  - date: ${iso(e.date)}\n${I}item: ${e.item}\n${I}level: ${e.level}\n${I}to: ${str(e.to)}\n`;
  if (e.by) s += `${I}by: ${str(e.by)}\n`;
  if (e.note) s += `${I}note: ${str(e.note)}\n`;
  return s;
}

export function renderUnits(w) {
  let s = header('units') + 'units:\n';
  for (const u of w.units) {
    s += `  - name: ${str(u.name)}\n${I}kind: ${u.kind}\n`;
    if (u.aliases.length) s += `${I}aliases: ${list(u.aliases)}\n`;
    s += `${I}contact: {name: ${flow(u.contact.name)}, phone: ${flow(u.contact.phone)}}\n`;
  }
  s += 'leaders:\n';
  for (const l of w.leaders) s += `  - name: ${str(l.name)}\n${I}title: ${str(l.title)}\n`;
  return s;
}

export function renderPolicy() {
  return (
    header('policy') +
    'office: 市委改革办\ntimezone: Asia/Shanghai\n' +
    'bands: {phone: 15, written: 31, onsite: 46, circular: 61}\n' +
    'prewarn_days: 7\npilot: {usual_years: 1, max_years: 2}\nday_count: calendar\n'
  );
}

/** First lines of a ledger file; `depth` is how deep below ledgers/ the file sits. */
export function header(kind, depth = 0) {
  return (
    `# yaml-language-server: $schema=${'../'.repeat(depth + 1)}schemas/${kind}.schema.json\n` +
    '# 基准测试生成的虚构台账（bench/generate.mjs），仅用于性能测试\n'
  );
}
