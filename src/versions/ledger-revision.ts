// Which version of the ledger a return was made from: the git commit (HEAD) when the folder is
// in a git work tree and its ledger files are committed; otherwise (no git, or changes not yet
// committed) a digest of the ledger files' contents, so that the same files give the same value.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { resolveCommit } from '../git/revision.js';
import { runGit } from '../git/run-git.js';
import { ledgerFiles, type LedgerFile } from '../ledger/files.js';

/** The content digest of ledger files given one by one, in the folder's order. */
class Digest {
  private readonly hash = createHash('sha256');
  /** The files given, as `kind/name`. */
  readonly names: string[] = [];

  add(file: LedgerFile, bytes: Buffer): void {
    if (file.kind === 'imports') return; // recording an import does not change what was exported
    const name = `${file.kind}/${basename(file.abs)}`;
    this.names.push(name);
    this.hash.update(`${name}\0`);
    this.hash.update(bytes);
    this.hash.update('\0');
  }

  value(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

/** A digest of the ledger files (names and bytes), as 'sha256:<hex>'. */
export function contentDigest(dir: string): string {
  const d = new Digest();
  for (const f of ledgerFiles(dir)) if (f.kind !== 'imports') d.add(f, readFileSync(f.abs));
  return d.value();
}

/**
 * The content digest of the bytes a load reads, made as it reads them (give `read` to the load's
 * `read` option, and call `done` after the load): the files are not read a second time for it.
 * `value` waits for `done`, so that a digest asked for while the load has not yet run (git
 * answers whenever it answers) is still the load's. It is `contentDigest` of the folder, taken
 * from the files themselves when the load did not read the folder's ledger files as they are now
 * (one was unreadable, or one was added or removed since).
 */
export function digestAsRead(dir: string): {
  read: (file: LedgerFile, bytes: Buffer) => void;
  done: () => void;
  value: () => Promise<string>;
} {
  const d = new Digest();
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let value: Promise<string> | undefined;
  return {
    read: (file, bytes) => d.add(file, bytes),
    done: () => finish(),
    value: () =>
      (value ??= finished.then(() => {
        const now = ledgerFiles(dir)
          .filter((f) => f.kind !== 'imports')
          .map((f) => `${f.kind}/${basename(f.abs)}`);
        const same = now.length === d.names.length && now.every((n, i) => n === d.names[i]);
        return same ? d.value() : contentDigest(dir);
      })),
  };
}

/**
 * The git HEAD of the ledger folder when every ledger file is committed as it is; else the content
 * digest. A ledger file git does not track (new, or in a folder git ignores) is not in HEAD, so it
 * makes the folder count as changed, as a modified one does (git lists it as `??` or `!!`).
 * `digest` gives the content digest (by default read from the files).
 */
export async function ledgerRevision(
  dir: string,
  digest: () => string | Promise<string> = () => contentDigest(dir),
): Promise<string> {
  try {
    const files = ledgerFiles(dir)
      .filter((f) => f.kind !== 'imports') // recording an import does not change what was exported
      .map((f) => relative(dir, f.abs));
    // both git processes are started at once: a caller that loads the ledger meanwhile does not
    // start the second from a large process (fork) after the load and then wait for it
    const headOf = resolveCommit(dir, 'HEAD');
    const statusOf = runGit(dir, [
      'status',
      '--porcelain',
      '--untracked-files=all',
      '--ignored=traditional',
      '--',
      '.',
      ...files,
    ]);
    statusOf.catch(() => undefined); // awaited below, unless HEAD cannot be read
    const head = await headOf;
    const status = await statusOf;
    const listed = status.stdout
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() && !/imports\.ya?ml$/.test(l));
    // an untracked or ignored file that is not a ledger file (a cache folder, a note) changes
    // nothing; git names files from the repository's top, so a ledger file is known by its end
    const ledger = files.map((f) => f.split(sep).join('/'));
    const isLedger = (path: string) => ledger.some((f) => path === f || path.endsWith(`/${f}`));
    const dirty =
      status.code !== 0 ||
      listed.some((l) => !/^(\?\?|!!) /.test(l) || isLedger(l.slice(3).replace(/^"|"$/g, '')));
    return dirty ? await digest() : head;
  } catch {
    return digest();
  }
}
