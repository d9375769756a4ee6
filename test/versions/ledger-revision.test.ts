// Which version of the ledger a return was made from (recorded by `reform returns` in the return
// and by `reform import` in imports.yaml): the commit when every ledger file is committed as it
// is, else a digest of the files. A ledger file git does not track (new, or in an ignored folder)
// is not in the commit, so the digest is given then too.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLedgers } from '../../src/ledger/load.js';
import { contentDigest, digestAsRead, ledgerRevision } from '../../src/versions/ledger-revision.js';
import { removeTemp, tempDir, TempRepo } from '../git/temp-repo.js';
import { ROOT } from '../helpers.js';

const TASKS = 'tasks:\n  - id: RW-2026-001\n    title: 甲\n';
const PILOTS = 'pilots: []\n';
const DAY = '2026-11-20T09:00:00+08:00';

afterAll(removeTemp);

describe('contentDigest', () => {
  it("is sha256 of each ledger file but the import record, as kind/name, NUL, bytes, NUL, in the folder's order", () => {
    const dir = join(tempDir(), 'ledgers');
    mkdirSync(join(dir, 'tasks'), { recursive: true });
    writeFileSync(join(dir, 'tasks.yaml'), TASKS);
    writeFileSync(join(dir, 'tasks', 'b.yaml'), TASKS.replace('甲', '乙'));
    writeFileSync(join(dir, 'pilots.yaml'), PILOTS);
    writeFileSync(join(dir, 'imports.yaml'), 'imports: []\n');
    const h = createHash('sha256');
    for (const [name, file] of [
      ['tasks/tasks.yaml', 'tasks.yaml'],
      ['tasks/b.yaml', 'tasks/b.yaml'],
      ['pilots/pilots.yaml', 'pilots.yaml'],
    ] as const)
      h.update(`${name}\0`)
        .update(readFileSync(join(dir, file)))
        .update('\0');
    expect(contentDigest(dir)).toBe(`sha256:${h.digest('hex')}`);
  });

  it('made from the bytes a load reads, is the same as read from the files then, however early asked', async () => {
    const dir = join(tempDir(), 'samples');
    cpSync(join(ROOT, 'ledgers'), dir, { recursive: true });
    const tasks = join(dir, 'tasks.yaml');
    const touch = (note: string) => writeFileSync(tasks, `${readFileSync(tasks, 'utf8')}# ${note}\n`);
    const asRead = digestAsRead(dir);
    // asked for before the load (git may answer first): it waits for the load's bytes
    const value = asRead.value();
    touch('加载之前的改动');
    const atLoad = contentDigest(dir);
    loadLedgers(dir, { cache: false, read: asRead.read });
    touch('加载之后的改动'); // not what the load read
    asRead.done();
    expect(await value).toBe(atLoad);
    expect(contentDigest(dir)).not.toBe(atLoad);
  });

  it('made as a load reads, falls back to the files when one was added or removed since', async () => {
    const dir = join(tempDir(), 'ledgers');
    mkdirSync(dir);
    writeFileSync(join(dir, 'tasks.yaml'), TASKS);
    const added = digestAsRead(dir);
    loadLedgers(dir, { cache: false, read: added.read });
    added.done();
    writeFileSync(join(dir, 'pilots.yaml'), PILOTS);
    expect(await added.value()).toBe(contentDigest(dir));
    const unread = digestAsRead(dir); // no load at all
    unread.done();
    expect(await unread.value()).toBe(contentDigest(dir));
  });
});

describe('ledgerRevision', () => {
  it('is a digest of the files outside git, the same for the same files', async () => {
    const dir = join(tempDir(), 'ledgers');
    mkdirSync(dir);
    writeFileSync(join(dir, 'tasks.yaml'), TASKS);
    const first = await ledgerRevision(dir);
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first).toBe(contentDigest(dir));
    writeFileSync(join(dir, 'tasks.yaml'), TASKS.replace('甲', '乙'));
    expect(await ledgerRevision(dir)).not.toBe(first);
  });

  it('is the commit when every ledger file is committed as it is; an import record does not count', async () => {
    const repo = TempRepo.init()
      .write('ledgers/tasks.yaml', TASKS)
      .write('ledgers/imports.yaml', 'imports: []\n');
    const head = repo.commit('台账', DAY);
    const dir = join(repo.dir, 'ledgers');
    expect(await ledgerRevision(dir)).toBe(head);
    repo.write('ledgers/imports.yaml', 'imports: []\n# 已导入\n');
    expect(await ledgerRevision(dir)).toBe(head);
    repo.write('ledgers/tasks.yaml', TASKS.replace('甲', '乙'));
    expect(await ledgerRevision(dir)).toBe(contentDigest(dir));
  });

  it('is the digest when a ledger file is not tracked: new, or in a folder git ignores', async () => {
    const repo = TempRepo.init().write('ledgers/tasks.yaml', TASKS);
    repo.commit('台账', DAY);
    const dir = join(repo.dir, 'ledgers');
    repo.write('ledgers/pilots.yaml', PILOTS); // not added yet
    expect(await ledgerRevision(dir)).toBe(contentDigest(dir));

    const other = TempRepo.init().write('.gitignore', 'data/\n').write('README', '说明\n');
    other.commit('说明', DAY);
    other.write('data/ledgers/tasks.yaml', TASKS);
    const ignored = join(other.dir, 'data', 'ledgers');
    expect(await ledgerRevision(ignored)).toBe(contentDigest(ignored));
  });
});
