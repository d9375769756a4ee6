// Issue 11, item 6 and 3: the report's sentences follow the as-of day, 滞后 has one definition in
// every format, praise goes only to units with nothing behind, and circulars decided are kept
// apart from candidates awaiting confirmation (待确认) in every format.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/index.js';
import { renderReportCsv } from '../../../src/render/report/csv.js';
import { renderReportJson } from '../../../src/render/report/json.js';
import { renderReportMarkdown } from '../../../src/render/report/markdown.js';
import { fixtureLedger, reportOf } from '../../report/fixture.js';

afterEach(() => setLang('zh'));

describe('a report as of a day inside the quarter', () => {
  const r = reportOf(fixtureLedger(), '2026Q4', { date: '2026-11-20' });
  const md = renderReportMarkdown(r);

  it('never says 截至季末, and says 截至 the as-of day instead', () => {
    expect(r.period.complete).toBe(false);
    expect(md).not.toContain('季末');
    expect(md).toContain('截至11月20日');
  });

  it('does not call a pilot ending later this quarter 下季度期满', () => {
    // SD-2026-01 ends 2026-12-31: inside the quarter of the report
    expect(r.pilots.rows.find((p) => p.item === 'SD-2026-01')?.status).toBe('ending');
    expect(md).not.toContain('| 下季度期满 |');
    expect(md).not.toMatch(/将于\d{4}年第.季度期满/);
    expect(md).toContain('| 本季度内或下季度期满 |');
    expect(md).toMatch(/其中将于本季度剩余时间及2027年第一季度期满\d+项/);
  });

  it('names an unconfirmed circular in the worst-level columns as the candidate, never as issued', () => {
    // 市人力资源社会保障局: RW-2026-006, 102 days behind, no decision; 东山县: SD-2026-02, decided
    const hr = r.units.find((u) => u.unit === '市人力资源社会保障局')!;
    const ds = r.units.find((u) => u.unit === '东山县')!;
    expect(hr.worst).toEqual({ item: 'RW-2026-006', days: 102, level: 'circular', confirmed: false });
    expect(ds.worst).toMatchObject({ item: 'SD-2026-02', level: 'circular', confirmed: true });
    const csv = renderReportCsv(r).slice(1).split('\r\n');
    const col = csv[0]!.split(',').indexOf('最长滞后事项提醒档次');
    const cell = (unit: string) => csv.find((l) => l.split(',')[1] === unit)!.split(',')[col];
    expect(cell('市人力资源社会保障局')).toBe('通报候选（待确认）');
    expect(cell('东山县')).toBe('通报提醒');
    // the overdue problems: WT-2026-002, 81 days behind, no decision
    expect(r.problems.overdueList[0]).toMatchObject({
      item: 'WT-2026-002',
      level: 'circular',
      confirmed: false,
    });
    expect(md).toMatch(/\| WT-2026-002 \|.*\| 81 \| 通报候选（待确认） \|/);
    const json = JSON.parse(renderReportJson(r));
    expect(json.units.find((u: { unit: string }) => u.unit === '市人力资源社会保障局').worst.confirmed).toBe(
      false,
    );
    setLang('en');
    expect(renderReportMarkdown(r)).toMatch(
      /\| WT-2026-002 \|.*\| circular candidate \(to be confirmed\) \|/,
    );
  });

  it('in English too', () => {
    setLang('en');
    const en = renderReportMarkdown(r);
    expect(en).not.toContain('At the end of the period');
    expect(en).not.toContain('ends next quarter');
    expect(en).toContain('As of 20 November');
  });
});

describe('a report of a finished quarter', () => {
  const r = reportOf(fixtureLedger(), '2026Q3');
  const md = renderReportMarkdown(r);

  it('says 截至季末 and 下季度期满 as before', () => {
    expect(md).toContain('截至季末');
    expect(md).toContain('| 下季度期满 |');
  });

  it('counts 滞后 the same way in CSV and Markdown (严重滞后 among them)', () => {
    const csv = renderReportCsv(r).slice(1).split('\r\n');
    const head = csv[0]!.split(',');
    const behind = head.indexOf('滞后');
    const serious = head.indexOf('严重滞后');
    for (const u of r.units) {
      const row = csv.find((l) => l.split(',')[1] === u.unit)!.split(',');
      expect(Number(row[behind]), u.unit).toBe(u.behind.count);
      expect(Number(row[serious])).toBeLessThanOrEqual(Number(row[behind]));
      // the Markdown unit table shows the same number in its 滞后 column
      const mdRow = md.split('\n').find((l) => l.startsWith(`| ${r.units.indexOf(u) + 1} | ${u.unit} |`))!;
      expect(mdRow.split(' | ')[8], u.unit).toBe(String(u.behind.count));
    }
  });

  it('praises only units with nothing behind (not one with a 92-day item from earlier)', () => {
    const edu = r.units.find((u) => u.unit === '市教育局')!;
    expect(edu.behind.count).toBeGreaterThan(0);
    const lead = md.split('\n').find((l) => l.startsWith('本季度有关键节点到期的牵头单位'))!;
    expect(lead).toContain('到期节点全部按期完成且没有滞后事项的');
    const praised = /没有滞后事项的\d+个（(.*?)）/.exec(lead)?.[1] ?? '';
    for (const u of r.units) if (u.behind.count) expect(praised, u.unit).not.toContain(u.unit);
  });

  it('separates decided circulars from candidates (待确认) in the text and in JSON', () => {
    expect(r.serious.some((s) => s.confirmed)).toBe(true);
    expect(r.serious.some((s) => !s.confirmed)).toBe(true);
    const decidedAt = md.indexOf('严重滞后事项：已决定通报');
    const candidatesAt = md.indexOf('严重滞后事项：通报候选（待确认，报请确认）');
    expect(decidedAt).toBeGreaterThan(0);
    expect(candidatesAt).toBeGreaterThan(decidedAt);
    const decidedTable = md.slice(decidedAt, candidatesAt);
    const candidateTable = md.slice(candidatesAt, md.indexOf('\n## ', candidatesAt));
    for (const s of r.serious) {
      expect(s.confirmed ? decidedTable : candidateTable, s.item).toContain(`| ${s.item} |`);
      expect(s.confirmed ? candidateTable : decidedTable, s.item).not.toContain(`| ${s.item} |`);
    }
    expect(md).toMatch(/通报候选（待确认）\d+项/);
    const json = JSON.parse(renderReportJson(r));
    for (const s of json.serious) expect(s.confirmed).toBe(s.circular_decided !== undefined);
  });
});
