// The reminder log (催办记录): entries an office would have recorded while an item's node was
// late, at the day it crossed each band (with a few days' slack), and interviews held.
import { ASOF } from './dates.mjs';
import { Rng } from './prng.mjs';
import { REMINDER_NOTES } from './vocab.mjs';

const LEVELS = [
  ['phone', 15, 0.5],
  ['written', 31, 0.45],
  ['onsite', 46, 0.4],
  ['circular', 61, 0.35],
];

/**
 * nodes: [{due, done|null}]; stop: first day the item is out of scope (completed, suspended,
 * withdrawn) or null. Returns log entries {date, item, level, to, by?, note?}.
 */
function lateEntries(w, id, unit, issuer, nodes, stop) {
  const r = new Rng(w.seed, 'rem', id);
  const out = [];
  let open = false;
  for (const n of nodes) {
    if (open) break; // later nodes of an item already behind add nothing new
    if (n.done === null) open = true;
    let end = n.done ?? ASOF + 1;
    if (stop !== null && stop < end) end = stop;
    for (const [level, from, p] of LEVELS) {
      const date = n.due + from + r.int(0, 4);
      if (date >= end || date > ASOF) break;
      if (r.chance(p)) out.push(entry(w, r, date, id, level, unit, issuer));
    }
  }
  return out;
}

function entry(w, r, date, item, level, to, issuer) {
  const e = { date, item, level, to, by: null, note: null };
  if (r.chance(0.6)) e.by = `${issuer} ${r.pick(w.clerks)}`;
  if (r.chance(0.4)) e.note = r.pick(REMINDER_NOTES[level]);
  return e;
}

export function taskReminders(w, t) {
  const stop = t.completedOn ?? t.suspended?.on ?? t.withdrawn?.on ?? null;
  const issuer = t.assignedBy ? `${t.assignedBy}办公室` : w.units[0].name;
  const out = lateEntries(w, t.id, t.unit, issuer, t.nodes, stop);
  const r = new Rng(w.seed, 'rem-interview', t.id);
  for (const e of t.escalations) {
    if (e.level === 'interview' && e.held !== null)
      out.push(entry(w, r, e.held, t.id, 'interview', t.unit, issuer));
  }
  return out;
}

export function pilotReminders(w, p) {
  const nodes = p.milestones.map((m) => ({ due: m.due, done: m.done }));
  nodes.push({ due: p.end, done: p.completedOn });
  return lateEntries(w, p.id, p.unit, w.units[0].name, nodes, p.withdrawn?.on ?? null);
}

export function problemReminders(w, q) {
  return lateEntries(w, q.id, q.unit, w.units[0].name, [{ due: q.deadline, done: q.rectifiedOn }], null);
}
