// Where a command's result goes: standard output when no file is named (or `-`), else the named
// file, written atomically (a reader never sees half a report). A file or folder that cannot be
// written is a usage error naming it and the reason, never an internal error.
import { atomicWrite, type AtomicWriteOptions } from '../../ledger/atomic-write.js';
import { makeDir } from '../../ledger/make-dir.js';
import { UsageError } from '../../cli/errors.js';
import { t } from '../../i18n/index.js';

/**
 * Writes `content` to `file`, or to `out` when no file is named. Returns true when a file was
 * written (the command then says so on its own terms); a failed write is a usage error naming the
 * file and the reason.
 */
export function writeOutput(
  file: string | undefined,
  content: string | Uint8Array,
  out: NodeJS.WritableStream,
): file is string {
  if (file === undefined || file === '-') {
    out.write(content);
    return false;
  }
  writeOutputFile(file, content);
  return true;
}

/** Writes one output file atomically; a failed write is a usage error naming the file and the reason. */
export function writeOutputFile(file: string, content: string | Uint8Array, opts?: AtomicWriteOptions): void {
  try {
    atomicWrite(file, content, opts);
  } catch (e) {
    throw cannotWrite(file, e);
  }
}

/** Creates an output folder and its parents; one that cannot be made is a usage error naming it. */
export function makeOutputDir(dir: string): void {
  try {
    makeDir(dir);
  } catch (e) {
    throw cannotWrite(dir, e);
  }
}

function cannotWrite(file: string, e: unknown): UsageError {
  const reason = (e as NodeJS.ErrnoException).code ?? String(e);
  return new UsageError(t().write.cannotWrite({ file, reason }));
}
