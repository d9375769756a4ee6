// Every rule, in one list, run by one runner. Adding a rule is adding a file and a line here.
import type { Finding } from '../diagnostics/types.js';
import type { Loaded } from '../ledger/load.js';
import { indexUnits, type Check, type CheckContext } from './context.js';
import { duplicateId } from './duplicate-id.js';
import { duplicateUnit } from './duplicate-unit.js';
import { unitReferences } from './unit-references.js';
import { leaderReferences } from './leader-references.js';
import { bandsInOrder } from './policy-bands.js';
import { milestoneAfterDeadline } from './milestone-after-deadline.js';
import { doneBeforeStart, endBeforeStart } from './done-before-start.js';
import { dateInFuture } from './date-in-future.js';
import { completedWithoutEvidence, closedUnfinished } from './completion.js';
import { pilotTerm, pilotNotFiled } from './pilot-rules.js';
import { unknownRelated, unknownReminderItem } from './references.js';
import { verification } from './verification.js';

export const CHECKS: readonly Check[] = [
  duplicateId,
  duplicateUnit,
  unitReferences,
  leaderReferences,
  bandsInOrder,
  milestoneAfterDeadline,
  doneBeforeStart,
  endBeforeStart,
  dateInFuture,
  completedWithoutEvidence,
  closedUnfinished,
  pilotTerm,
  pilotNotFiled,
  unknownRelated,
  unknownReminderItem,
  verification,
];

/** The rules that compare entries of different files (each names the fields it reads: `reads`). */
export const CROSS_FILE_CHECKS: readonly Check[] = CHECKS.filter((c) => c.reads !== undefined);

/** Runs every rule whose inputs were read completely; returns their findings. */
export function runChecks(loaded: Loaded, today: string, checks: readonly Check[] = CHECKS): Finding[] {
  const ctx: CheckContext = { ledger: loaded.ledger, loaded, units: indexUnits(loaded.ledger.units), today };
  const out: Finding[] = [];
  for (const check of checks) {
    if (check.needs?.some((k) => !loaded.complete[k])) continue;
    check.run(ctx, (entry, code, severity, rel, params, at) => {
      const o = loaded.origin(entry);
      if (!o) return;
      out.push({ severity, code, file: o.file, path: [...o.path, ...rel], params, at });
    });
  }
  return out;
}
