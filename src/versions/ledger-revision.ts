// Which version of the ledger a return was made from: the git commit (HEAD) when the folder is
// in a git work tree and its ledger files are committed; otherwise (no git, or changes not yet
// committed) a digest of the ledger files' contents, so that the same files give the same value.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { resolveCommit } from '../git/revision.js';
import { runGit } from '../git/run-git.js';
import { ledgerFiles } from '../ledger/files.js';

/** A digest of the ledger files (names and bytes), as 'sha256:<hex>'. */
export function contentDigest(dir: string): string {
  const h = createHash('sha256');
  for (const f of ledgerFiles(dir)) {
    if (f.kind === 'imports') continue; // recording an import does not change what was exported
    h.update(`${f.kind}/${basename(f.abs)}\0`);
    h.update(readFileSync(f.abs));
    h.update('\0');
  }
  return `sha256:${h.digest('hex')}`;
}

/** The git HEAD of the ledger folder when it is clean; else the content digest. */
export async function ledgerRevision(dir: string): Promise<string> {
  try {
    const head = await resolveCommit(dir, 'HEAD');
    const status = await runGit(dir, ['status', '--porcelain', '--untracked-files=no', '--', '.']);
    const dirty =
      status.code !== 0 ||
      status.stdout
        .toString('utf8')
        .split('\n')
        .some((l) => l.trim() && !/imports\.ya?ml$/.test(l));
    return dirty ? contentDigest(dir) : head;
  } catch {
    return contentDigest(dir);
  }
}
