// Where a command cannot write: an output folder or file that cannot be made is a usage error
// (exit 2) naming it, and a cache directory that cannot be made costs nothing but the cache.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reform } from './binary.js';

const root = mkdtempSync(join(tmpdir(), 'reform-out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = join(root, 'plain.txt');
writeFileSync(file, 'not a folder');
const under = join(file, 'out');

describe('outputs that cannot be written (binary)', () => {
  it.each([
    ['returns', ['returns', '--month', '2026-11', '--output', under]],
    ['export', ['export', '--output', join(under, 'board.xlsx')]],
    ['notices', ['notices', '--kind', 'written', '--output', under]],
    ['init', ['init', under]],
  ])('%s: exit 2 with the path and the reason', async (_name, args) => {
    const r = await reform(args);
    expect(r.stderr).toBe(`错误：无法写入 ${args.includes('init') ? under : args.at(-1)}：ENOTDIR\n`);
    expect(r.code).toBe(2);
  });

  it.skipIf(!existsSync('/proc/self'))(
    'a cache directory under /proc: the run finishes with the output of a run without the cache',
    async () => {
      const args = ['remind', '--ledgers', 'ledgers', '--format', 'json'];
      const plain = await reform([...args, '--no-cache']);
      const r = await reform(args, { env: { XDG_CACHE_HOME: '/proc/no-such-entry/cache' } });
      expect(r.code).toBe(plain.code);
      expect(r.stdout).toBe(plain.stdout);
    },
    20_000,
  );
});
