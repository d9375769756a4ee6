// Where a command's result goes: standard output when no file is named (or `-`), else the named
// file, written atomically (a reader never sees half a report).
import { atomicWrite } from '../../ledger/atomic-write.js';
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
  try {
    atomicWrite(file, content);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError(t().write.cannotWrite({ file, reason }));
  }
  return true;
}
