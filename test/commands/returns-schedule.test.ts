// A return judges its items as `reform remind` does: against the approved schedule. A deadline
// moved since the baseline without approval keeps the baseline's date, its state and days behind
// (the office's git history, read by the git processes returns starts before the ledger loads).
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { returnFileName, runReturns } from '../../src/commands/returns.js';
import { readReturn } from '../../src/returns/read.js';
import { removeTemp, tempDir } from '../git/temp-repo.js';
import { sink } from '../helpers.js';
import { B, JULY_5, scenarioRepo } from '../reconcile/scenario.js';

afterAll(removeTemp);

async function rowOf(ledgers: string, baseline: boolean | undefined, id: string) {
  const output = join(tempDir(), 'returns');
  const code = await runReturns(
    { ledgers, month: '2026-07', date: '2026-07-05', now: JULY_5, unit: B, output, baseline },
    sink(),
    sink(),
  );
  expect(code).toBe(0);
  const r = await readReturn(join(output, returnFileName(B)));
  const row = r.rows.find((m) => m.id === id);
  expect(row, id).toBeDefined();
  return { due: row!.due, state: row!.state, days: row!.days };
}

describe('returns on the approved schedule', () => {
  it('give a deadline moved without approval its baseline date, as remind does', async () => {
    const { repo } = scenarioRepo();
    const ledgers = join(repo.dir, 'ledgers');
    // RW-004: 2026-05-31 in the baseline, moved to 2026-08-31 with no approval on record
    const approved = await rowOf(ledgers, undefined, 'RW-004');
    expect(approved.due).toBe('2026-05-31');
    expect(approved.state).toBe('已逾期');
    expect(Number(approved.days)).toBeGreaterThan(0);
    // without the baseline, the ledger's own date
    const written = await rowOf(ledgers, false, 'RW-004');
    expect(written.due).toBe('2026-08-31');
    expect(written.state).not.toBe('已逾期');
  });
});
