// The report's counted kinds: 任务5项、试点1项 when more than one kind has items, 均为任务 when one
// kind has them all (the report said 共1项（任务1项）).
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/index.js';
import { kindsBreakdown } from '../../../src/render/report/words.js';
import type { LedgerName } from '../../../src/domain/delay.js';

afterEach(() => setLang('zh'));
const counts = (c: Partial<Record<LedgerName, number>>) => (l: LedgerName) => c[l] ?? 0;

describe('kindsBreakdown', () => {
  it('lists each kind with items, in ledger order', () => {
    expect(kindsBreakdown(counts({ problems: 2, tasks: 5, pilots: 1 }))).toBe('任务5项、试点1项、问题2项');
    expect(kindsBreakdown(counts({ tasks: 5, problems: 2 }))).toBe('任务5项、问题2项');
  });

  it('says 均为 when one kind has them all', () => {
    expect(kindsBreakdown(counts({ tasks: 1 }))).toBe('均为任务');
    expect(kindsBreakdown(counts({ problems: 3 }))).toBe('均为问题');
    setLang('en');
    expect(kindsBreakdown(counts({ pilots: 2 }))).toBe('all pilots');
    expect(kindsBreakdown(counts({ tasks: 5, pilots: 1 }))).toMatch(/^tasks: 5.*pilots: 1$/);
  });
});
