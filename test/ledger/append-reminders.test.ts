import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  appendReminders,
  appendReminderText,
  missingEntries,
  REMINDERS_SCHEMA_LINE,
  type LogEntry,
} from '../../src/ledger/append-reminders.js';

const A: LogEntry = {
  date: '2026-11-20',
  item: 'RW-2026-001',
  level: 'phone',
  to: '市发展改革委',
  by: '李华',
};
const B: LogEntry = { date: '2026-11-20', item: 'WT-2026-001', level: 'written', to: '市政务服务局' };

const listOf = (text: string) => (parse(text.replace(/^\uFEFF/, '')) as { reminders: unknown[] }).reminders;

describe('appendReminderText', () => {
  it('appends after the last entry of a block list, leaving every other byte as it was', () => {
    const before = [
      '# yaml-language-server: $schema=../schemas/reminders.schema.json',
      '# 催办记录',
      'reminders:',
      '  - date: 2026-10-25',
      '    item: RW-2026-004',
      '    level: written   # 书面',
      "    to: '市发展改革委'",
      '',
      '  # 以上为十月记录',
      'x_note: 保留',
      '',
    ].join('\n');
    const after = appendReminderText(before, [A, B]);
    const cut = before.indexOf('\n', before.indexOf("to: '市发展改革委'")) + 1;
    expect(after.startsWith(before.slice(0, cut))).toBe(true);
    expect(after.endsWith(before.slice(cut))).toBe(true);
    expect(after.slice(cut, after.length - (before.length - cut))).toBe(
      [
        '  - date: 2026-11-20',
        '    item: RW-2026-001',
        '    level: phone',
        '    to: 市发展改革委',
        '    by: 李华',
        '  - date: 2026-11-20',
        '    item: WT-2026-001',
        '    level: written',
        '    to: 市政务服务局',
        '',
      ].join('\n'),
    );
    expect(listOf(after)).toHaveLength(3);
    expect((parse(after) as { x_note: string }).x_note).toBe('保留');
  });

  it('follows the indentation of the list (dashes in column 0)', () => {
    const before =
      'reminders:\n- date: 2026-10-25\n  item: RW-2026-004\n  level: written\n  to: 市发展改革委\n';
    const after = appendReminderText(before, [B]);
    expect(after).toBe(
      before + '- date: 2026-11-20\n  item: WT-2026-001\n  level: written\n  to: 市政务服务局\n',
    );
  });

  it('adds a line end to a last line without one', () => {
    const before = 'reminders:\n  - {date: 2026-10-25, item: RW-2026-004, level: written, to: 市发展改革委}';
    const after = appendReminderText(before, [B]);
    expect(after.startsWith(before + '\n')).toBe(true);
    expect(listOf(after)).toHaveLength(2);
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const before =
      '\uFEFFreminders:\r\n  - date: 2026-10-25\r\n    item: RW-2026-004\r\n    level: written\r\n    to: 市发展改革委\r\n';
    const after = appendReminderText(before, [B]);
    expect(after).toBe(
      before +
        '  - date: 2026-11-20\r\n    item: WT-2026-001\r\n    level: written\r\n    to: 市政务服务局\r\n',
    );
  });

  it('fills `reminders:` with nothing after it, and `reminders: []`', () => {
    const empty = '# 记录\nreminders:\n# 结束\n';
    expect(appendReminderText(empty, [B])).toBe(
      '# 记录\nreminders:\n  - date: 2026-11-20\n    item: WT-2026-001\n    level: written\n    to: 市政务服务局\n# 结束\n',
    );
    const flow = 'reminders: [] # 暂无\nx_a: 1\n';
    const after = appendReminderText(flow, [B]);
    expect(after).toBe(
      'reminders: # 暂无\n  - date: 2026-11-20\n    item: WT-2026-001\n    level: written\n    to: 市政务服务局\nx_a: 1\n',
    );
  });

  it('adds the key to a file of comments only, or without the key', () => {
    expect(appendReminderText('# 空\n', [B])).toBe(
      '# 空\nreminders:\n  - date: 2026-11-20\n    item: WT-2026-001\n    level: written\n    to: 市政务服务局\n',
    );
    expect(listOf(appendReminderText('', [B]))).toHaveLength(1);
    expect(listOf(appendReminderText('x_a: 1', [B]))).toHaveLength(1);
  });

  it('creates a missing file with the schema line', () => {
    const text = appendReminderText(undefined, [A]);
    expect(text.split('\n')[0]).toBe(REMINDERS_SCHEMA_LINE);
    expect(listOf(text)).toEqual([{ ...A }]);
  });

  it('falls back to editing the document for a flow-style list', () => {
    const before = 'reminders: [{date: 2026-10-25, item: RW-2026-004, level: written, to: 市发展改革委}]\n';
    const after = appendReminderText(before, [B]);
    expect(listOf(after)).toEqual([
      { date: '2026-10-25', item: 'RW-2026-004', level: 'written', to: '市发展改革委' },
      { date: '2026-11-20', item: 'WT-2026-001', level: 'written', to: '市政务服务局' },
    ]);
  });

  it('quotes values that would not read back as the same string', () => {
    const odd: LogEntry = { ...B, by: 'Li: Hua # x', note: 'true' };
    const after = appendReminderText('reminders:\n', [odd]);
    expect(listOf(after)).toEqual([{ ...odd }]);
  });

  it('refuses a file that is not valid YAML', () => {
    expect(() => appendReminderText('reminders:\n  - date: [\n', [B])).toThrow();
  });
});

describe('missingEntries', () => {
  it('drops entries already in the log and duplicates', () => {
    const existing = [{ date: '2026-11-20', item: 'RW-2026-001', level: 'phone', to: '市发展改革委' }];
    expect(missingEntries(existing, [A, B, B])).toEqual([B]);
  });
});

describe('appendReminders (on disk)', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an interrupted write leaves the old file intact and no temporary file', () => {
    dir = mkdtempSync(join(tmpdir(), 'reform-append-'));
    const file = join(dir, 'reminders.yaml');
    const before =
      'reminders:\n  - date: 2026-10-25\n    item: RW-2026-004\n    level: written\n    to: 市发展改革委\n';
    writeFileSync(file, before);
    expect(() =>
      appendReminders(file, [B], {
        beforeRename: () => {
          throw new Error('crash');
        },
      }),
    ).toThrow('crash');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['reminders.yaml']);
    expect(appendReminders(file, [B])).toBe(1);
    expect(listOf(readFileSync(file, 'utf8'))).toHaveLength(2);
  });

  it('creates the file when missing', () => {
    dir = mkdtempSync(join(tmpdir(), 'reform-append-'));
    const file = join(dir, 'reminders.yaml');
    appendReminders(file, [A]);
    expect(listOf(readFileSync(file, 'utf8'))).toHaveLength(1);
  });
});
