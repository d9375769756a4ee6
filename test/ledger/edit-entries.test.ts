// Text edits to ledger entries keep everything else byte for byte.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editEntries, ListEditor, type EntryEdit } from '../../src/ledger/edit-entries.js';

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

describe('editEntries on plain items (planned from their lines)', () => {
  const PLAIN = `tasks:
  - id: B-1
    title: 甲
    milestones:
      - name: 上报方案
        due: 2026-03-31
      - name: 文件出台
        due: 2026-06-30
        evidence:
          - 文件
    progress:
    - date: 2026-03-04
      note: 开会
  - id: B-2
    title: 乙
    lists: [annual]

  - id: B-3
    title: 丙
    closed: {on: 2026-07-10, period: 2026H1}`;
  // the same items with a comment in each, which sends them to the yaml library's path
  const COMMENTED = PLAIN.replace(/( {2}- id: B-\d\n)/g, '$1    # 注\n');
  const edits = [
    { kind: 'append', index: 0, id: 'B-1', key: 'progress', value: { date: '2026-12-03', note: '一' } },
    { kind: 'set', index: 0, id: 'B-1', milestone: 1, key: 'done_on', value: '2026-12-01' },
    { kind: 'set', index: 0, id: 'B-1', milestone: 0, key: 'done_on', value: '2026-12-02' },
    { kind: 'append', index: 1, id: 'B-2', key: 'progress', value: { date: '2026-12-03', note: '二' } },
    { kind: 'append', index: 1, id: 'B-2', key: 'progress', value: { date: '2026-12-04', note: "it's: 三" } },
    { kind: 'set', index: 2, id: 'B-3', key: 'evidence', value: ['报告'] },
    { kind: 'set', index: 2, id: 'B-3', key: 'completed_on', value: '2026-12-04' },
  ] as const;

  it('writes what the yaml library path writes, and gives the edited items as read back', () => {
    const fast = editEntries(PLAIN, 'tasks', edits);
    const slow = editEntries(COMMENTED, 'tasks', edits);
    expect(fast.ok && slow.ok).toBe(true);
    if (!fast.ok || !slow.ok) return;
    expect(fast.text).toBe(slow.text.replace(/ {4}# 注\n/g, ''));
    expect(fast.text).not.toBe(PLAIN);
    const data = parse(fast.text);
    expect(fast.items && [...fast.items.keys()].sort()).toEqual([0, 1, 2]);
    expect(fast.items?.get(0)).toEqual(data.tasks[0]);
    expect(fast.items?.get(2)).toEqual(data.tasks[2]);
    expect(data.tasks[1].progress.map((p: { note: string }) => p.note)).toEqual(['二', "it's: 三"]);
  });

  it('refuses what the yaml library path refuses, with its reason', () => {
    for (const bad of [
      { kind: 'set', index: 1, id: 'B-2', key: 'title', value: 'x' },
      { kind: 'set', index: 1, id: 'B-9', key: 'completed_on', value: '2026-12-01' },
      { kind: 'append', index: 1, id: 'B-2', key: 'title', value: { date: '2026-12-01', note: 'x' } },
    ] as const) {
      const fast = editEntries(PLAIN, 'tasks', [bad]);
      const slow = editEntries(COMMENTED, 'tasks', [bad]);
      expect(fast.ok).toBe(false);
      expect(fast).toEqual(slow);
    }
  });
});

describe('ListEditor (an import edits items as their returns are judged)', () => {
  const TEXT2 = `# 台账
tasks:
  - id: C-1
    title: 甲
    milestones:
      - name: 上报方案
        due: 2026-03-31
  - id: C-2
    title: 乙
    # 注：此项有注释，由 yaml 库规划
    progress:
      - date: 2026-03-04
        note: 开会
  - id: C-3
    title: 丙
`;
  const data = parse(TEXT2).tasks as Record<string, unknown>[];
  const edits: EntryEdit[] = [
    { kind: 'set', index: 0, id: 'C-1', milestone: 0, key: 'done_on', value: '2026-12-01' },
    {
      kind: 'append',
      index: 0,
      id: 'C-1',
      key: 'progress',
      value: { date: '2026-12-03', note: '完成，报送“方案”' },
    },
    { kind: 'append', index: 1, id: 'C-2', key: 'progress', value: { date: '2026-12-03', note: '二' } },
    { kind: 'set', index: 2, id: 'C-3', key: 'completed_on', value: '2026-12-04' },
  ];
  /** The edits without an editor, through the whole file: what every editor must give. */
  const whole = editEntries(TEXT2, 'tasks', edits);

  it('gives the text the whole file gives, the items as read back, and the same text in UTF-8', () => {
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    const editor = new ListEditor(TEXT2, 'tasks', data, Buffer.from(TEXT2, 'utf8'));
    const r = editEntries(TEXT2, 'tasks', edits, editor);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(whole.text);
    expect(r.bytes?.()?.equals(Buffer.from(whole.text, 'utf8'))).toBe(true);
    const after = parse(r.text).tasks;
    expect([...(r.items?.keys() ?? [])].sort()).toEqual([0, 1, 2]);
    for (const i of [0, 1, 2]) expect(r.items?.get(i)).toEqual(after[i]);
    expect(after[1].progress.map((p: { note: string }) => p.note)).toEqual(['开会', '二']);
    expect(r.text).toContain('    # 注：此项有注释，由 yaml 库规划\n');
  });

  it('keeps an item edited ahead for the same edits, and edits it again for others', () => {
    const editor = new ListEditor(TEXT2, 'tasks', data);
    const first = editor.item(0, edits.slice(0, 2));
    expect(first?.part).toContain('done_on: 2026-12-01');
    expect(editor.item(0, edits.slice(0, 2))).toBe(first);
    const other = editor.item(0, [edits[0]!]);
    expect(other).not.toBe(first);
    expect(other?.part).not.toContain('2026-12-03');
    const r = editEntries(TEXT2, 'tasks', edits, editor);
    expect(r.ok && r.text).toBe(whole.ok && whole.text);
  });

  it('does not trust data or bytes that are not the text: the item, or the file, goes the whole way', () => {
    const wrong = data.map((d, i) => (i === 0 ? { ...d, title: '别的' } : d));
    const editor = new ListEditor(TEXT2, 'tasks', wrong, Buffer.from(`${TEXT2}#`, 'utf8'));
    expect(editor.item(0, edits.slice(0, 2))).toBeUndefined();
    expect(editor.item(2, [edits[3]!])).toBeDefined();
    const r = editEntries(TEXT2, 'tasks', edits, editor);
    expect(r.ok && r.text).toBe(whole.ok && whole.text);
    const right = new ListEditor(TEXT2, 'tasks', data, Buffer.from(`${TEXT2}#`, 'utf8'));
    const s = right.edit(edits);
    expect(s?.text).toBe(whole.ok && whole.text);
    expect(s?.bytes?.()).toBeUndefined();
  });

  it('refuses nothing itself: a refused edit gets the whole way and its reason', () => {
    const bad: EntryEdit = { kind: 'set', index: 1, id: 'C-2', key: 'title', value: 'x' };
    const editor = new ListEditor(TEXT2, 'tasks', data);
    expect(editor.item(1, [bad])).toBeUndefined();
    expect(editEntries(TEXT2, 'tasks', [bad], editor)).toEqual(editEntries(TEXT2, 'tasks', [bad]));
    expect(editEntries(TEXT2, 'tasks', [bad]).ok).toBe(false);
  });
});
