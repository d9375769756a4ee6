import { describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/index.js';
import type { ReconItem } from '../../../src/reconcile/reconcile.js';
import { changeLines, substantiveChanges } from '../../../src/render/reconcile/words.js';

const item = (changes: ReconItem['changes'], postponements: ReconItem['postponements'] = []) =>
  ({ changes, postponements }) as ReconItem;

describe('changes in the reconciliation report', () => {
  it('counts progress notes and shows every other change with its postponement', () => {
    setLang('zh');
    const p = {
      field: 'deadline',
      node: '任务办结',
      from: '2026-06-30',
      to: '2026-09-30',
      days: 92,
      records: [],
    };
    const it = item(
      [
        { path: 'deadline', change: 'changed', from: '2026-06-30', to: '2026-09-30' },
        { path: 'progress', change: 'added', to: { date: '2026-05-01', note: '甲' } },
        { path: 'progress', change: 'added', to: { date: '2026-06-01', note: '乙' } },
        { path: 'completed_on', change: 'added', to: '2026-09-20' },
      ],
      [p],
    );
    expect(changeLines(it)).toEqual([
      { text: 'deadline: 2026-06-30 → 2026-09-30', postponement: p },
      { text: 'completed_on: + 2026-09-20', postponement: undefined },
      { text: 'progress: + 2 条进展' },
    ]);
  });

  it('lists items with more than progress notes, and counts the others', () => {
    const progress = item([{ path: 'progress', change: 'added', to: { date: '2026-05-01', note: '甲' } }]);
    const dated = item([{ path: 'evidence', change: 'added', to: '文件' }]);
    const r = substantiveChanges([progress, dated, item([])]);
    expect(r).toEqual({ items: [dated], progressOnly: 1 });
  });
});
