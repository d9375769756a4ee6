// Errors that end a command without a stack trace. A UsageError means the command could not
// run as asked (bad option, no such folder): exit code 2 and one readable line.

export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
