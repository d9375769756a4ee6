import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLedgers } from '../../src/ledger/load.js';
import { diffLedgers, allPostponements } from '../../src/reconcile/diff.js';
import { applyVerdicts, settleApprovals } from '../../src/reconcile/history.js';
import { loadForWorker, reviveLoaded, serializeLoaded } from '../../src/reconcile/parallel-load.js';
import { loadRevision, openGitLedgers, revisionInfo, worktreeVersion } from '../../src/reconcile/versions.js';
import { removeTemp, type TempRepo } from '../git/temp-repo.js';
import { scenarioRepo } from './scenario.js';

let repo: TempRepo;
let dir: string;
beforeAll(() => {
  repo = scenarioRepo().repo;
  dir = join(repo.dir, 'ledgers');
});
afterAll(removeTemp);

describe('the worker side of parallel loading (run here, in-process)', () => {
  it('gives the same version as loading in the main thread, unchanged entries shared, postponements settled', async () => {
    const git = await openGitLedgers(dir);
    try {
      const info = await revisionInfo(git, 'baseline/2026');
      const current = loadLedgers(dir);
      const inMain = await loadRevision(git, info, current);
      const reply = await loadForWorker({
        root: git.root,
        folder: git.folder,
        sha: info.sha,
        worktree: dir,
        history: { from: info, today: '2026-07-05' },
      });
      expect(reply.ok).toBe(true);
      if (!reply.ok) return;
      const revived = reviveLoaded(reply.payload, current)!;
      expect(revived.loaded.ledger).toEqual(inMain.loaded.ledger);
      expect([...revived.loaded.knownIds].sort()).toEqual([...inMain.loaded.knownIds].sort());
      for (const kind of ['tasks', 'pilots', 'problems'] as const) {
        expect(revived.loaded.ledger[kind].map((e) => revived.loaded.origin(e))).toEqual(inMain.loaded.ledger[kind].map((e) => inMain.loaded.origin(e)));
      }
      // an entry unchanged since the baseline is the main thread's own object
      const rw007 = revived.loaded.ledger.tasks.find((t) => t.id === 'RW-007');
      expect(rw007).toBe(current.ledger.tasks.find((t) => t.id === 'RW-007'));
      // the verdicts the worker settled are those the main thread would reach
      const mine = diffLedgers(inMain.loaded.ledger, current.ledger);
      await settleApprovals(mine, { git, from: info, to: worktreeVersion(git, dir, current), today: '2026-07-05' });
      const theirs = diffLedgers(revived.loaded.ledger, current.ledger);
      applyVerdicts(theirs, revived.verdicts!);
      const verdicts = (d: typeof mine) => allPostponements(d).map(({ entry, postponement: p }) => [entry.id, p.field, p.verdict, p.changedOn]);
      expect(revived.verdicts!.map((v) => v[1]).sort()).toEqual(['RW-003', 'RW-004', 'RW-008']);
      expect(verdicts(theirs)).toEqual(verdicts(mine));
    } finally {
      git.close();
    }
  });

  it('refuses the placeholders when the working tree is not what the worker read', async () => {
    const git = await openGitLedgers(dir);
    try {
      const info = await revisionInfo(git, 'baseline/2026');
      const reply = await loadForWorker({ root: git.root, folder: git.folder, sha: info.sha, worktree: dir });
      if (!reply.ok) throw new Error('worker failed');
      const other = loadLedgers(join(scenarioRepo(3).repo.dir, 'ledgers'));
      expect(reviveLoaded(reply.payload, other)).toBeUndefined();
      expect(reviveLoaded(reply.payload)).toBeUndefined();
      // without a working tree there are no placeholders: any main thread can take it
      const plain = await loadForWorker({ root: git.root, folder: git.folder, sha: info.sha });
      if (!plain.ok) throw new Error('worker failed');
      expect(reviveLoaded(plain.payload)!.loaded.ledger.tasks).toHaveLength(9);
    } finally {
      git.close();
    }
  });

  it('carries a git error across as it is', async () => {
    const git = await openGitLedgers(dir);
    try {
      const reply = await loadForWorker({ root: git.root, folder: 'nowhere', sha: repo.git('rev-parse', 'HEAD').trim() });
      expect(reply).toMatchObject({ ok: false, error: { git: { code: 'missing-path' } } });
      expect(JSON.parse(serializeLoaded(loadLedgers(dir), new Map())).ledger.tasks).toHaveLength(9);
    } finally {
      git.close();
    }
  });
});
