// remind judged by the approved schedule: in a real repository with a baseline tag, a date moved
// without approval counts at its baseline date, an approved one at its new date, a deleted item
// still counts; without a baseline the dates are as written and one line says so.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRemind, type RemindOptions } from '../../src/commands/remind.js';
import { setLang } from '../../src/i18n/index.js';
import { removeTemp, type TempRepo } from '../git/temp-repo.js';
import { JULY_5, scenarioRepo } from '../reconcile/scenario.js';
import { openLedgers } from '../../src/commands/shared/open.js';
import { loadSchedule, startSchedule } from '../../src/versions/schedule-load.js';
import type { ApprovedSchedule } from '../../src/domain/schedule.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _e: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

let repo: TempRepo;
beforeAll(() => {
  setLang('zh');
  repo = scenarioRepo().repo;
});
afterAll(() => removeTemp());

async function remind(extra: Partial<RemindOptions> = {}) {
  const out = new Sink();
  const err = new Sink();
  const code = await runRemind(
    { ledgers: join(repo.dir, 'ledgers'), now: JULY_5, format: 'json', ...extra },
    out,
    err,
  );
  return { code, json: JSON.parse(out.text), err: err.text };
}

type Row = Record<string, unknown>;

describe('remind with the baseline', { timeout: 30_000 }, () => {
  it('counts an unapproved postponement at its baseline date, and says so', async () => {
    const { code, json } = await remind({ date: '2026-07-05' });
    expect(code).toBe(0);
    const rows = json.reminders as Row[];
    // RW-004: 2026-05-31 moved to 08-31 without a record: 35 days behind at its approved date
    expect(rows.find((r) => r.item === 'RW-004')).toMatchObject({
      due: '2026-08-31',
      approved_due: '2026-05-31',
      unapproved_postponement: true,
      days_behind: 35,
      level: 'written',
    });
    // RW-003: moved to 09-30 with a record in the same commit: not behind
    expect(rows.find((r) => r.item === 'RW-003')).toBeUndefined();
    // RW-005 deleted since the baseline (due 06-15): still counted
    expect(rows.find((r) => r.item === 'RW-005')).toMatchObject({
      deleted: true,
      due: null,
      approved_due: '2026-06-15',
      days_behind: 20,
    });
    expect(json.schedule).toMatchObject({ basis: 'baseline', unapproved_postponements: 2, deleted_items: 1 });
    expect(json.schedule.baseline.rev).toBe('baseline/2026');
    // RW-008: moved on 04-01, its record dated 04-10 came later: unapproved too (due 06-30)
    const later = (await remind({ date: '2026-07-20' })).json.reminders as Row[];
    expect(later.find((r) => r.item === 'RW-008')).toMatchObject({
      due: '2026-07-31',
      approved_due: '2026-06-30',
      unapproved_postponement: true,
    });
  });

  it('marks the row in text with one line of explanation and a summary line', async () => {
    const out = new Sink();
    await runRemind({ ledgers: join(repo.dir, 'ledgers'), now: JULY_5, date: '2026-07-05' }, out, new Sink());
    const text = out.text.replace(/\x1b\[[0-9;]*m/g, '');
    expect(text).toContain('※ 未经批准改动时限的节点 2 个，按批准的时限计算');
    expect(text).toContain('※ 基线后被删除的事项 1 项，仍按基线时限计算');
    expect(text).toMatch(/RW-004 .* 2026-05-31※/);
    expect(text).toContain('※ 任务办结：台账写 2026-08-31，未经批准，按 2026-05-31 计');
  });

  it('--no-baseline: dates as written, and one line says so', async () => {
    const { json } = await remind({ date: '2026-07-05', baseline: false });
    expect((json.reminders as Row[]).find((r) => r.item === 'RW-004')).toBeUndefined();
    expect(json.schedule).toMatchObject({ basis: 'written', reason: 'off' });
  });

  it('a year without a baseline tag: dates as written', async () => {
    const { json } = await remind({ now: new Date('2027-01-10T04:00:00Z') });
    expect(json.date).toBe('2027-01-10');
    expect(json.schedule).toMatchObject({ basis: 'written', reason: 'no-baseline' });
  });

  it('an unknown --baseline is a usage error', async () => {
    await expect(remind({ baseline: 'no-such-tag' })).rejects.toMatchObject({ exitCode: 2 });
  });

  it('uses what git was asked before the ledgers were loaded only for the same question', async () => {
    const dir = join(repo.dir, 'ledgers');
    const opened = openLedgers(dir, { now: JULY_5 });
    const timeZone = opened.loaded.ledger.policy.timezone;
    const day = { dir, current: opened.loaded, asOf: '2026-07-05', today: '2026-07-05' };
    const facts = (s: ApprovedSchedule) => ({
      basis: s.basis,
      baseline: s.baseline,
      items: s.items,
      unapproved: s.unapproved,
      lateRecords: s.lateRecords,
      differing: s.differing,
    });
    const plain = facts(await loadSchedule(day));
    expect(plain.unapproved.length).toBe(2);
    const early = await startSchedule({ dir, asOf: '2026-07-05', timeZone });
    expect(early.reader).toBeDefined(); // the baseline exists: the history's processes were started
    expect(facts(await loadSchedule({ ...day, early }))).toEqual(plain);
    // started for another year (no baseline/2027) or another time zone: not used, the same result
    const other = await startSchedule({ dir, asOf: '2027-01-10', timeZone });
    expect(other.reader).toBeUndefined();
    expect(facts(await loadSchedule({ ...day, early: other }))).toEqual(plain);
    const zone = await startSchedule({ dir, asOf: '2026-07-05', timeZone: 'UTC' });
    expect(facts(await loadSchedule({ ...day, early: zone }))).toEqual(plain);
  });

  it('judges the same from the cached baseline as from git (a deleted item read back whole)', async () => {
    rmSync(join(repo.dir, '.git', 'reform'), { recursive: true, force: true });
    const fresh = await remind({ date: '2026-07-05', baselineCache: false });
    const cold = await remind({ date: '2026-07-05' }); // reads git, writes the cache
    expect(
      readdirSync(join(repo.dir, '.git', 'reform')).filter((f) => f.startsWith('baseline-')),
    ).toHaveLength(1);
    const warm = await remind({ date: '2026-07-05' }); // reads the cache
    expect(cold.json).toEqual(fresh.json);
    expect(warm.json).toEqual(fresh.json);
    expect((warm.json.reminders as Row[]).find((r) => r.item === 'RW-005')).toMatchObject({ deleted: true });
  });
});
