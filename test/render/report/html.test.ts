// The HTML as text: self-contained, escaped, printable. (test/render/report-html.browser.test.ts
// opens it in a real browser.)
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../src/render/report/html.js';
import { escapeHtml } from '../../../src/render/common/html.js';
import { fixtureLedger, reportOf } from '../../report/fixture.js';

describe('html report', () => {
  const html = renderReportHtml(reportOf(fixtureLedger(), '2026Q3'));

  it('is one file with no script and no reference to anything outside it', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`,
    );
  });

  it('prints on A4 with a page per section and rows that never split', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/section\.section \+ section\.section \{ break-before: page;/);
    expect(html).toMatch(/tr, th, td \{ break-inside: avoid;/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/figure[^{]*\{[^}]*break-inside: avoid/);
  });

  it('draws the four kinds of chart as inline SVG', () => {
    for (const kind of ['timeline', 'unit-states', 'unit-rate', 'reminder-levels'])
      expect(html).toContain(`<figure data-chart="${kind}"><svg`);
    expect((html.match(/<svg /g) ?? []).length).toBe(4);
    expect(html).toContain('图4　本季度关键节点挂图作战图'); // in the appendix, after 图1–图3
  });

  it('escapes every ledger text, in tables, prose and charts', () => {
    const ledger = fixtureLedger();
    const evil = `<img src=x onerror=alert(1)>"'&`;
    ledger.tasks[2]!.title = evil; // RW-003: the serious list, the timeline, both appendix tables
    ledger.policy.office = '<b>办</b>';
    const out = renderReportHtml(reportOf(ledger, '2026Q3'));
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>办</b>');
    const escaped = escapeHtml(evil);
    expect(escaped).toBe('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(out.split(escaped).length - 1).toBeGreaterThanOrEqual(4);
    expect(out).toMatch(/<title>RW-2026-003 &lt;img src=x onerror=alert\(1\)&gt;&quot;&#39;&amp;：上报方案/);
    expect(out).toContain('&lt;b&gt;办&lt;/b&gt;');
  });

  it('continues a long timeline on further charts', () => {
    const ledger = fixtureLedger();
    const base = ledger.tasks[0]!;
    for (let i = 0; i < 40; i++) {
      ledger.tasks.push({
        ...base,
        id: `RW-2026-9${String(i).padStart(2, '0')}`,
        milestones: [{ name: '上报方案', due: '2026-08-01', done_on: '2026-07-30' }],
      });
    }
    const out = renderReportHtml(reportOf(ledger, '2026Q3'));
    expect((out.match(/<figure data-chart="timeline">/g) ?? []).length).toBe(2);
    expect(out).toContain('本季度关键节点挂图作战图（续）');
  });
});
