import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import chalk from 'chalk';
import { parse } from 'yaml';
import { runRemind, type RemindOptions } from '../../src/commands/remind.js';
import { UsageError } from '../../src/cli/errors.js';
import { setLang } from '../../src/i18n/index.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'remind');
const NOW = new Date('2026-11-20T04:00:00Z'); // 12:00 in Shanghai

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reform-remind-'));
  cpSync(FIXTURE, dir, { recursive: true });
  setLang('zh');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  setLang('zh');
});

const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

async function run(extra: Partial<RemindOptions> = {}) {
  const out = new Sink();
  const err = new Sink();
  const code = await runRemind({ ledgers: dir, now: NOW, gitUser: async () => '测试员', ...extra }, out, err);
  return { code, out: out.text, err: err.text };
}

interface Json {
  date: string;
  reminders: Record<string, unknown>[];
  upcoming: Record<string, unknown>[];
}
const json = async (extra: Partial<RemindOptions> = {}) =>
  JSON.parse((await run({ format: 'json', ...extra })).out) as Json;

describe('reform remind --format json (the contract)', () => {
  it('has the keys of the issue, sorted as the issue says', async () => {
    const j = await json();
    // added by the approved schedule: schedule, approved_due beside due, confirmed for circulars;
    // added by the monthly returns (issue 14): unreported, last
    expect(Object.keys(j)).toEqual(['date', 'reminders', 'upcoming', 'schedule', 'unreported']);
    expect(j.date).toBe('2026-11-20');
    for (const r of j.reminders) {
      expect(Object.keys(r)).toEqual([
        'item',
        'ledger',
        'title',
        'unit',
        'issuer',
        'node',
        'due',
        'approved_due',
        'days_behind',
        'level',
        ...(r.level === 'circular' ? ['confirmed'] : []),
        'new',
      ]);
    }
    for (const u of j.upcoming)
      expect(Object.keys(u)).toEqual([
        'item',
        'ledger',
        'title',
        'unit',
        'node',
        'due',
        'approved_due',
        'days_left',
      ]);
    expect(j.reminders.map((r) => [r.item, r.confirmed])).toContainEqual(['RW-2026-005', true]);
    expect(j.reminders.map((r) => [r.item, r.confirmed])).toContainEqual(['RW-2026-004', false]);
    expect(j.reminders.map((r) => [r.item, r.level, r.days_behind, r.new])).toEqual([
      ['RW-2026-006', 'interview', 81, true],
      ['RW-2026-005', 'circular', 80, false], // circular logged on 11-10
      ['RW-2026-004', 'circular', 61, true], // only a written entry in the log
      ['RW-2026-003', 'onsite', 46, true],
      ['WT-2026-001', 'written', 41, true],
      ['RW-2026-002', 'written', 31, true],
      ['SD-2026-01', 'phone', 20, true],
      ['RW-2026-001', 'phone', 15, true],
    ]);
    expect(j.reminders[2]).toEqual({
      item: 'RW-2026-004',
      ledger: 'tasks',
      title: '要素市场化配置改革',
      unit: '市发展改革委', // written as the alias 发改委 in the ledger
      issuer: '市委改革办',
      node: '任务办结',
      due: '2026-09-20',
      approved_due: '2026-09-20',
      days_behind: 61,
      level: 'circular',
      confirmed: false, // no escalations decision: a candidate
      new: true,
    });
    expect(j.reminders.find((r) => r.item === 'RW-2026-002')!.issuer).toBe('经济体制改革专项小组');
    expect(j.upcoming).toEqual([
      {
        item: 'WT-2026-002',
        ledger: 'problems',
        title: '执法信息未公示',
        unit: '东城区',
        node: '整改完成',
        due: '2026-11-20',
        approved_due: '2026-11-20',
        days_left: 0,
      },
      {
        item: 'RW-2026-007',
        ledger: 'tasks',
        title: '公共资源交易平台整合',
        unit: '市政务服务局',
        node: '上报方案',
        due: '2026-11-25',
        approved_due: '2026-11-25',
        days_left: 5,
      },
    ]);
  });

  it('takes today in the policy time zone when no --date is given', async () => {
    // 2026-11-20 17:00 UTC is already the 21st in Shanghai.
    const j = await json({ now: new Date('2026-11-20T17:00:00Z') });
    expect(j.date).toBe('2026-11-21');
    expect(j.reminders.find((r) => r.item === 'RW-2026-001')!.days_behind).toBe(16);
  });

  it('--date sets the as-of day', async () => {
    const j = await json({ date: '2026-10-21' });
    expect(j.date).toBe('2026-10-21');
    const byId = Object.fromEntries(j.reminders.map((r) => [r.item, r]));
    expect(byId['RW-2026-005']).toMatchObject({ days_behind: 50, level: 'onsite', new: true });
    expect(byId['RW-2026-004']).toMatchObject({ days_behind: 31, level: 'written', new: true }); // the written entry is dated 10-25
    expect(byId['RW-2026-006']).toMatchObject({ level: 'onsite' }); // interview decided 11-15, not yet
    expect(byId['RW-2026-001']).toBeUndefined();
  });
});

describe('filters', () => {
  it('--unit takes a name or an alias and filters reminders and advance notices', async () => {
    const a = await json({ unit: '发改委' });
    expect(a.reminders.map((r) => r.item)).toEqual(['RW-2026-004', 'RW-2026-001']);
    expect(a.upcoming).toEqual([]);
    const b = await json({ unit: '市政务服务局' });
    expect(b.reminders.map((r) => r.item)).toEqual(['RW-2026-006', 'WT-2026-001']);
    expect(b.upcoming.map((u) => u.item)).toEqual(['RW-2026-007']);
  });

  it('--level keeps that level and above; --new keeps new ones', async () => {
    expect((await json({ level: 'onsite' })).reminders.map((r) => r.level)).toEqual([
      'interview',
      'circular',
      'circular',
      'onsite',
    ]);
    expect((await json({ level: 'interview' })).reminders.map((r) => r.item)).toEqual(['RW-2026-006']);
    const n = await json({ new: true });
    expect(n.reminders.every((r) => r.new)).toBe(true);
    expect(n.reminders).toHaveLength(7);
    expect(n.upcoming).toEqual([]);
  });
});

describe('usage errors and a broken ledger', () => {
  it.each([['2026-02-30'], ['2026-13-01'], ['20261120'], ['tomorrow']])(
    'a bad --date %s is a usage error',
    async (date) => {
      const p = run({ date });
      await expect(p).rejects.toBeInstanceOf(UsageError);
      await expect(p).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(date) });
    },
  );

  it('an unknown unit or level is a usage error naming it', async () => {
    await expect(run({ unit: '市教育局' })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('市教育局'),
    });
    await expect(run({ unit: '发展改革' })).rejects.toMatchObject({
      message: expect.stringContaining('市发展改革委'),
    });
    await expect(run({ level: 'urgent' })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('urgent'),
    });
  });

  it('a ledger that fails check gives exit 1, one line, and no reminders', async () => {
    const tasks = join(dir, 'tasks.yaml');
    writeFileSync(tasks, readFileSync(tasks, 'utf8').replace('deadline: 2026-10-05', 'dealine: 2026-10-05'));
    const before = readFileSync(join(dir, 'reminders.yaml'));
    const r = await run({ record: true });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('reform check');
    expect(readFileSync(join(dir, 'reminders.yaml'))).toEqual(before);
  });
});

describe('text output', () => {
  it('shows new reminders first, grouped by issuer and unit with the contact, then the rest and the advance notices', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    const text = strip(out);
    const iNew = text.indexOf('一、今日新提醒（7 项）');
    const iOld = text.indexOf('二、仍在催办（1 项）');
    const iUp = text.indexOf('三、提前预告（2 项');
    expect(iNew).toBeGreaterThan(0);
    expect(iOld).toBeGreaterThan(iNew);
    expect(iUp).toBeGreaterThan(iOld);
    const newPart = text.slice(iNew, iOld);
    expect(newPart.indexOf('交办：市委改革办')).toBeLessThan(newPart.indexOf('交办：经济体制改革专项小组'));
    expect(newPart).toContain('市发展改革委  联络人：王明 0871-63100002');
    expect(newPart).toContain('东城区  未登记联络人');
    expect(text.slice(iOld, iUp)).toContain('RW-2026-005');
    expect(text.slice(iUp)).toMatch(/2026-11-20\s+今日到期\s+WT-2026-002/);
  });

  it('aligns the columns of Chinese text by display width', async () => {
    const text = strip((await run()).out);
    const rows = text.split('\n').filter((l) => /^\s{4}\S+提醒(（待确认）)?\s/.test(l));
    expect(rows.length).toBe(8);
    const { displayWidth } = await import('../../src/render/common/width.js');
    const col = (l: string, s: string) => displayWidth(l.slice(0, l.indexOf(s)));
    const section = rows.slice(0, 7);
    const dueCols = section.map((l) => col(l, '2026-'));
    expect(new Set(dueCols).size).toBe(1);
  });

  it('colours each level', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      const out = (await run()).out;
      expect(out).toMatch(/\x1b\[31m\x1b\[1m通报提醒/); // circular: red bold
      expect(out).toMatch(/\x1b\[36m电话提醒/); // phone: cyan
    } finally {
      chalk.level = level;
    }
  });

  it('speaks English with --lang en', async () => {
    setLang('en');
    const text = strip((await run()).out);
    expect(text).toContain('1. New reminders today (7)');
    expect(text).toContain('circular');
  });
});

describe('csv, markdown and notice', () => {
  it('csv: UTF-8 with a BOM, CRLF, RFC 4180 quoting', async () => {
    const { out } = await run({ format: 'csv' });
    expect(out.startsWith('\uFEFF类别,编号,台账,事项,')).toBe(true);
    const lines = out.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    // 8 reminders, 2 advance notices, 11 items of 4 units that have not reported November's progress
    expect(lines).toHaveLength(1 + 8 + 2 + 11 + 1);
    expect(lines[3]).toBe(
      '提醒,RW-2026-004,改革任务,要素市场化配置改革,市委改革办,市发展改革委,王明,0871-63100002,任务办结,2026-09-20,61,,通报提醒（待确认）,是,2026-09-20,',
    );
    // A field with a quote is quoted and its quotes doubled (the problem's description is not shown, the title is).
    const { csvField } = await import('../../src/render/common/csv.js');
    expect(csvField('群众反映"查询难",多次')).toBe('"群众反映""查询难"",多次"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(lines).toContain(
      '未报送进展,RW-2026-006,改革任务,政务数据共享改革,,市政务服务局,陈刚,0871-63100004,,2026-11-06,,,,,,2026-11 进展未报送（报送时限 2026-11-06）',
    );
  });

  it('json, csv and notice list the same units that have not reported this month as the text', async () => {
    const text = (await run()).out;
    expect(text).toContain('本月未报送进展（2026-11，报送时限 2026-11-06）：4 个单位');
    const j = (await json()) as Json & {
      unreported: {
        month: string;
        due_by: string;
        due: boolean;
        units: { unit: string; items: { item: string }[] }[];
      };
    };
    expect(j.unreported).toMatchObject({ month: '2026-11', due_by: '2026-11-06', due: true });
    const units = j.unreported.units.map((u) => u.unit);
    expect(units).toEqual(['市发展改革委', '市财政局', '东城区', '市政务服务局']);
    for (const u of units) expect(text).toContain(`  ${u}（`);
    const csv = (await run({ format: 'csv' })).out.split('\r\n').filter((l) => l.startsWith('未报送进展,'));
    expect(csv.map((l) => l.split(',')[1])).toEqual(
      j.unreported.units.flatMap((u) => u.items.map((i) => i.item)),
    );
    const notice = (await run({ format: 'notice' })).out;
    expect(notice).toContain('催报进展短信（2026-11，4 条）');
    expect(notice).toContain(
      '发送对象：市政务服务局 陈刚 0871-63100004\n【市委改革办】陈刚同志：您好！你单位牵头的3项改革事项尚未报送11月工作进展（报送时限11月6日）：“政务数据共享改革”（RW-2026-006）、“公共资源交易平台整合”（RW-2026-007）、“审批事项下放不到位”（WT-2026-001）。请尽快报送本月进展填报表。',
    );
    // before the returns day nobody is late: json says so, csv and notice have nothing to add
    const early = (await json({ date: '2026-11-05' })) as Json & {
      unreported: { due: boolean; units: unknown[] };
    };
    expect(early.unreported).toMatchObject({ due: false, units: [] });
    expect((await run({ format: 'csv', date: '2026-11-05' })).out).not.toContain('未报送进展');
    expect((await run({ format: 'notice', date: '2026-11-05' })).out).not.toContain('催报进展短信');
  });

  it('markdown: headings and tables with escaped cells', async () => {
    const { out } = await run({ format: 'markdown' });
    expect(out).toContain('## 五级提醒 · 2026-11-20 · 市委改革办');
    expect(out).toContain('### 一、今日新提醒（7 项）');
    expect(out).toContain(
      '| 通报提醒（待确认） | RW-2026-004 | 要素市场化配置改革 | 任务办结 | 2026-09-20 | 61 天 |',
    );
    expect(out).toContain(
      '| 2026-11-25 | 5 天 | RW-2026-007 | 公共资源交易平台整合 | 上报方案 | 市政务服务局 |',
    );
    const { mdCell } = await import('../../src/render/remind/markdown.js');
    expect(mdCell('a|b')).toBe('a\\|b');
  });

  it('notice: a written notice per unit for written level and above, a message per contact for phone level', async () => {
    const { out } = await run({ format: 'notice' });
    expect(out).toContain('书面催办通知（5 份）');
    expect(out.match(/关于加快推进改革事项落实的催办通知/g)).toHaveLength(5);
    expect(out).toContain('市财政局：');
    expect(out).toContain(
      '一、改革任务“要素市场化配置改革”（RW-2026-004）：关键节点“任务办结”应于2026年9月20日前完成',
    );
    expect(out).toContain('在一定范围内予以通报');
    expect(out).toContain('市委全面深化改革委员会已决定就该事项约谈你单位主要负责人');
    expect(out).toContain('书面报送经济体制改革专项小组');
    expect(out).toMatch(/\s+市委改革办\n\s+2026年11月20日/);
    expect(out).toContain('电话提醒短信（2 条）');
    expect(out).toContain(
      '【市委改革办】王明同志：您好！你单位牵头的“深化投资审批制度改革”（RW-2026-001）“上报方案”节点时限为11月5日，已连续塌进度15天。',
    );
    expect(out).toContain('发送对象：东城区 （未登记联络人');
    // Phone-level items are not in the written notices.
    const notices = out.slice(0, out.indexOf('电话提醒短信'));
    expect(notices).not.toContain('RW-2026-001');
  });
});

describe('--record', () => {
  const file = () => join(dir, 'reminders.yaml');

  it('appends one entry per new reminder, leaves the rest of the file byte-identical, and is idempotent', async () => {
    const before = readFileSync(file(), 'utf8');
    const first = await run({ record: true, by: '李华' });
    expect(first.code).toBe(0);
    // RW-2026-004 is a circular candidate (no decision): not logged, and the clerk is told so
    expect(first.err).toContain('记录 6 条');
    expect(first.err).toContain('通报提醒（待确认）1 项未记录');
    const after = readFileSync(file(), 'utf8');
    // Everything up to the end of the last entry, and everything after it, is unchanged.
    const cut = before.indexOf('\n', before.indexOf('by: 李华')) + 1;
    expect(after.startsWith(before.slice(0, cut))).toBe(true);
    expect(after.endsWith(before.slice(cut))).toBe(true);
    const list = (parse(after) as { reminders: Record<string, string>[] }).reminders;
    expect(list).toHaveLength(8);
    expect(list.slice(2).map((e) => [e.item, e.level, e.to])).toEqual([
      ['RW-2026-006', 'interview', '市政务服务局'],
      ['RW-2026-003', 'onsite', '东城区'],
      ['WT-2026-001', 'written', '市政务服务局'],
      ['RW-2026-002', 'written', '市财政局'],
      ['SD-2026-01', 'phone', '东城区'],
      ['RW-2026-001', 'phone', '市发展改革委'],
    ]);
    expect(list.slice(2).every((e) => e.date === '2026-11-20' && e.by === '李华')).toBe(true);

    const second = await run({ record: true, by: '李华' });
    expect(second.code).toBe(0);
    expect(second.err).toContain('没有需要记录的新提醒');
    expect(readFileSync(file(), 'utf8')).toBe(after);
    // Now nothing is new but the candidate, which is never logged until decided.
    expect((await json()).reminders.filter((r) => r.new).map((r) => r.item)).toEqual(['RW-2026-004']);
  });

  it('takes the git user name when --by is not given, and omits by when there is none', async () => {
    await run({ record: true, unit: '东城区' });
    let list = (parse(readFileSync(file(), 'utf8')) as { reminders: Record<string, string>[] }).reminders;
    expect(list.slice(2).map((e) => e.by)).toEqual(['测试员', '测试员']);
    await run({ record: true, unit: '市财政局', gitUser: async () => undefined });
    list = (parse(readFileSync(file(), 'utf8')) as { reminders: Record<string, string>[] }).reminders;
    expect(list.at(-1)).toEqual({
      date: '2026-11-20',
      item: 'RW-2026-002',
      level: 'written',
      to: '市财政局',
    });
  });

  it('an interrupted write leaves the old file, parseable, and no temporary file', async () => {
    const before = readFileSync(file(), 'utf8');
    const p = run({
      record: true,
      writeHooks: {
        beforeRename: () => {
          throw new Error('断电');
        },
      },
    });
    await expect(p).rejects.toThrow('断电');
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect(() => parse(before)).not.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The log still loads: a plain run works and nothing was recorded.
    expect((await json()).reminders.filter((r) => r.new)).toHaveLength(7);
  });

  it('creates reminders.yaml when it is missing', async () => {
    unlinkSync(file());
    await run({ record: true, level: 'circular' });
    const text = readFileSync(file(), 'utf8');
    expect(
      text.startsWith('# yaml-language-server: $schema=../schemas/reminders.schema.json\nreminders:\n'),
    ).toBe(true);
    // RW-2026-005's circular entry is gone with the file: it is new again (its circular was
    // decided); RW-2026-004's is a candidate and is not logged.
    expect((parse(text) as { reminders: { item: string }[] }).reminders.map((r) => r.item)).toEqual([
      'RW-2026-006',
      'RW-2026-005',
    ]);
  });

  it('refuses to record with a date after today', async () => {
    await expect(run({ record: true, date: '2026-11-21' })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('day_count: workdays', () => {
  it('counts working days and warns about years without holiday data', async () => {
    writeFileSync(join(dir, 'policy.yaml'), 'office: 市委改革办\nday_count: workdays\n');
    const r = await run({ format: 'json', date: '2026-11-20' });
    const j = JSON.parse(r.out) as Json;
    // RW-2026-001: due Thu 11-05, behind from Fri 11-06: 06, 09..13, 16..20 = 11 working days.
    expect(j.reminders.find((x) => x.item === 'RW-2026-001')).toBeUndefined();
    // RW-2026-004: due Sun 09-20; 61 calendar days but 40 working days (Mid-autumn and National Day
    // off, Saturday 10-10 worked): written, not circular.
    expect(j.reminders.find((x) => x.item === 'RW-2026-004')).toMatchObject({
      days_behind: 40,
      level: 'written',
    });
    expect(r.err).toBe('');
    const later = await run({ format: 'json', date: '2027-01-11' });
    expect(later.err).toContain('2027');
    expect(later.err).toContain('calendar');
  });
});
