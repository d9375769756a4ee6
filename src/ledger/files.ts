// Which files make up a ledger folder.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_KINDS, LEDGER_KINDS, type FileKind } from '../schema/index.js';

export interface LedgerFile {
  kind: FileKind;
  abs: string;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
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
      if (isFile(p)) out.push({ kind, abs: p });
    }
    const sub = join(dir, kind);
    if ((LEDGER_KINDS as readonly string[]).includes(kind) && isDir(sub)) {
      for (const name of readdirSync(sub).sort()) {
        if (/\.ya?ml$/.test(name) && isFile(join(sub, name))) out.push({ kind, abs: join(sub, name) });
      }
    }
  }
  return out;
}

export function isDirectory(p: string): boolean {
  return isDir(p);
}
