// The ledger revision a return records (its hidden sheet): the commit when the ledger files are
// committed as they are, else the digest of the files as the run read them (made while the
// ledger loads, not by reading the files again).
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReturns } from '../../src/commands/returns.js';
import { readReturn } from '../../src/returns/read.js';
import { contentDigest } from '../../src/versions/ledger-revision.js';
import { removeTemp, TempRepo, tempDir } from '../git/temp-repo.js';
import { NOW, ROOT, sink } from '../helpers.js';

afterAll(removeTemp);

describe('the revision a return records', () => {
  it('is the commit, then the digest of the files once one is changed', async () => {
    const repo = TempRepo.init();
    cpSync(join(ROOT, 'ledgers'), join(repo.dir, 'ledgers'), { recursive: true });
    const head = repo.commit('台账', '2026-11-01T09:00:00+08:00');
    const ledgers = join(repo.dir, 'ledgers');
    const revision = async () => {
      const output = join(tempDir(), 'returns');
      const code = await runReturns(
        { ledgers, month: '2026-11', output, now: NOW, unit: '市财政局' },
        sink(),
        sink(),
      );
      expect(code).toBe(0);
      return (await readReturn(join(output, '市财政局.xlsx'))).meta.revision;
    };
    expect(await revision()).toBe(head);
    appendFileSync(join(ledgers, 'tasks.yaml'), '# 尚未提交的改动\n');
    expect(await revision()).toBe(contentDigest(ledgers));
  });
});
