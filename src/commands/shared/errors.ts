// Where the core's typed errors become usage errors (exit 2): an InputError keeps its message, a
// GitError gets the message that says what to do. Only the command layer decides exit codes.
import { UsageError } from '../../cli/errors.js';
import { InputError } from '../../domain/input-error.js';
import { GitError, gitErrorMessage } from '../../git/index.js';

/** The error a command throws for `err`: a UsageError for what the user can fix, else `err` itself. */
export function toUsageError(err: unknown): unknown {
  if (err instanceof GitError) return new UsageError(gitErrorMessage(err));
  if (err instanceof InputError) return new UsageError(err.message);
  return err;
}

/** Runs `fn`, turning the core's typed errors into usage errors. */
export async function usageErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toUsageError(err);
  }
}

/** The same for synchronous work. */
export function usageErrorsSync<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw toUsageError(err);
  }
}
