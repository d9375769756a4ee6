import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitsTouching } from '../../src/git/index.js';
import { TempRepo, removeTemp } from './temp-repo.js';

let repo: TempRepo;
const sha: Record<string, string> = {};

beforeAll(() => {
  repo = TempRepo.init();
  sha.base = repo
    .write('ledgers/tasks.yaml', 'a\n')
    .write('docs/说明.md', '说明\n')
    .commit('基线', '2026-01-05T09:00:00+08:00');
  repo.tag('baseline/2026');
  sha.docs = repo.write('docs/说明.md', '说明 v2\n').commit('只改文档', '2026-01-10T09:00:00+08:00');
  sha.postpone = repo
    .write('ledgers/tasks.yaml', 'b\n')
    .commit('延期：KM-2026-003', '2026-02-01T09:00:00+08:00');
  sha.star = repo.write('l*/x.yaml', 'star\n').commit('奇怪的目录名', '2026-02-02T09:00:00+08:00');
  sha.spaced = repo.write('台账 数据/问题.yaml', 'p\n').commit('问题清单', '2026-02-03T09:00:00+08:00');
  sha.done = repo.write('ledgers/tasks.yaml', 'c\n').commit('办结：KM-2026-001', '2026-06-30T20:00:00+00:00');
});

afterAll(removeTemp);

describe('commitsTouching', () => {
  it('lists the commits after FROM up to TO that changed the paths, oldest first', async () => {
    const commits = await commitsTouching(repo.dir, 'baseline/2026', 'HEAD', ['ledgers']);
    expect(commits).toEqual([
      { sha: sha.postpone, date: '2026-02-01', subject: '延期：KM-2026-003', author: '改革办 张三' },
      { sha: sha.done, date: '2026-07-01', subject: '办结：KM-2026-001', author: '改革办 张三' },
    ]);
  });

  it('takes several paths, files or folders, with spaces and Chinese', async () => {
    const commits = await commitsTouching(repo.dir, sha.base!, sha.spaced!, [
      'ledgers/tasks.yaml',
      '台账 数据',
    ]);
    expect(commits.map((c) => c.sha)).toEqual([sha.postpone, sha.spaced]);
  });

  it('treats paths literally: no globs, no pathspec magic', async () => {
    expect((await commitsTouching(repo.dir, 'baseline/2026', 'HEAD', ['l*'])).map((c) => c.sha)).toEqual([
      sha.star,
    ]);
    expect(await commitsTouching(repo.dir, 'baseline/2026', 'HEAD', [':(exclude)docs'])).toEqual([]);
  });

  it('lists every commit for the whole repository, and none for an empty range', async () => {
    expect(await commitsTouching(repo.dir, 'baseline/2026', 'HEAD', [])).toHaveLength(5);
    expect(await commitsTouching(repo.dir, 'HEAD', 'HEAD', ['ledgers'])).toEqual([]);
  });

  it('refuses bad or unknown revisions on either side', async () => {
    await expect(commitsTouching(repo.dir, '--output=/tmp/x', 'HEAD', ['ledgers'])).rejects.toMatchObject({
      code: 'invalid-revision',
    });
    await expect(commitsTouching(repo.dir, 'HEAD', '-p', ['ledgers'])).rejects.toMatchObject({
      code: 'invalid-revision',
    });
    await expect(commitsTouching(repo.dir, 'baseline/2025', 'HEAD', ['ledgers'])).rejects.toMatchObject({
      code: 'unknown-revision',
    });
    await expect(commitsTouching(repo.dir, 'HEAD', 'HEAD', ['../x'])).rejects.toMatchObject({
      code: 'outside-repo',
    });
  });
});
