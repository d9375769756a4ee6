// Issue 10, item 14: `report` says when the holiday data does not cover a year its working-day
// counts touched (as remind does), and `check --since` / `diff` on a folder that does not exist
// say so, instead of "/ is not in a git repository".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/commands/report.js';
import { runCheck } from '../../src/commands/check.js';
import { runDiff } from '../../src/commands/diff.js';
import { copyFixture, sink } from '../helpers.js';

const JAN_2027 = new Date('2027-01-15T04:00:00Z');

describe('report: holiday data', () => {
  it('gives the notice for a year the calendar does not cover, and none for a covered year', async () => {
    const dir = copyFixture('clean');
    writeFileSync(join(dir, 'policy.yaml'), 'office: 市委改革办\nday_count: workdays\n');
    const later = { out: sink(), err: sink() };
    const rc = await runReport(
      { ledgers: dir, date: '2027-01-11', format: 'json', baseline: false, now: JAN_2027 },
      later.out,
      later.err,
    );
    expect(rc).toBe(0);
    expect(later.err.text()).toContain('节假日数据未覆盖 2027 年');
    expect(JSON.parse(later.out.text()).holiday_data).toMatchObject({ uncovered: [2027] });
    const now = { out: sink(), err: sink() };
    await runReport(
      { ledgers: dir, date: '2026-11-20', format: 'json', baseline: false, now: JAN_2027 },
      now.out,
      now.err,
    );
    expect(now.err.text()).toBe('');
    expect(JSON.parse(now.out.text()).holiday_data).toBeUndefined();
  });
});

describe('a ledger folder that does not exist', () => {
  it('check --since says the folder does not exist', async () => {
    await expect(
      runCheck({ ledgers: '/nonexistent', format: 'text', since: 'HEAD' }, sink()),
    ).rejects.toThrow(/台账目录 \/nonexistent 不存在/);
  });

  it('diff says the same', async () => {
    await expect(
      runDiff({ ledgers: '/nonexistent/ledgers', format: 'text', from: 'HEAD' }, sink()),
    ).rejects.toThrow(/台账目录 \/nonexistent\/ledgers 不存在/);
  });
});
