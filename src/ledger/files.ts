// Which files make up a ledger folder.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { FILE_KINDS, LEDGER_KINDS, type FileKind } from '../schema/kinds.js';

export interface LedgerFile {
  kind: FileKind;
  abs: string;
  /**
   * Set when a ledger file's name is there but it cannot be read as a file: EISDIR (a directory),
   * ELOOP (a symbolic link loop, or a link to itself), ENOENT (a dangling link), NOTFILE (a FIFO,
   * socket or device: reading it could block forever). The loader reports it as file-unreadable.
   */
  problem?: string;
}

/** undefined when absent; else whether it is a readable regular file (through links). */
function probe(p: string): { problem?: string } | undefined {
  try {
    lstatSync(p);
  } catch {
    return undefined;
  }
  try {
    const st = statSync(p);
    if (st.isFile()) return {};
    return { problem: st.isDirectory() ? 'EISDIR' : 'NOTFILE' };
  } catch (e) {
    return { problem: (e as NodeJS.ErrnoException).code ?? 'ENOENT' };
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The ledger files in `dir`, in a stable order: tasks, pilots, problems, units, policy, reminders. */
export function ledgerFiles(dir: string): LedgerFile[] {
  const out: LedgerFile[] = [];
  for (const kind of FILE_KINDS) {
    for (const ext of ['yaml', 'yml']) {
      const p = join(dir, `${kind}.${ext}`);
      const found = probe(p);
      if (found) out.push({ kind, abs: p, ...found });
    }
    const sub = join(dir, kind);
    if ((LEDGER_KINDS as readonly string[]).includes(kind) && isDir(sub)) {
      for (const name of readdirSync(sub).sort()) {
        if (!/\.ya?ml$/.test(name) || name.startsWith('.')) continue;
        const found = probe(join(sub, name));
        if (found) out.push({ kind, abs: join(sub, name), ...found });
      }
    }
  }
  return out;
}

export function isDirectory(p: string): boolean {
  return isDir(p);
}

/** A file's path as shown to the user: relative to the working folder when inside it, else absolute. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}
