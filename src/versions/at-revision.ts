// The ledger files of a folder as they were at a git revision: which files (one `git ls-tree`),
// then their bytes, all through one BlobReader (one `git cat-file --batch` process for every
// revision a command reads). The files are named by their place in the working tree, so that a
// finding about an old version points at the file a clerk has open.
import { join } from 'node:path';
import { listTree, type BlobReader, type GitOptions } from '../git/index.js';
import { FILE_KINDS, LEDGER_KINDS, type FileKind } from '../schema/kinds.js';
import { displayPath, type SourceText } from '../ledger/load.js';

export interface RevisionFile {
  kind: FileKind;
  /** Path inside the repository. */
  repoPath: string;
}

/** The ledger files among the paths of a folder, in the order ledgerFiles() gives on disk. */
export function ledgerFilesIn(paths: readonly string[], folder: string): RevisionFile[] {
  const prefix = folder === '.' || folder === '' ? '' : `${folder}/`;
  const names = new Set<string>();
  for (const p of paths) if (p.startsWith(prefix)) names.add(p.slice(prefix.length));
  const out: RevisionFile[] = [];
  for (const kind of FILE_KINDS) {
    for (const ext of ['yaml', 'yml']) {
      if (names.has(`${kind}.${ext}`)) out.push({ kind, repoPath: `${prefix}${kind}.${ext}` });
    }
    if ((LEDGER_KINDS as readonly string[]).includes(kind)) {
      const sub = [...names]
        .filter(
          (n) => n.startsWith(`${kind}/`) && !n.slice(kind.length + 1).includes('/') && /\.ya?ml$/.test(n),
        )
        .sort();
      for (const n of sub) out.push({ kind, repoPath: `${prefix}${n}` });
    }
  }
  return out;
}

export interface RevisionSources {
  files: RevisionFile[];
  sources: SourceText[];
  /** Display path → path inside the repository. */
  repoPaths: Map<string, string>;
}

/**
 * Reads the ledger folder `folder` (repo-relative) at commit `sha`. `root` is the repository's
 * top folder; display paths are relative to the working directory.
 */
export async function readRevision(
  reader: BlobReader,
  root: string,
  sha: string,
  folder: string,
  opts: GitOptions = {},
): Promise<RevisionSources> {
  const paths = await listTree(root, sha, folder, opts);
  const files = ledgerFilesIn(paths, folder);
  const bytes = await Promise.all(files.map((f) => reader.readBytes(sha, f.repoPath)));
  const sources: SourceText[] = [];
  const repoPaths = new Map<string, string>();
  files.forEach((f, i) => {
    const b = bytes[i];
    if (!b) return;
    const file = displayPath(join(root, f.repoPath));
    sources.push({ kind: f.kind, file, bytes: b });
    repoPaths.set(file, f.repoPath);
  });
  return { files, sources, repoPaths };
}
