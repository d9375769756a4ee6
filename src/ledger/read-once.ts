// Files read once per run. The replay check (commands/shared/run-record.ts) reads and hashes the
// ledger files until it finds one that changed; the run that follows takes those bytes and their
// SHA-256 instead of reading and hashing them again. Each is taken once (a second read of the
// same path goes to the disk). The start-up code and the command's bundle are separate bundles
// in one process: the files are kept on the global object under a registered symbol.
const KEPT = Symbol.for('reform.read-once');

interface Read {
  bytes: Buffer;
  key: string;
}

function kept(): Map<string, Read> {
  const g = globalThis as { [KEPT]?: Map<string, Read> };
  g[KEPT] ??= new Map();
  return g[KEPT];
}

/** Keeps a file's bytes, as read at `abs`, and their content key for the run to take. */
export function keepRead(abs: string, bytes: Buffer, key: string): void {
  kept().set(abs, { bytes, key });
}

/** The bytes and key of `abs` kept earlier in this run (then forgotten), or undefined. */
export function takeRead(abs: string): Read | undefined {
  const m = kept();
  const r = m.get(abs);
  if (r) m.delete(abs);
  return r;
}

/** Forgets every file kept (a run that replayed its output needs none of them). */
export function forgetReads(): void {
  kept().clear();
}
