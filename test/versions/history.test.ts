import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLedgers } from '../../src/ledger/load.js';
import { diffLedgers, allPostponements } from '../../src/reconcile/diff.js';
import {
  fieldValue,
  fileBytes,
  findEntries,
  findEntry,
  settleApprovals,
} from '../../src/versions/history.js';
import { loadRevision, openGitLedgers, revisionInfo, worktreeVersion } from '../../src/versions/versions.js';
import { removeTemp, type TempRepo } from '../git/temp-repo.js';
import { scenarioRepo } from '../reconcile/scenario.js';

describe('findEntries', () => {
  const text = `tasks:
  - id: A
    title: 引用 B
    deadline: 2026-06-30
    milestones:
      - {name: 上报方案, due: 2026-03-31}
  - title: 编号不在第一行
    id: B
    deadline: 2026-07-31
`;

  it('finds entries by their id line, whatever the key order, and says null for one not there', () => {
    const found = findEntries(fileBytes(Buffer.from(text)), ['A', 'B', 'C']);
    expect(found.get('A')).toMatchObject({ id: 'A', deadline: '2026-06-30' });
    expect(found.get('B')).toMatchObject({ id: 'B', deadline: '2026-07-31' });
    expect(found.get('C')).toBeNull();
    expect(fieldValue(found.get('A')!, 'milestones.上报方案')).toBe('2026-03-31');
    expect(fieldValue(found.get('A')!, 'milestones.启动实施')).toBeUndefined();
    expect(fieldValue(found.get('B')!, 'deadline')).toBe('2026-07-31');
  });

  it('reads Chinese text intact from bytes, with a byte-order mark, and files in flow style', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(findEntries(fileBytes(bom), ['B']).get('B')).toMatchObject({ title: '编号不在第一行' });
    expect(findEntry('tasks: [{id: A, deadline: 2026-06-30}, {id: B, deadline: 2026-01-01}]\n', 'B')).toEqual(
      { id: 'B', deadline: '2026-01-01' },
    );
  });
});

describe('settleApprovals', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = scenarioRepo().repo;
  });
  afterAll(removeTemp);

  async function settle(maxReads?: number) {
    const dir = join(repo.dir, 'ledgers');
    const git = await openGitLedgers(dir);
    try {
      const info = await revisionInfo(git, 'baseline/2026');
      const current = loadLedgers(dir);
      const older = await loadRevision(git, info);
      const diff = diffLedgers(older.loaded.ledger, current.ledger);
      await settleApprovals(diff, {
        git,
        from: info,
        to: worktreeVersion(git, dir, current),
        today: '2026-07-05',
        maxReads,
      });
      return Object.fromEntries(
        allPostponements(diff).map(({ entry, postponement }) => [entry.id, postponement]),
      );
    } finally {
      git.close();
    }
  }

  it('reads the history only where the verdict depends on it', async () => {
    const p = await settle();
    expect(p['RW-003']!.verdict).toMatchObject({ status: 'approved' });
    expect(p['RW-003']!.verdict).not.toHaveProperty('unverified');
    expect(p['RW-004']!.verdict).toEqual({ status: 'unapproved', reason: 'no-record' });
    expect(p['RW-008']).toMatchObject({
      changedOn: '2026-04-01',
      verdict: {
        status: 'unapproved',
        reason: 'late-without-ref',
        late: { change: { date: '2026-04-01' }, record: { date: '2026-04-10' } },
      },
    });
  });

  it('out of reads, a record is taken at its word and marked unverified', async () => {
    const p = await settle(0);
    expect(p['RW-003']!.verdict).toMatchObject({ status: 'approved', unverified: true });
    expect(p['RW-008']!.verdict).toMatchObject({ status: 'approved', unverified: true });
    expect(p['RW-004']!.verdict).toEqual({ status: 'unapproved', reason: 'no-record' }); // no record: no history needed
  });
});
