import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTree } from '../../src/git/index.js';
import { TempRepo, removeTemp } from './temp-repo.js';

let repo: TempRepo;

beforeAll(() => {
  repo = TempRepo.init();
  repo
    .write('ledgers/tasks.yaml', 'tasks: []\n')
    .write('ledgers/units.yaml', 'units: []\n')
    .write('README.md', '# 台账\n');
  repo.commit('基线', '2026-01-05T09:00:00+08:00');
  repo.tag('baseline/2026');
  repo
    .write('ledgers/县区 台账/五华区.yaml', 'tasks: []\n')
    .write('ledgers/pilots.yaml', 'pilots: []\n')
    .write('ledgers-old/tasks.yaml', 'x\n')
    .remove('ledgers/units.yaml');
  symlinkSync('tasks.yaml', join(repo.dir, 'ledgers/link.yaml'));
  repo.commit('增加县区台账', '2026-02-01T09:00:00+08:00');
});

afterAll(removeTemp);

describe('listTree', () => {
  it('lists the files under a folder at a revision, repo-relative and recursively', async () => {
    expect(await listTree(repo.dir, 'baseline/2026', 'ledgers')).toEqual([
      'ledgers/tasks.yaml',
      'ledgers/units.yaml',
    ]);
    expect(await listTree(repo.dir, 'HEAD', 'ledgers')).toEqual([
      'ledgers/pilots.yaml',
      'ledgers/tasks.yaml',
      'ledgers/县区 台账/五华区.yaml',
    ]);
  });

  it('accepts ./, a trailing slash and the root, whatever folder git runs in', async () => {
    const sub = join(repo.dir, 'ledgers');
    expect(await listTree(sub, 'HEAD', './ledgers/')).toEqual(await listTree(repo.dir, 'HEAD', 'ledgers'));
    expect(await listTree(sub, 'HEAD', 'ledgers/县区 台账')).toEqual(['ledgers/县区 台账/五华区.yaml']);
    expect(await listTree(sub, 'baseline/2026', '.')).toEqual([
      'README.md',
      'ledgers/tasks.yaml',
      'ledgers/units.yaml',
    ]);
  });

  it('says when the folder did not exist at that revision, or is a file', async () => {
    await expect(listTree(repo.dir, 'baseline/2026', 'ledgers/县区 台账')).rejects.toMatchObject({
      code: 'missing-path',
      rev: 'baseline/2026',
      path: 'ledgers/县区 台账',
    });
    await expect(listTree(repo.dir, 'HEAD', 'README.md')).rejects.toMatchObject({ code: 'missing-path' });
  });

  it('refuses bad revisions and paths outside the repository', async () => {
    await expect(listTree(repo.dir, '--output=/tmp/x', 'ledgers')).rejects.toMatchObject({
      code: 'invalid-revision',
    });
    await expect(listTree(repo.dir, 'nope', 'ledgers')).rejects.toMatchObject({ code: 'unknown-revision' });
    await expect(listTree(repo.dir, 'HEAD', '../x')).rejects.toMatchObject({ code: 'outside-repo' });
  });
});
