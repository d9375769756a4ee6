// The diff's text and Markdown renderers on a small hand-made diff: values with line breaks, an
// entry whose title is its id and has no unit, changes with and without postponements.
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/index.js';
import type { LedgerDiff } from '../../../src/reconcile/diff.js';
import type { DiffReport } from '../../../src/reconcile/diff-report.js';
import { renderDiffMarkdown } from '../../../src/render/diff/markdown.js';
import { renderDiffText } from '../../../src/render/diff/text.js';
import { valueText } from '../../../src/render/diff/words.js';

const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const entry = { id: 'RW-1', title: '任务一', lead_unit: '市财政局', deadline: '2026-09-30' } as never;

function report(): DiffReport {
  const empty = { added: [], removed: [], changed: [] };
  const diff: LedgerDiff = {
    tasks: {
      added: [{ kind: 'tasks', id: 'RW-9', title: 'RW-9', unit: '', entry }],
      removed: [{ kind: 'tasks', id: 'RW-8', title: '旧任务', unit: '市教育局', entry }],
      changed: [
        {
          kind: 'tasks',
          id: 'RW-1',
          title: '任务一',
          unit: '市财政局',
          entry,
          before: entry,
          changes: [
            {
              path: 'progress',
              change: 'added',
              to: { date: '2026-07-01', note: '第一行\n第二行\r\n第三行' },
            },
            { path: 'measures', change: 'changed', from: '甲\n乙', to: '丙' },
            { path: 'deadline', change: 'changed', from: '2026-09-30', to: '2026-12-31' },
          ],
          postponements: [
            {
              field: 'deadline',
              node: '任务办结',
              from: '2026-09-30',
              to: '2026-12-31',
              days: 92,
              records: [],
              verdict: { status: 'unapproved', reason: 'no-record' },
            },
          ],
        },
        {
          kind: 'tasks',
          id: 'RW-2',
          title: '任务二',
          unit: '',
          entry,
          before: entry,
          changes: [{ path: 'title', change: 'changed', from: '任务 二', to: '任务二' }],
          postponements: [],
        },
      ],
    },
    pilots: empty,
    problems: empty,
    units: empty,
  };
  return {
    from: { rev: 'baseline/2026', sha: 'a'.repeat(40), date: '2026-01-05', subject: '基线' },
    diff,
    problems: { older: 0, newer: 0 },
  };
}

beforeAll(() => setLang('zh'));

describe('diff renderers', () => {
  it('valueText: a string keeps its text, each line break (LF or CRLF) becomes one space', () => {
    expect(valueText('一行')).toBe('一行');
    expect(valueText('a\nb\r\nc\rd')).toBe('a b c\rd');
    expect(valueText({ note: 'x\ny', n: 2, l: ['p\nq', null] })).toBe('{note: x y, n: 2, l: [p q, ]}');
    expect(valueText(undefined)).toBe('');
  });

  it('text: one line per change, no trailing spaces, the verdict only beside a postponed date', () => {
    const text = plain(renderDiffText(report()));
    const lines = text.split('\n');
    expect(lines.filter((l) => / $/.test(l))).toEqual([]);
    expect(lines).toContain('  + RW-9');
    expect(lines).toContain('  - RW-8 旧任务 · 市教育局');
    expect(lines).toContain('  ~ RW-2 任务二');
    expect(lines).toContain('      progress: + {date: 2026-07-01, note: 第一行 第二行 第三行}');
    expect(lines).toContain('      measures: 甲 乙 → 丙');
    expect(lines).toContain('      title: 任务 二 → 任务二');
    expect(text).toContain(
      '      deadline: 2026-09-30 → 2026-12-31  延期 92 天，未经批准：没有对应的调整记录\n',
    );
  });

  it('markdown: the same changes in one cell, the verdict in bold only beside the postponed date', () => {
    const md = renderDiffMarkdown(report());
    expect(md).toContain(
      '| 修改 | RW-1 | 任务一 | 市财政局 | `progress: + {date: 2026-07-01, note: 第一行 第二行 第三行}`<br>`measures: 甲 乙 → 丙`<br>`deadline: 2026-09-30 → 2026-12-31` **延期 92 天，未经批准：没有对应的调整记录** |',
    );
    expect(md).toContain('| 修改 | RW-2 | 任务二 |  | `title: 任务 二 → 任务二` |');
  });
});
