import { spawn as nodeSpawn, execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { BlobReader, GitError, type SpawnFn } from '../../src/git/index.js';
import { TempRepo, removeTemp, tempDir } from './temp-repo.js';

// A Chinese text over 64 KiB whose three-byte characters cannot line up with pipe chunks.
const BIG = 'x' + '改革任务台账：牵头单位按期办结，对账销号。\n'.repeat(6000);
const BIG_V2 = BIG.replace(/办结/g, '完成');

let repo: TempRepo;
let first: string;
let second: string;

function countingSpawn(): { spawn: SpawnFn; calls: string[][] } {
  const calls: string[][] = [];
  const spawn: SpawnFn = (cmd, args, options) => {
    calls.push([...args]);
    return nodeSpawn(cmd, args, options);
  };
  return { spawn, calls };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number): Promise<void> {
  for (let i = 0; i < 200 && alive(pid); i++) await new Promise((r) => setTimeout(r, 10));
}

beforeAll(() => {
  repo = TempRepo.init();
  repo
    .write('ledgers/tasks.yaml', 'tasks:\n  - id: KM-2026-001\n    title: 优化营商环境\n')
    .write('ledgers/big.yaml', BIG)
    .write('台账 数据/任务 清单.yaml', '名称: 带空格和中文的路径\n')
    .write('empty.yaml', '');
  first = repo.commit('基线', '2026-01-05T09:00:00+08:00');
  repo.tag('baseline/2026');
  repo
    .write('ledgers/tasks.yaml', 'tasks:\n  - id: KM-2026-001\n    title: 优化营商环境（修订）\n')
    .write('ledgers/big.yaml', BIG_V2)
    .write('ledgers/new.yaml', '新增: true\n')
    .remove('empty.yaml');
  second = repo.commit('修订台账', '2026-03-10T15:00:00+08:00');
});

afterAll(removeTemp);

describe('BlobReader', () => {
  it('reads files at different revisions, Chinese text intact', async () => {
    const r = BlobReader.open(repo.dir);
    try {
      expect(await r.read('baseline/2026', 'ledgers/tasks.yaml')).toBe(
        'tasks:\n  - id: KM-2026-001\n    title: 优化营商环境\n',
      );
      expect(await r.read('HEAD', 'ledgers/tasks.yaml')).toContain('优化营商环境（修订）');
      expect(await r.read(first, 'ledgers/tasks.yaml')).toContain('title: 优化营商环境\n');
      expect(await r.read(second.slice(0, 10), 'ledgers/new.yaml')).toBe('新增: true\n');
      expect(await r.read('HEAD~1', 'empty.yaml')).toBe('');
    } finally {
      r.close();
    }
  });

  it('reads files over 64 KiB byte for byte, decoding only complete content', async () => {
    expect(Buffer.byteLength(BIG)).toBeGreaterThan(256 * 1024);
    const r = BlobReader.open(repo.dir);
    try {
      const [a, b] = await Promise.all([
        r.read('baseline/2026', 'ledgers/big.yaml'),
        r.read('HEAD', 'ledgers/big.yaml'),
      ]);
      expect(a).toBe(BIG);
      expect(b).toBe(BIG_V2);
      expect((await r.readBytes('HEAD', 'ledgers/big.yaml'))!.equals(Buffer.from(BIG_V2))).toBe(true);
    } finally {
      r.close();
    }
  });

  it('answers absent paths with null and keeps going', async () => {
    const r = BlobReader.open(repo.dir);
    try {
      expect(await r.read('baseline/2026', 'ledgers/new.yaml')).toBeNull();
      expect(await r.read('HEAD', 'empty.yaml')).toBeNull();
      expect(await r.read('HEAD', 'no/such file.yaml')).toBeNull();
      expect(await r.read('HEAD', 'ledgers')).toBeNull(); // a folder is not a file
      expect(await r.read('HEAD', '.')).toBeNull();
      expect(await r.read('HEAD', 'ledgers/new.yaml')).toBe('新增: true\n');
    } finally {
      r.close();
    }
  });

  it('reads paths with spaces and Chinese, given with ./ or a trailing slash-free form', async () => {
    const r = BlobReader.open(repo.dir);
    try {
      expect(await r.read('HEAD', '台账 数据/任务 清单.yaml')).toBe('名称: 带空格和中文的路径\n');
      expect(await r.read('HEAD', './台账 数据/任务 清单.yaml')).toBe('名称: 带空格和中文的路径\n');
    } finally {
      r.close();
    }
  });

  it('serves many reads, concurrent and sequential, through one cat-file process', async () => {
    const { spawn, calls } = countingSpawn();
    const r = BlobReader.open(repo.dir, { spawn });
    const pid = r.pid!;
    try {
      const jobs: Promise<[string, string | null]>[] = [];
      const expected: (string | null)[] = [];
      for (let i = 0; i < 60; i++) {
        const [rev, path, want] = (
          [
            ['baseline/2026', 'ledgers/big.yaml', BIG],
            ['HEAD', 'ledgers/big.yaml', BIG_V2],
            ['HEAD', 'ledgers/new.yaml', '新增: true\n'],
            ['baseline/2026', 'ledgers/new.yaml', null],
            [first, '台账 数据/任务 清单.yaml', '名称: 带空格和中文的路径\n'],
          ] as const
        )[i % 5]!;
        jobs.push(r.read(rev, path).then((t) => [path, t]));
        expected.push(want);
      }
      const results = await Promise.all(jobs);
      expect(results.map(([, t]) => t)).toEqual(expected);
      for (let i = 0; i < 20; i++)
        expect(await r.read('HEAD~1', 'ledgers/tasks.yaml')).toContain('优化营商环境');
      expect(r.pid).toBe(pid);
      expect(calls).toEqual([['cat-file', '--batch']]);
    } finally {
      r.close();
    }
    await waitForExit(pid);
    expect(alive(pid)).toBe(false);
  });

  it('reports an unknown revision, and stays usable afterwards', async () => {
    const r = BlobReader.open(repo.dir);
    try {
      await expect(r.read('no-such-branch', 'ledgers/tasks.yaml')).rejects.toMatchObject({
        code: 'unknown-revision',
        rev: 'no-such-branch',
      });
      await expect(r.read('ledgers/tasks.yaml', 'x')).rejects.toMatchObject({ code: 'unknown-revision' });
      expect(await r.read('HEAD', 'ledgers/new.yaml')).toBe('新增: true\n');
    } finally {
      r.close();
    }
  });

  it('refuses revisions that could be options or smuggle a second request', async () => {
    const { spawn, calls } = countingSpawn();
    const r = BlobReader.open(repo.dir, { spawn });
    try {
      for (const bad of ['--output=/tmp/x', '-p', '', 'HEAD\nbaseline/2026', 'HEAD\0', ' HEAD']) {
        await expect(r.read(bad, 'ledgers/tasks.yaml')).rejects.toMatchObject({
          code: 'invalid-revision',
          rev: bad,
        });
      }
      await expect(r.read('HEAD', 'ledgers/new.yaml\nHEAD:ledgers/tasks.yaml')).rejects.toMatchObject({
        code: 'missing-path',
      });
      await expect(r.read('HEAD', '../outside.yaml')).rejects.toMatchObject({ code: 'outside-repo' });
      await expect(r.read('HEAD', '/etc/passwd')).rejects.toMatchObject({ code: 'outside-repo' });
      // the protocol is still in step: the next answer belongs to the next question
      expect(await r.read('HEAD', 'ledgers/new.yaml')).toBe('新增: true\n');
      expect(calls).toHaveLength(1);
    } finally {
      r.close();
    }
  });

  it('says when the folder is not a repository', async () => {
    const r = BlobReader.open(tempDir());
    try {
      await expect(r.read('HEAD', 'a.yaml')).rejects.toMatchObject({ code: 'not-a-repo' });
    } finally {
      r.close();
    }
  });

  it('says when git is not installed', async () => {
    const r = BlobReader.open(repo.dir, { git: join(tempDir(), 'no-git-here') });
    try {
      const err = await r.read('HEAD', 'a.yaml').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GitError);
      expect(err).toMatchObject({ code: 'git-missing' });
    } finally {
      r.close();
    }
  });

  it('finishes reads under way when closed, and refuses reads after', async () => {
    const r = BlobReader.open(repo.dir);
    const pending = r.read('HEAD', 'ledgers/big.yaml');
    r.close();
    expect(await pending).toBe(BIG_V2);
    await expect(r.read('HEAD', 'ledgers/new.yaml')).rejects.toMatchObject({ code: 'failed' });
  });

  it('does not keep Node running when close() is forgotten', { timeout: 15_000 }, async () => {
    const dir = tempDir();
    const bundle = join(dir, 'reader.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '../../src/git/blob-reader.ts')],
      outfile: bundle,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const script = join(dir, 'forget.mjs');
    writeFileSync(
      script,
      `import { BlobReader } from ${JSON.stringify(bundle)};\n` +
        `const r = BlobReader.open(process.argv[2]);\n` +
        `console.log(await r.read('HEAD', 'ledgers/new.yaml'));\n`,
    );
    const out = execFileSync(process.execPath, [script, repo.dir], { encoding: 'utf8', timeout: 10_000 });
    expect(out).toBe('新增: true\n\n');
    expect(existsSync(bundle)).toBe(true);
  });
});
