// The HTML report in a real headless browser (Debian's Chromium at /usr/bin/chromium, which
// .ci/run installs where it is missing): it renders with its charts, logs no error, asks the
// network for nothing, shows a title holding <script> as text without running it, and prints
// on A4.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderReportHtml } from '../../../src/render/report/html.js';
import { fixtureLedger, reportOf } from '../../report/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const EVIL = '<script>alert(1)</script>“县管校聘” & <b>改革</b>';

let dir: string;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const pageErrors: string[] = [];
const dialogs: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`,
    );
  dir = mkdtempSync(join(tmpdir(), 'reform-html-'));
  const ledger = fixtureLedger();
  ledger.tasks[2]!.title = EVIL; // RW-2026-003: at circular level, with a node in the quarter
  const file = join(dir, 'report.html');
  writeFileSync(file, renderReportHtml(reportOf(ledger, '2026Q3')));
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1000, height: 1400 },
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in Chromium', () => {
  it('renders its charts as SVG with a real size and drawn marks', async () => {
    const charts = await page.$$eval('figure[data-chart] svg', (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return {
          kind: s.parentElement!.getAttribute('data-chart'),
          width: box.width,
          height: box.height,
          marks: s.querySelectorAll('rect, circle, path').length,
          texts: s.querySelectorAll('text').length,
        };
      }),
    );
    expect(charts.map((c) => c.kind).sort()).toEqual([
      'reminder-levels',
      'timeline',
      'unit-rate',
      'unit-states',
    ]);
    for (const c of charts) {
      expect(c.width, c.kind!).toBeGreaterThan(300);
      expect(c.height, c.kind!).toBeGreaterThan(50);
      expect(c.marks, c.kind!).toBeGreaterThan(3);
      expect(c.texts, c.kind!).toBeGreaterThan(3);
    }
    // the timeline has one mark per node of the quarter: 11 nodes
    const nodes = await page.$$eval(
      'figure[data-chart="timeline"] svg :is(circle, path) > title',
      (t) => t.length,
    );
    expect(nodes).toBe(11);
  });

  it('lays out sections, tables and the title', async () => {
    expect(await page.title()).toBe('市委改革办关于2026年第三季度改革任务落实情况的督察报告');
    expect(await page.$$eval('section.section', (s) => s.length)).toBe(12);
    expect(await page.$$eval('table', (t) => t.length)).toBeGreaterThanOrEqual(14);
    const h1 = await page.$eval('h1', (e) => e.getBoundingClientRect().height);
    expect(h1).toBeGreaterThan(10);
  });

  it('logs no error, throws nothing and asks the network for nothing', () => {
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows a ledger title holding <script> as text and never runs it', async () => {
    expect(dialogs).toEqual([]);
    expect(await page.$$eval('script', (s) => s.length)).toBe(0);
    expect(await page.$$eval('b', (b) => b.length)).toBe(0);
    const cells = await page.$$eval('td', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(cells.filter((t) => t === EVIL).length).toBeGreaterThanOrEqual(3);
    const tooltip = await page.$$eval('figure[data-chart="timeline"] title', (ts) =>
      ts.map((t) => t.textContent ?? ''),
    );
    expect(tooltip.some((t) => t.includes(EVIL))).toBe(true);
  });

  it('prints on A4 pages, each section starting a new page', async () => {
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('section.section', (s) => s.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks[0]).not.toBe('page');
    expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
    const rowBreak = await page.$eval('tbody tr', (e) => getComputedStyle(e).breakInside);
    expect(rowBreak).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThanOrEqual(12); // at least one page per section
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 595.3)).toBeLessThan(2); // 210 mm
      expect(Math.abs(h! - 841.9)).toBeLessThan(2); // 297 mm
    }
    await page.emulateMedia({ media: 'screen' });
  });
});
