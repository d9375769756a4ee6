// Folders made for caches and outputs: `mkdir -p`, but one that cannot be made fails at once.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDir } from '../../src/ledger/make-dir.js';

const root = mkdtempSync(join(tmpdir(), 'reform-mkdir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('makeDir', () => {
  it('makes every missing folder, and is quiet when the folder exists', () => {
    const deep = join(root, 'a', 'b', 'c');
    makeDir(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeDir(deep);
    makeDir(join(root, 'a'));
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it('throws when a file stands where a folder should be', () => {
    const file = join(root, 'plain');
    writeFileSync(file, 'x');
    expect(() => makeDir(join(file, 'sub'))).toThrow(/ENOTDIR/);
  });

  // Node 20's recursive mkdirSync never returns here (mkdir under /proc answers ENOENT)
  it.skipIf(!existsSync('/proc/self'))('throws, rather than looping, for a folder under /proc', () => {
    expect(() => makeDir('/proc/no-such-entry/reform/cache')).toThrow(/ENOENT/);
  });
});
