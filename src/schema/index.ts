// The file kinds of a ledger folder and the schema of each.
import type * as z from 'zod';
import { tasksFile } from './task.js';
import { pilotsFile } from './pilot.js';
import { problemsFile } from './problem.js';
import { unitsFile } from './unit.js';
import { policyFile } from './policy.js';
import { remindersFile } from './reminder.js';
import { importsFile } from './import.js';

import type { FileKind } from './kinds.js';

export { FILE_KINDS, type FileKind, LEDGER_KINDS, type LedgerKind } from './kinds.js';

export const FILE_SCHEMAS: Record<FileKind, z.ZodType> = {
  tasks: tasksFile,
  pilots: pilotsFile,
  problems: problemsFile,
  units: unitsFile,
  policy: policyFile,
  reminders: remindersFile,
  imports: importsFile,
};

export type { Task } from './task.js';
export type { Pilot } from './pilot.js';
export type { Problem } from './problem.js';
export type { Unit, Leader } from './unit.js';
export type { Policy } from './policy.js';
export type { Reminder } from './reminder.js';
export { LEVELS, type Level } from './kinds.js';
export type { ImportRecord } from './import.js';

import { task } from './task.js';
import { pilot } from './pilot.js';
import { problem } from './problem.js';
import { unit, leader } from './unit.js';
import { reminder } from './reminder.js';
import { importRecord } from './import.js';

/** The lists each file kind holds at its top level, with the schema of one entry. */
export const FILE_LISTS: Record<Exclude<FileKind, 'policy'>, Record<string, z.ZodType>> = {
  tasks: { tasks: task },
  pilots: { pilots: pilot },
  problems: { problems: problem },
  units: { units: unit, leaders: leader },
  reminders: { reminders: reminder },
  imports: { imports: importRecord },
};
