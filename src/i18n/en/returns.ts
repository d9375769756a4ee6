import type { Zh } from '../zh/index.js';

export const returns: Zh['returns'] = {
  badMonth: (p) => `invalid month ${p.value}; use YYYY-MM, e.g. 2026-12`,
  badDate: (p) => `invalid date ${p.value}; use YYYY-MM-DD`,
  needOutput: 'give the output with -o',
  needXlsx: (p) => `the output file must end in .xlsx: ${p.file}`,
  unknownUnit: (p) => `unit ${p.value} is not in units.yaml`,
  wroteReturn: (p) => `wrote ${p.file} (${p.items} items, ${p.rows} open nodes)`,
  returnsDone: (p) => `wrote ${p.month} returns for ${p.n} units (${p.rows} rows) to ${p.dir}`,
  unreportedTitle: (p) => `no progress reported this month (${p.month}, due by ${p.dueBy}): ${p.n} units`,
  unreportedNone: (p) => `no progress reported this month: none (${p.month}, due by ${p.dueBy})`,
  unreportedNotDue: (p) => `this month's progress is due by ${p.dueBy}; not yet due`,
  unreportedUnit: (p) => `${p.unit} (${p.n} items)`,
  wroteExport: (p) =>
    `wrote the progress board ${p.file} (as of ${p.date}: ${p.tasks} tasks, ${p.pilots} pilots, ${p.problems} problems)`,
  importTitle: (p) => `returns imported (${p.date})`,
  importDryRun: '(dry run: no file written)',
  importUnit: (p) =>
    `${p.unit} (${p.month}, ${p.file}): ${p.notes} notes added, ${p.nodes} nodes done, ${p.completed} items completed`,
  importSkipped: (p) => `${p.unit} (${p.file}): ${p.n} errors, not written`,
  importTotal: (p) =>
    `total: ${p.units} units, ${p.notes} notes added, ${p.nodes} nodes done, ${p.completed} items completed`,
  importNothing: 'nothing was written.',
  importWrote: (p) => `written: ${p.files}`,
  importFailed: (p) =>
    `the returns have ${p.n} errors; nothing was written (fix them and import again, or use --partial to import the units without errors)`,
  importPartial: (p) =>
    `the returns have ${p.n} errors: the units with errors were not written, the others were`,
  importChanged: 'the ledger changed while importing; nothing was written; run the import again',
};
