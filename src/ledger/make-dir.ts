import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p` that gives up instead of looping. Node 20's `mkdirSync(dir, { recursive: true })`
 * never returns for a folder under `/proc` (mkdir there answers ENOENT although the parent
 * exists), so a cache directory set to such a place hung the command after its output. Here the
 * missing folders are found walking up (at most 64 levels) and created top down, once each; a
 * folder that cannot be created throws its own error.
 */
export function makeDir(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      mkdirSync(at);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') break;
      const up = dirname(at);
      if (code !== 'ENOENT' || up === at || missing.length >= 64) throw e;
      missing.push(at);
      at = up;
    }
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // made meanwhile by another process
    }
  }
}
