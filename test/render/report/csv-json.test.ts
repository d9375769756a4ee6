import { describe, expect, it } from 'vitest';
import { csvField } from '../../../src/render/common/csv.js';
import { renderReportCsv } from '../../../src/render/report/csv.js';
import { renderReportJson } from '../../../src/render/report/json.js';
import { fixtureLedger, reportOf } from '../../report/fixture.js';

describe('csv report', () => {
  it('is the per-unit table, UTF-8 with a BOM and CRLF, worst unit first', () => {
    const csv = renderReportCsv(reportOf(fixtureLedger(), '2026Q3'));
    expect(csv.startsWith('\uFEFF序号,牵头单位,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length).toBe(1 + 4 + 1);
    expect(lines[1]).toBe(
      '1,市教育局,部门,5,0,2,2,2,1,1,0,0,1,0.0%,92,RW-2026-004,约谈提醒,RW-2026-003 RW-2026-004',
    );
    expect(lines[3]).toBe(
      '3,市人力资源社会保障局,部门,5,3,1,1,0,0,3,1,1,1,33.3%,51,RW-2026-006,现场提醒,RW-2026-006',
    );
    expect(lines[4]).toBe('4,市发展改革委,部门,6,3,2,0,0,1,5,5,0,0,100.0%,,,,');
  });

  it('quotes where needed and never lets a cell run as a formula', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM')).toBe("'@SUM");
    expect(csvField(-3)).toBe('-3');
  });
});

describe('json report', () => {
  it('carries the same content with snake_case keys and the ids behind each count', () => {
    const data = JSON.parse(renderReportJson(reportOf(fixtureLedger(), '2026Q3')));
    expect(data.period).toEqual({
      label: '2026Q3',
      year: 2026,
      q: 3,
      start: '2026-07-01',
      end: '2026-09-30',
      as_of: '2026-09-30',
      complete: true,
    });
    expect(data.overview.tasks.completed_on_time).toEqual({ count: 2, ids: ['RW-2026-002', 'RW-2026-011'] });
    expect(data.overview.tasks.behind_by.interview.ids).toEqual(['RW-2026-004']);
    expect(data.overview.nodes.rate).toBeCloseTo(6 / 11, 10);
    expect(data.units[0].unit).toBe('市教育局');
    expect(data.serious[0]).toMatchObject({
      item: 'RW-2026-004',
      days_behind: 92,
      behind_since: '2026-07-01',
    });
    expect(data.comparison.rows.map((r: { key: string }) => r.key)).toContain('tasks_behind');
    expect(data.comparison.rows.find((r: { key: string }) => r.key === 'tasks_behind')).toMatchObject({
      previous: { value: 2, ids: ['RW-2026-002', 'RW-2026-011'] },
      current: { value: 4 },
      change: 2,
    });
    expect(JSON.stringify(data)).not.toMatch(/"[a-z]+[A-Z][A-Za-z]*":/); // no camelCase key left
  });
});
