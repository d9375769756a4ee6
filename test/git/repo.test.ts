import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GitError,
  ledgerPathInRepo,
  repoRoot,
  repoState,
  resolveRevision,
  userName,
  type SpawnFn,
} from '../../src/git/index.js';
import { TempRepo, git, removeTemp, tempDir } from './temp-repo.js';

let repo: TempRepo;

beforeAll(() => {
  repo = TempRepo.init(join(tempDir(), '改革办 台账'));
  repo
    .write('ledgers/tasks.yaml', 'tasks: []\n')
    .write('docs/guide.md', '#\n')
    .write('台账 2026/tasks.yaml', 'tasks: []\n');
  repo.commit('基线', '2026-01-05T09:00:00+08:00');
});

afterAll(removeTemp);

describe('repoRoot', () => {
  it('finds the top of the work tree from any folder inside it', async () => {
    expect(await repoRoot(repo.dir)).toBe(repo.dir);
    expect(await repoRoot(join(repo.dir, 'ledgers'))).toBe(repo.dir);
  });

  it('says not-a-repo outside a repository and for a folder that does not exist', async () => {
    const plain = tempDir();
    await expect(repoRoot(plain)).rejects.toMatchObject({ code: 'not-a-repo', path: plain });
    await expect(repoRoot(join(plain, 'nowhere'))).rejects.toMatchObject({ code: 'not-a-repo' });
    await expect(resolveRevision(plain, 'HEAD')).rejects.toMatchObject({ code: 'not-a-repo' });
  });

  it('says git-missing when there is no git executable', async () => {
    const err = await repoRoot(repo.dir, { git: join(tempDir(), 'git') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).code).toBe('git-missing');
  });
});

/** A stand-in for git that prints `stderr` and exits with `code`, whatever it is asked. */
function fakeGit(stderr: string, code: number): SpawnFn {
  return (_cmd, _args, options) =>
    spawn('/bin/sh', ['-c', `printf '%s\\n' "$0" >&2; exit ${code}`, stderr], options);
}

describe('git failures', () => {
  it('recognises a repository git refuses because another user owns it', async () => {
    const spawnFn = fakeGit("fatal: detected dubious ownership in repository at '/srv/ledgers'", 128);
    await expect(repoRoot(repo.dir, { spawn: spawnFn })).rejects.toMatchObject({
      code: 'unsafe-directory',
      path: repo.dir,
    });
  });

  it("passes any other complaint on as failed, with git's first line", async () => {
    const spawnFn = fakeGit('fatal: unable to read tree 1234', 128);
    await expect(repoRoot(repo.dir, { spawn: spawnFn })).rejects.toMatchObject({
      code: 'failed',
      detail: 'unable to read tree 1234',
    });
  });
});

describe('userName', () => {
  it('reads user.name from the repository configuration', async () => {
    expect(await userName(repo.dir)).toBe('改革办 张三');
  });

  it('is undefined when no name is configured', async () => {
    const bare = TempRepo.init();
    git(bare.dir, ['config', '--unset', 'user.name']);
    expect(await userName(bare.dir)).toBeUndefined();
  });
});

describe('ledgerPathInRepo', () => {
  it('answers with the rev-parse of repoState when asked, the same as repoState asks it (one git process, not two)', async () => {
    const dir = join(repo.dir, 'ledgers');
    const sha = git(repo.dir, ['rev-parse', 'HEAD']).trim();
    for (const rev of ['HEAD', 'baseline/2099']) {
      const plain = await ledgerPathInRepo(repo.dir, 'ledgers', {}, rev);
      const loc = await ledgerPathInRepo(repo.dir, 'ledgers', {}, rev, true);
      const { state, ...rest } = loc;
      expect(rest).toEqual(plain);
      expect(plain.commit).toEqual({ sha: rev === 'HEAD' ? sha : undefined, shallow: false });
      expect(state?.revs).toEqual([rev]);
      expect(await repoState(dir, [rev], {}, state)).toBe(await repoState(dir, [rev]));
    }
    // not for the other revisions, nor a folder taken from the repository's root
    const other = await ledgerPathInRepo(repo.dir, 'ledgers', {}, 'HEAD', true);
    expect(await repoState(dir, ['HEAD~0'], {}, other.state)).toBe(await repoState(dir, ['HEAD~0']));
    expect(
      (await ledgerPathInRepo(join(repo.dir, 'docs'), 'ledgers', {}, 'HEAD', true)).state,
    ).toBeUndefined();
  });

  it('maps a folder relative to cwd to its repo-relative path', async () => {
    expect(await ledgerPathInRepo(repo.dir, 'ledgers')).toEqual({
      root: repo.dir,
      path: 'ledgers',
      absolute: join(repo.dir, 'ledgers'),
    });
    expect(await ledgerPathInRepo(join(repo.dir, 'docs'), '../台账 2026')).toMatchObject({
      path: '台账 2026',
    });
    expect(await ledgerPathInRepo(join(repo.dir, 'ledgers'), '.')).toMatchObject({ path: 'ledgers' });
    expect(await ledgerPathInRepo(repo.dir, '.')).toMatchObject({ path: '.' });
  });

  it('takes an absolute folder as it is', async () => {
    expect(await ledgerPathInRepo(tempDir(), join(repo.dir, '台账 2026'))).toMatchObject({
      root: repo.dir,
      path: '台账 2026',
    });
  });

  it('falls back to the repository root when the folder is not under cwd (the path CI uses)', async () => {
    expect(await ledgerPathInRepo(join(repo.dir, 'docs'), 'ledgers')).toMatchObject({
      root: repo.dir,
      path: 'ledgers',
    });
  });

  it('prefers the folder under cwd when both exist', async () => {
    mkdirSync(join(repo.dir, 'docs/ledgers'), { recursive: true });
    expect(await ledgerPathInRepo(join(repo.dir, 'docs'), 'ledgers')).toMatchObject({ path: 'docs/ledgers' });
  });

  it('maps a folder missing from the work tree relative to cwd (it may exist in history)', async () => {
    expect(await ledgerPathInRepo(join(repo.dir, 'docs'), 'old/ledgers')).toMatchObject({
      path: 'docs/old/ledgers',
    });
  });

  it('sees through symbolic links to the folder', async () => {
    const link = join(tempDir(), 'link');
    symlinkSync(join(repo.dir, 'ledgers'), link);
    expect(await ledgerPathInRepo(tempDir(), link)).toMatchObject({ root: repo.dir, path: 'ledgers' });
  });

  it('uses the repository that holds the folder, and refuses folders outside any', async () => {
    const other = TempRepo.init();
    other.write('data/tasks.yaml', '[]\n').commit('x', '2026-01-01T00:00:00+08:00');
    expect(await ledgerPathInRepo(repo.dir, join(other.dir, 'data'))).toMatchObject({
      root: other.dir,
      path: 'data',
    });
    const plain = tempDir();
    await expect(ledgerPathInRepo(repo.dir, plain)).rejects.toMatchObject({ code: 'not-a-repo' });
  });
});
