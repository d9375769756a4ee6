import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { insertKeys, yamlScalar } from '../../src/ledger/insert-keys.js';

const TEXT = `# 改革任务台账（注释保留）
tasks:
  - id: A   # 第一项
    title: "带引号的标题"
    deadline: 2026-06-30
    measures: |
      第一条
      第二条

  # B 的说明
  - id: B
    title: 第二项
    deadline: '2026-03-31'
    milestones:
      - name: 上报方案
        due: 2026-02-28   # 节点
  - {id: C, title: 流式写法, deadline: 2026-05-31}
  -
    id: D
    title: 最后一项`;

const closed = (index: number, id: string) => ({
  index,
  id,
  key: 'closed',
  value: { on: '2026-07-05', period: '2026H1' },
});

describe('insertKeys', () => {
  it('adds the key after each entry and leaves every other byte as it was', () => {
    const r = insertKeys(TEXT, 'tasks', [closed(0, 'A'), closed(1, 'B'), closed(2, 'C'), closed(3, 'D')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(`# 改革任务台账（注释保留）
tasks:
  - id: A   # 第一项
    title: "带引号的标题"
    deadline: 2026-06-30
    measures: |
      第一条
      第二条
    closed:
      on: 2026-07-05
      period: 2026H1

  # B 的说明
  - id: B
    title: 第二项
    deadline: '2026-03-31'
    milestones:
      - name: 上报方案
        due: 2026-02-28   # 节点
    closed:
      on: 2026-07-05
      period: 2026H1
  - {id: C, title: 流式写法, deadline: 2026-05-31, closed: {on: 2026-07-05, period: 2026H1}}
  -
    id: D
    title: 最后一项
    closed:
      on: 2026-07-05
      period: 2026H1
`);
    expect(r.inserted.map((x) => [x.id, x.line])).toEqual([
      ['A', 8],
      ['B', 16],
      ['C', 17],
      ['D', 20],
    ]);
    // removing exactly the inserted text gives the original back
    let back = r.text;
    for (const x of r.inserted) back = back.replace(x.text, '');
    expect(back).toBe(TEXT);
  });

  it('skips entries that already have the key: a second run changes nothing', () => {
    const once = insertKeys(TEXT, 'tasks', [closed(1, 'B')]);
    if (!once.ok) throw new Error(once.reason);
    const twice = insertKeys(once.text, 'tasks', [closed(1, 'B')]);
    expect(twice).toMatchObject({ ok: true, text: once.text, inserted: [], skipped: [closed(1, 'B')] });
  });

  it('keeps CRLF line ends and works on files the item splitter cannot take', () => {
    const crlf = 'tasks:\r\n  - id: A\r\n    title: x\r\n';
    const r = insertKeys(crlf, 'tasks', [closed(0, 'A')]);
    expect(r).toMatchObject({
      ok: true,
      text: 'tasks:\r\n  - id: A\r\n    title: x\r\n    closed:\r\n      on: 2026-07-05\r\n      period: 2026H1\r\n',
    });
    const odd = '%YAML 1.2\n---\ntasks:\n- id: A\n  title: x\n';
    const r2 = insertKeys(odd, 'tasks', [
      { index: 0, id: 'A', key: 'carried_over', value: { to: '2027', on: '2026-12-31', ref: undefined } },
    ]);
    expect(r2).toMatchObject({
      ok: true,
      text: `${odd}  carried_over:\n    to: '2027'\n    on: 2026-12-31\n`,
    });
  });

  it('refuses when the entry at the index is not the one meant', () => {
    expect(insertKeys(TEXT, 'tasks', [closed(1, 'A')])).toMatchObject({ ok: false });
    expect(insertKeys(TEXT, 'tasks', [closed(9, 'Z')])).toMatchObject({ ok: false });
  });
});

describe('yamlScalar', () => {
  it('writes values that read back as the same strings', () => {
    for (const v of [
      '2026',
      '2026H1',
      '2027',
      'RW-2027-001',
      '市委改革办〔2026〕3号',
      'yes',
      'a: b',
      "it's",
      '#1',
      '1e5',
      '0x1F',
      '- x',
      '2026-07-05',
    ]) {
      const out = jsyaml.load(`v: ${yamlScalar(v)}`, { schema: jsyaml.CORE_SCHEMA }) as { v: unknown };
      expect(out.v, v).toBe(v);
    }
    expect(yamlScalar('2026H1')).toBe('2026H1');
    expect(yamlScalar('2026')).toBe("'2026'");
  });
});
