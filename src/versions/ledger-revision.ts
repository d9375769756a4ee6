// Which version of the ledger a return was made from: the git commit (HEAD) when the folder is
// in a git work tree and its ledger files are committed; otherwise (no git, or changes not yet
// committed) a digest of the ledger files' contents, so that the same files give the same value.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
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

/**
 * The git HEAD of the ledger folder when every ledger file is committed as it is; else the content
 * digest. A ledger file git does not track (new, or in a folder git ignores) is not in HEAD, so it
 * makes the folder count as changed, as a modified one does (git lists it as `??` or `!!`).
 */
export async function ledgerRevision(dir: string): Promise<string> {
  try {
    const head = await resolveCommit(dir, 'HEAD');
    const files = ledgerFiles(dir)
      .filter((f) => f.kind !== 'imports') // recording an import does not change what was exported
      .map((f) => relative(dir, f.abs));
    const status = await runGit(dir, [
      'status',
      '--porcelain',
      '--untracked-files=all',
      '--ignored=traditional',
      '--',
      '.',
      ...files,
    ]);
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
    return dirty ? contentDigest(dir) : head;
  } catch {
    return contentDigest(dir);
  }
}
