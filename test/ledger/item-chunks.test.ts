import { describe, expect, it } from 'vitest';
import { isOneItem, itemAt, itemsMentioning, splitItems } from '../../src/ledger/item-chunks.js';

const TEXT = `# yaml-language-server: $schema=../schemas/tasks.schema.json
# 改革任务台账

tasks:
  - id: RW-2026-001 # 第一项
    title: 优化营商环境
    measures: |
      - 第一条措施
      # 不是注释，是文字
    milestones:
    - name: 上报方案
      due: 2026-03-31

  # 下一项的说明
  - id: RW-2026-0012
    title: 引用 RW-2026-001
  -
    id: RW-2026-003
`;

describe('splitItems', () => {
  it('finds each item of a block-style list, comments and blank lines staying with the item above', () => {
    const c = splitItems(TEXT)!;
    expect(c.key).toBe('tasks');
    expect(c.indent).toBe(2);
    expect(TEXT.slice(0, c.headerEnd)).toMatch(/tasks:\n$/);
    const texts = c.items.map((s) => TEXT.slice(s.start, s.end));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^ {2}- id: RW-2026-001 # 第一项\n[\s\S]*# 下一项的说明\n$/);
    expect(texts[1]).toBe('  - id: RW-2026-0012\n    title: 引用 RW-2026-001\n');
    expect(texts[2]).toBe('  -\n    id: RW-2026-003\n');
    expect(c.items[2]!.end).toBe(TEXT.length);
  });

  it('takes items at column 0, CRLF line ends and a byte-order mark', () => {
    const t = '\ufefftasks:\r\n- id: A\r\n  title: x\r\n- id: B\r\n';
    const c = splitItems(t)!;
    expect(c.items.map((s) => t.slice(s.start, s.end))).toEqual(['- id: A\r\n  title: x\r\n', '- id: B\r\n']);
  });

  it('gives an empty list for a key with nothing under it', () => {
    expect(splitItems('tasks:\n')).toEqual({ key: 'tasks', indent: 0, headerEnd: 7, items: [] });
  });

  it('refuses anything that is not plain block style', () => {
    for (const t of [
      'tasks: [{id: A}]\n',
      'tasks:\n  - id: A\nunits:\n  - name: x\n',
      '---\ntasks:\n  - id: A\n',
      'tasks:\n  - id: A\n...\n',
      'tasks:\n  - id: A\n - id: B\n',
      'tasks:\n  id: A\n',
      '- id: A\n',
      '',
    ]) {
      expect(splitItems(t), JSON.stringify(t)).toBeUndefined();
    }
  });
});

describe('itemAt / itemsMentioning', () => {
  it('finds the items that mention an id as a whole word', () => {
    const c = splitItems(TEXT)!;
    expect(itemAt(c, 0)).toBe(-1);
    expect(itemAt(c, c.items[1]!.start)).toBe(1);
    expect(itemAt(c, TEXT.length - 1)).toBe(2);
    expect(itemsMentioning(TEXT, c, 'RW-2026-001')).toEqual([0, 1]);
    expect(itemsMentioning(TEXT, c, 'RW-2026-0012')).toEqual([1]);
    expect(itemsMentioning(TEXT, c, 'RW-2026-00')).toEqual([]);
  });
});

describe('idLines / listIndent / itemSpanAround', () => {
  it('finds the id line of each entry, and the item around any offset', async () => {
    const { idLines, listIndent, itemSpanAround } = await import('../../src/ledger/item-chunks.js');
    const ids = idLines(TEXT);
    expect([...ids.keys()]).toEqual(['RW-2026-001', 'RW-2026-0012', 'RW-2026-003']);
    expect(TEXT.slice(ids.get('RW-2026-0012')!).startsWith('  - id: RW-2026-0012\n')).toBe(true);
    expect(listIndent(TEXT)).toBe(2);
    expect(listIndent('tasks: []\n')).toBeUndefined();
    const c = splitItems(TEXT)!;
    expect(itemSpanAround(TEXT, TEXT.indexOf('不是注释'), 2)).toEqual(c.items[0]);
    expect(itemSpanAround(TEXT, TEXT.indexOf('id: RW-2026-003'), 2)).toEqual(c.items[2]);
    expect(itemSpanAround(TEXT, TEXT.indexOf('改革任务台账'), 2)).toBeUndefined();
    expect(idLines('tasks:\n- id: \'A-1\' # x\n  related: B\n- title: t\n  id: "C"\n  x_id: D\n')).toEqual(
      new Map([
        ['A-1', 7],
        ['C', 47],
      ]),
    );
  });
});

describe('isOneItem', () => {
  /** The same question asked of splitItems, under a key. */
  const bySplit = (part: string, indent: number) => {
    const c = splitItems(`k:\n${part}`);
    return !!c && c.indent === indent && c.items.length === 1;
  };

  it('answers as splitItems does under a key', () => {
    const cases: string[] = [];
    for (const text of [TEXT, TEXT.replace(/\n/g, '\r\n')]) {
      const c = splitItems(text)!;
      c.items.forEach((it, i) => {
        cases.push(text.slice(it.start, it.end)); // one item, with its blank lines and comments
        const next = c.items[i + 1];
        if (next) cases.push(text.slice(it.start, next.end)); // two items
      });
    }
    cases.push(
      '',
      '# 只有注释\n',
      '  - id: A\n  title: 出界\n',
      '  - id: A\n    title: 甲\n - id: B\n',
      '  - id: A\n    title: 甲\n# 顶格注释\n\n',
      '  -\n    id: A\n',
      '  -id: A\n',
      '    - id: A\n',
      '  title: 甲\n',
    );
    for (const part of cases)
      for (const indent of [0, 2, 4])
        expect(isOneItem(part, indent), JSON.stringify([part, indent])).toBe(bySplit(part, indent));
    expect(isOneItem('  - id: A\n    title: 甲\n', 2)).toBe(true);
    expect(isOneItem('  - id: A\n  - id: B\n', 2)).toBe(false);
  });
});
