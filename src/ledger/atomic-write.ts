// Writing a ledger file so that an interrupted run leaves either the old file or the new one:
// write a temporary file, flush it to disk, then rename it over the original. A symbolic link
// is written through (its target gets the new content, the link stays); a link that leads
// nowhere is refused. With `tmpDir` (the ledger lock's `.reform/tmp`, ignored by git) the
// temporary file goes there; otherwise, or when that is on another file system, beside the target.
import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { t } from '../i18n/index.js';

export interface AtomicWriteHooks {
  /** Called after the temporary file is written and before the rename (tests simulate a crash here). */
  beforeRename?: (tmpPath: string) => void;
}

export interface AtomicWriteOptions extends AtomicWriteHooks {
  /** Folder for the temporary file (same file system as the target, ideally ignored by git). */
  tmpDir?: string;
  /**
   * `false`: neither the temporary file nor its folder is flushed to disk (the rename still makes
   * the switch atomic for readers). For a batch of generated outputs that are not ledger files
   * (the monthly returns): the caller flushes their folder once with `syncFolder` after the batch.
   */
  flush?: boolean;
}

export class WriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefused';
  }
}

/** The file a write to `path` must replace: the path itself, or the target of a symbolic link. */
export function writeTarget(path: string): string {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(path);
  } catch {
    return path; // a new file
  }
  if (st.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (e) {
      throw new WriteRefused(
        t().write.badLink({ file: path, reason: (e as NodeJS.ErrnoException).code ?? '' }),
      );
    }
    if (!statSync(real).isFile()) throw new WriteRefused(t().write.notFile({ file: path }));
    return real;
  }
  if (!st.isFile()) throw new WriteRefused(t().write.notFile({ file: path }));
  return path;
}

let counter = 0;

function tmpName(target: string): string {
  return `.${basename(target)}.${process.pid}.${Date.now()}${counter++ ? `-${counter}` : ''}.tmp`;
}

export function atomicWrite(path: string, content: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  const target = writeTarget(path);
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o777;
  } catch {
    mode = undefined;
  }
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const beside = join(dirname(target), tmpName(target));
  let tmp = opts.tmpDir ? join(opts.tmpDir, tmpName(target)) : beside;
  const flush = opts.flush !== false;
  writeTemp(tmp, buf, mode, flush);
  try {
    opts.beforeRename?.(tmp);
    try {
      renameSync(tmp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      // the temporary folder is on another file system: write beside the target instead
      safeUnlink(tmp);
      tmp = beside;
      writeTemp(tmp, buf, mode, flush);
      renameSync(tmp, target);
    }
  } catch (err) {
    safeUnlink(tmp);
    throw err;
  }
  if (flush) syncFolder(dirname(target));
}

/** Flushes a folder's entries (renames) to disk; quietly nothing where the file system cannot. */
export function syncFolder(dir: string): void {
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // some file systems cannot fsync a directory; the rename itself is still atomic
  }
}

function writeTemp(tmp: string, buf: Uint8Array, mode: number | undefined, flush: boolean): void {
  const fd = openSync(tmp, 'wx', mode ?? 0o644);
  try {
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    if (flush) fsyncSync(fd);
    closeSync(fd);
    if (mode !== undefined) chmodSync(tmp, mode);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    safeUnlink(tmp);
    throw err;
  }
}

function safeUnlink(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // already gone
  }
}
