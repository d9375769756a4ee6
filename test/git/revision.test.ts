import { spawn as nodeSpawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobReader, isShallow, resolveRevision, tagExists, type SpawnFn } from '../../src/git/index.js';
import { TempRepo, git, removeTemp, tempDir } from './temp-repo.js';

let repo: TempRepo;
let base: string;
let late: string;

beforeAll(() => {
  repo = TempRepo.init();
  base = repo
    .write('ledgers/tasks.yaml', 'tasks: []\n')
    .commit('年初批准的清单', '2026-01-05T09:00:00+08:00');
  repo.tag('baseline/2026');
  repo.write('ledgers/tasks.yaml', 'tasks: [1]\n').commit('第一季度进展', '2026-03-31T12:00:00+08:00');
  // 23:30 UTC on 30 June is already 1 July in Shanghai
  late = repo
    .write('ledgers/tasks.yaml', 'tasks: [1, 2]\n')
    .commit('半年对账：结转\n\n正文不进标题', '2026-06-30T23:30:00+00:00');
});

afterAll(removeTemp);

describe('resolveRevision', () => {
  it('resolves a tag, HEAD and a short hash to the commit, date and subject', async () => {
    expect(await resolveRevision(repo.dir, 'baseline/2026')).toEqual({
      sha: base,
      date: '2026-01-05',
      subject: '年初批准的清单',
      author: '改革办 张三',
    });
    expect(await resolveRevision(repo.dir, 'HEAD')).toMatchObject({ sha: late, subject: '半年对账：结转' });
    expect((await resolveRevision(repo.dir, base.slice(0, 8))).sha).toBe(base);
    expect((await resolveRevision(repo.dir, 'HEAD~1')).date).toBe('2026-03-31');
  });

  it('dates commits by the calendar day in Asia/Shanghai, or the zone given', async () => {
    expect((await resolveRevision(repo.dir, late)).date).toBe('2026-07-01');
    expect((await resolveRevision(repo.dir, late, { timeZone: 'UTC' })).date).toBe('2026-06-30');
  });

  it('reports an unknown revision', async () => {
    await expect(resolveRevision(repo.dir, 'baseline/2025')).rejects.toMatchObject({
      code: 'unknown-revision',
      rev: 'baseline/2025',
    });
    await expect(resolveRevision(repo.dir, 'HEAD~9')).rejects.toMatchObject({ code: 'unknown-revision' });
    await expect(resolveRevision(repo.dir, '0000000000000000000000000000000000000000')).rejects.toMatchObject(
      {
        code: 'unknown-revision',
      },
    );
    // a path is not a revision
    await expect(resolveRevision(repo.dir, 'HEAD:ledgers/tasks.yaml')).rejects.toMatchObject({
      code: 'unknown-revision',
    });
  });

  it('rejects revisions that git could read as options, before starting git', async () => {
    const out = join(tempDir(), 'x');
    const calls: string[][] = [];
    const spawn: SpawnFn = (cmd, args, o) => {
      calls.push([...args]);
      return nodeSpawn(cmd, args, o);
    };
    for (const bad of [`--output=${out}`, '-h', '--all', 'HEAD\n--output=x', '']) {
      await expect(resolveRevision(repo.dir, bad, { spawn })).rejects.toMatchObject({
        code: 'invalid-revision',
      });
    }
    expect(calls).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('tagExists', () => {
  it('tells whether a tag exists', async () => {
    expect(await tagExists(repo.dir, 'baseline/2026')).toBe(true);
    expect(await tagExists(repo.dir, 'baseline/2025')).toBe(false);
    expect(await tagExists(repo.dir, 'main')).toBe(false); // a branch, not a tag
  });

  it('answers false for names no tag can have, without asking git', async () => {
    for (const bad of ['--output=/tmp/x', '../heads/main', 'a b', 'x\ny', '', 'a..b', 'v1.lock']) {
      expect(await tagExists(repo.dir, bad, { git: '/nonexistent/git' })).toBe(false);
    }
  });

  it('says when the folder is not a repository', async () => {
    await expect(tagExists(tempDir(), 'baseline/2026')).rejects.toMatchObject({ code: 'not-a-repo' });
  });
});

describe('shallow clones', () => {
  let clone: string;

  beforeAll(() => {
    clone = join(tempDir(), '浅 克隆');
    git(repo.dir, ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
  });

  it('knows a shallow clone from a full one', async () => {
    expect(await isShallow(clone)).toBe(true);
    expect(await isShallow(repo.dir)).toBe(false);
  });

  it('resolves what the clone has', async () => {
    expect((await resolveRevision(clone, 'HEAD')).sha).toBe(late);
  });

  it('says "shallow" for history the clone lacks: a parent, an old hash, the baseline tag', async () => {
    await expect(resolveRevision(clone, 'HEAD~1')).rejects.toMatchObject({ code: 'shallow', rev: 'HEAD~1' });
    await expect(resolveRevision(clone, base)).rejects.toMatchObject({ code: 'shallow' });
    expect(await tagExists(clone, 'baseline/2026')).toBe(false);
    await expect(resolveRevision(clone, 'baseline/2026')).rejects.toMatchObject({ code: 'shallow' });
  });

  it('says "shallow" when reading files at a missing revision', async () => {
    const r = BlobReader.open(clone);
    try {
      expect(await r.read('HEAD', 'ledgers/tasks.yaml')).toBe('tasks: [1, 2]\n');
      await expect(r.read(base, 'ledgers/tasks.yaml')).rejects.toMatchObject({ code: 'shallow' });
    } finally {
      r.close();
    }
  });
});
