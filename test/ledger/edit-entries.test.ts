// Text edits to ledger entries keep everything else byte for byte.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editEntries } from '../../src/ledger/edit-entries.js';

const TEXT = `# 台账
tasks:
  # 第一项
  - id: A-1
    title: 甲
    milestones:
      - {name: 上报方案, due: 2026-03-31}   # 行尾注释
      - name: 文件出台
        due: 2026-06-30
    progress:
      - date: 2026-03-04
        note: 开会
    # 尾注
  - {id: A-2, title: 乙, deadline: 2026-12-31}
  - id: A-3
    title: 丙
`;

describe('editEntries', () => {
  it('sets keys on entries and milestones, appends notes, and changes nothing else', () => {
    const r = editEntries(TEXT, 'tasks', [
      {
        kind: 'append',
        index: 0,
        id: 'A-1',
        key: 'progress',
        value: { date: '2026-12-03', note: '完成“初稿”：征求意见' },
      },
      { kind: 'set', index: 0, id: 'A-1', milestone: 0, key: 'done_on', value: '2026-12-01' },
      { kind: 'set', index: 0, id: 'A-1', milestone: 1, key: 'done_on', value: '2026-12-02' },
      { kind: 'set', index: 1, id: 'A-2', key: 'completed_on', value: '2026-12-02' },
      { kind: 'set', index: 1, id: 'A-2', key: 'evidence', value: ['文件', '报告'] },
      { kind: 'append', index: 2, id: 'A-3', key: 'progress', value: { date: '2026-12-03', note: '一' } },
      { kind: 'append', index: 2, id: 'A-3', key: 'progress', value: { date: '2026-12-04', note: '二' } },
      { kind: 'set', index: 2, id: 'A-3', key: 'completed_on', value: '2026-12-04' },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toContain('# 行尾注释');
    expect(r.text).toContain('    # 尾注');
    const data = parse(r.text);
    expect(data.tasks[0].milestones[0].done_on).toBe('2026-12-01');
    expect(data.tasks[0].milestones[1].done_on).toBe('2026-12-02');
    expect(data.tasks[0].progress).toHaveLength(2);
    expect(data.tasks[0].progress[1].note).toBe('完成“初稿”：征求意见');
    expect(data.tasks[1]).toMatchObject({ completed_on: '2026-12-02', evidence: ['文件', '报告'] });
    expect(data.tasks[2].progress.map((p: { note: string }) => p.note)).toEqual(['一', '二']);
    // every original line is still there, in order
    const lines = TEXT.split('\n');
    let at = 0;
    const out = r.text.split('\n');
    for (const l of lines) {
      const i = out.indexOf(l, at);
      if (l.includes('{name: 上报方案') || l.includes('{id: A-2')) continue;
      expect(i, l).toBeGreaterThanOrEqual(at);
      at = i;
    }
  });

  it('refuses to overwrite a key that is set', () => {
    const r = editEntries(TEXT, 'tasks', [
      { kind: 'set', index: 1, id: 'A-2', key: 'deadline', value: '2026-11-30' },
    ]);
    expect(r.ok).toBe(false);
  });

  it('refuses an entry whose id is not the expected one', () => {
    const r = editEntries(TEXT, 'tasks', [
      { kind: 'set', index: 1, id: 'A-9', key: 'completed_on', value: '2026-11-30' },
    ]);
    expect(r.ok).toBe(false);
  });
});
