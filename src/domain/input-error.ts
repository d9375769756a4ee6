// An input the core cannot use: a folder with no ledgers, a quarter that does not exist, an unknown
// unit. The core throws it with a message that says what to do; the command layer decides what it
// means for the exit code (a usage error, exit 2).
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
