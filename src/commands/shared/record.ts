// What `remind --record` and `notices --record` share: append to the reminder log the entries it
// does not hold yet, under the lock the caller holds, atomically.
import { join } from 'node:path';
import { appendReminders, missingEntries, type LogEntry } from '../../ledger/append-reminders.js';
import type { AtomicWriteOptions } from '../../ledger/atomic-write.js';
import { ledgerFiles } from '../../ledger/files.js';
import { displayPath } from '../../ledger/load.js';
import type { Ledger } from '../../ledger/types.js';
import { UsageError } from '../../cli/errors.js';

export interface Recorded {
  /** The log file, as shown to the user. */
  file: string;
  /** The entries written (none when the log already held them all). */
  entries: LogEntry[];
}

/** Appends `wanted` minus what the log already holds; a failed write is a usage error worded by `failed`. */
export function recordInLog(
  dir: string,
  ledger: Ledger,
  wanted: readonly LogEntry[],
  write: AtomicWriteOptions,
  failed: (p: { file: string; reason: string }) => string,
): Recorded {
  const entries = missingEntries(ledger.reminders, wanted);
  const abs = ledgerFiles(dir).find((f) => f.kind === 'reminders')?.abs ?? join(dir, 'reminders.yaml');
  const file = displayPath(abs);
  if (entries.length) {
    try {
      appendReminders(abs, entries, write);
    } catch (e) {
      throw new UsageError(failed({ file, reason: e instanceof Error ? e.message : String(e) }));
    }
  }
  return { file, entries };
}
