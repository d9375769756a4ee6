// The HTML report printed to PDF by a real Chromium (the sample ledgers, 2026-11-20), read back
// page by page with pdftotext: no page ends with a heading, a caption or a bare table header; a
// figure is on the page of the heading above it; a short table is whole on one page; an item id is
// never broken across lines; the 落款 and its date share the page of the last paragraph. Without a
// browser these tests are skipped with one line, except under CI=true.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { runReport } from '../../../src/commands/report.js';
import { SHORT_TABLE_ROWS } from '../../../src/render/report/html.js';
import { CHROMIUM, skipWithoutChromium } from '../../external-tools.js';
import { NOW, ROOT, sink } from '../../helpers.js';

const HAS_PDFTOTEXT = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
const SKIP =
  skipWithoutChromium('the HTML report printed to PDF') || (!HAS_PDFTOTEXT && process.env.CI !== 'true');
if (!SKIP && !HAS_PDFTOTEXT) throw new Error('pdftotext is missing: install poppler-utils, as .ci/run does');

/** Text without spaces: pdftotext -layout spreads table cells apart. */
const squash = (s: string) => s.replace(/\s+/g, '');
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

let dir: string;
let html: string;
/** Each page's non-empty lines. */
let pages: string[][];

beforeAll(async () => {
  if (SKIP) return;
  dir = mkdtempSync(join(tmpdir(), 'reform-print-'));
  const file = join(dir, 'report.html');
  const code = await runReport(
    { ledgers: join(ROOT, 'ledgers'), date: '2026-11-20', output: file, now: NOW, baseline: false },
    sink(),
    sink(),
  );
  expect(code).toBe(0);
  html = readFileSync(file, 'utf8');
  const browser = await chromium.launch({
    executablePath: CHROMIUM!,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.pdf({
      path: join(dir, 'report.pdf'),
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
    });
  } finally {
    await browser.close();
  }
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-']).toString('utf8');
  pages = text
    .split('\f')
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((p) => p.length > 0);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(SKIP)('the HTML report printed by Chromium', () => {
  it('prints several pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('never ends a page with a heading, a caption or a table header without rows', () => {
    const headings = [...html.matchAll(/<(h2|h3)>(.*?)<\/\1>/g)].map((m) => squash(decode(m[2]!)));
    // a table's caption stands above it (a figure's below it may end a page)
    const captions = [...html.matchAll(/<caption class="caption">(.*?)<\//g)].map((m) =>
      squash(decode(m[1]!)),
    );
    const heads = [...html.matchAll(/<thead><tr>(.*?)<\/tr><\/thead>/g)].map((m) =>
      squash(decode(m[1]!.replace(/<\/th>/g, ' '))),
    );
    expect(headings.length).toBeGreaterThan(10);
    expect(captions.length).toBeGreaterThan(10);
    pages.forEach((lines, i) => {
      const last = squash(lines[lines.length - 1]!);
      const where = `page ${i + 1} ends with “${lines[lines.length - 1]!.trim()}”`;
      expect(
        headings.some((h) => h === last || h.startsWith(last)),
        where,
      ).toBe(false);
      expect(
        captions.some((c) => c.startsWith(last) || last.startsWith(c)),
        where,
      ).toBe(false);
      expect(heads.includes(last), where).toBe(false);
    });
  });

  it('sets each figure on the page of the heading above it', () => {
    // 图1 follows （一）分牵头单位情况, the timeline (图4) follows 附件
    const pageOf = (s: string) => pages.findIndex((p) => p.some((l) => squash(l).startsWith(squash(s))));
    const headingPage = (s: string) => pages.findIndex((p) => p.some((l) => squash(l) === s));
    expect(pageOf('图1')).toBeGreaterThanOrEqual(0);
    expect(pageOf('图1')).toBe(headingPage('（一）分牵头单位情况'));
    expect(pageOf('图4')).toBe(headingPage('附件'));
  });

  it('keeps a short table whole on one page', () => {
    const tables = [...html.matchAll(/<table><caption class="caption">(.*?)<\/caption>.*?<\/table>/gs)];
    let short = 0;
    for (const t of tables) {
      const rows = [...t[0].matchAll(/<tr>(.*?)<\/tr>/gs)].filter((r) => !r[1]!.includes('<th'));
      if (rows.length > SHORT_TABLE_ROWS) continue;
      short++;
      const caption = squash(decode(t[1]!));
      // a cell of one line (a list cell's lines interleave with other columns in the layout)
      const lastCells = [...rows[rows.length - 1]![1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)]
        .filter((c) => !c[1]!.includes('<br>'))
        .map((c) => squash(decode(c[1]!)));
      // a cell short enough to stay on one line
      const lastText = lastCells
        .filter((c) => c.length >= 2 && c.length <= 12)
        .sort((a, b) => b.length - a.length)[0]!;
      const on = pages.filter((p) => squash(p.join('')).includes(caption));
      expect(on.length, caption).toBe(1);
      expect(squash(on[0]!.join('')), `${caption}: its last row is on its page`).toContain(lastText);
    }
    expect(short).toBeGreaterThan(3);
  });

  it('never breaks an item id across lines', () => {
    const all = pages.flat().join('\n');
    expect(all).toContain('RW-2026-042');
    for (const line of pages.flat()) {
      // an id prefix not followed by its year and number, or a line ending inside one
      expect(line, line).not.toMatch(/\b(RW|SD|WT)-(?!\d{4}-\d{2,3}\b)/);
    }
  });

  it('keeps the 落款 and its date on the page of the last paragraph', () => {
    const signPage = pages.findIndex((p) =>
      p.some((l) => l.trim() === '中共云岭市委全面深化改革委员会办公室'),
    );
    expect(signPage).toBeGreaterThan(0);
    const text = squash(pages[signPage]!.join('\n'));
    expect(text).toContain('2026年11月20日');
    expect(text).toContain('附件：');
    expect(text).toContain(squash('（七）抓好下季度节点。'));
    // the attachment follows on a page of its own
    expect(squash(pages[signPage + 1]![0]!)).toBe('附件');
  });
});
