// Writes a complete generated ledger folder as of one day (the final state, 2026-11-20), in the
// single-file layout (ledgers/tasks.yaml) or the folder layout (ledgers/tasks/<unit>.yaml).
import { join } from 'node:path';
import { ASOF } from './dates.mjs';
import { makePilot } from './pilots.mjs';
import { makeProblem } from './problems.mjs';
import { pilotReminders, problemReminders, taskReminders } from './reminders.mjs';
import {
  header,
  renderPilot,
  renderPolicy,
  renderProblem,
  renderReminder,
  renderTask,
  renderUnits,
  taskVisible,
} from './render.mjs';
import { FileSink } from './sink.mjs';
import { makeTask } from './tasks.mjs';
import { taskId } from './world.mjs';

export const byDateThenItem = (a, b) => a.date - b.date || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);

/** Writes ledgers/ under dir; returns counts and bytes per file kind. */
export function writeLedgers(w, dir, layout) {
  const ledgers = join(dir, 'ledgers');
  const stats = { tasks: 0, pilots: 0, problems: 0, reminders: 0, units: w.units.length, bytes: {} };
  const reminders = [];
  const sinks = new Map();
  const sinkFor = (unitIdx) => {
    const key = layout === 'folder' ? unitIdx : -1;
    let s = sinks.get(key);
    if (!s) {
      const path =
        layout === 'folder'
          ? join(ledgers, 'tasks', `${w.units[unitIdx].slug}.yaml`)
          : join(ledgers, 'tasks.yaml');
      s = new FileSink(path);
      s.write(header('tasks', layout === 'folder' ? 1 : 0) + 'tasks:\n');
      sinks.set(key, s);
    }
    return s;
  };
  const total = w.nTasks + w.nRemoved;
  for (let i = 0; i < total; i++) {
    const t = makeTask(w, i);
    if (!taskVisible(t, ASOF)) continue;
    const sink = sinkFor(t.unitIdx);
    if (layout !== 'folder' && i % 1000 === 0) sink.write(`  # —— ${taskId(w, i)} 起 ——\n`);
    sink.write(renderTask(t, ASOF));
    stats.tasks++;
    for (const e of taskReminders(w, t)) reminders.push(e);
  }
  stats.bytes.tasks = closeAll(sinks);

  const pilots = new FileSink(join(ledgers, 'pilots.yaml'));
  pilots.write(header('pilots') + 'pilots:\n');
  for (let j = 0; j < w.nPilots; j++) {
    const p = makePilot(w, j);
    pilots.write(renderPilot(p, ASOF));
    stats.pilots++;
    for (const e of pilotReminders(w, p)) reminders.push(e);
  }
  pilots.close();
  stats.bytes.pilots = pilots.bytes;

  const problems = new FileSink(join(ledgers, 'problems.yaml'));
  problems.write(header('problems') + 'problems:\n');
  for (let k = 0; k < w.nProblems; k++) {
    const q = makeProblem(w, k);
    problems.write(renderProblem(q, ASOF));
    stats.problems++;
    for (const e of problemReminders(w, q)) reminders.push(e);
  }
  problems.close();
  stats.bytes.problems = problems.bytes;

  reminders.sort(byDateThenItem);
  const rem = new FileSink(join(ledgers, 'reminders.yaml'));
  rem.write(header('reminders') + 'reminders:\n');
  for (const e of reminders) rem.write(renderReminder(e));
  rem.close();
  stats.reminders = reminders.length;
  stats.bytes.reminders = rem.bytes;

  stats.bytes.units = writeSmall(join(ledgers, 'units.yaml'), renderUnits(w));
  stats.bytes.policy = writeSmall(join(ledgers, 'policy.yaml'), renderPolicy());
  return stats;
}

function closeAll(sinks) {
  let bytes = 0;
  for (const s of sinks.values()) {
    s.close();
    bytes += s.bytes;
  }
  return bytes;
}

function writeSmall(path, text) {
  const s = new FileSink(path);
  s.write(text);
  s.close();
  return s.bytes;
}
