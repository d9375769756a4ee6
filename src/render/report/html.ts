// The report as one self-contained HTML file: no script, no network, no external asset (a
// Content-Security-Policy says so to the browser too). Charts are inline SVG; it prints on A4
// with each section starting a page and table rows never split across pages.
import type { Report } from '../../report/types.js';
import type { Block, Cell, Inline, ReportDocument, Section, TableBlock, Text } from './blocks.js';
import { buildDocument } from './document.js';
import { escapeHtml as esc } from '../common/html.js';
import { messagesOf, pick } from '../../i18n/index.js';
import { displayWidth } from '../common/width.js';
import { reminderLevelsChart, timelineCharts, unitRateChart, unitStatesChart } from './charts.js';

const M = messagesOf('reportDocument');

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export const REPORT_CSS = `
@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
html { background: #e9eaec; }
body { margin: 0; color: #1a1a1a;
  font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif;
  font-size: 15px; line-height: 1.75; }
.page { width: 210mm; min-height: 297mm; margin: 16px auto; padding: 22mm 18mm 20mm; background: #fff;
  box-shadow: 0 1px 6px rgba(0,0,0,.18); }
header.doc-head { text-align: center; margin-bottom: 1.2em; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 22px; font-weight: 700; line-height: 1.5; margin: 0 1.5em 0.4em; text-wrap: balance; }
.subtitle { font-family: "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif; margin: 0; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
  font-size: 17px; font-weight: 700; margin: 1.2em 0 0.6em; break-after: avoid; page-break-after: avoid; }
h3 { font-family: "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif; font-size: 16px; font-weight: 700;
  margin: 1em 0 0.4em; text-indent: 2em; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.5em; text-indent: 2em; text-align: justify; }
p.lead { margin-bottom: 0.8em; }
strong { font-weight: 700; }
section.section + section.section { break-before: page; page-break-before: always; }
figure, .table-wrap { margin: 0.8em 0 1em; }
figure { break-inside: avoid; page-break-inside: avoid; text-align: center; }
.caption { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 13px;
  text-align: center; margin: 0 0 0.35em; break-after: avoid; page-break-after: avoid; text-indent: 0; }
figure .caption { margin: 0.3em 0 0; }
caption.caption { caption-side: top; padding-bottom: 0.35em; margin: 0; }
table { width: 100%; border-collapse: collapse; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", sans-serif;
  font-size: 11.5px; line-height: 1.45; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr, th, td { break-inside: avoid; page-break-inside: avoid; }
thead, caption { break-after: avoid; page-break-after: avoid; }
tbody.first { break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
th, td { border: 0.75px solid #555; padding: 3px 4px; vertical-align: middle; }
td.wrap { min-width: 7.5em; }
th { background: #eef0f3; font-weight: 700; text-align: center; }
td.r { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.c { text-align: center; white-space: nowrap; }
td.l { text-align: left; }
td.nw, th.nw { white-space: nowrap; }
tfoot td, tr.total td { font-weight: 700; background: #fafafa; }
svg.chart { display: block; width: 100%; height: auto; margin: 0 auto; max-width: 100%;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; font-size: 12px; }
svg.chart text { fill: #222; }
svg.chart text.in-bar { fill: #fff; font-size: 11px; font-weight: 700; }
svg.chart text.value, svg.chart text.axis { fill: #444; font-size: 11px; }
svg.chart text.legend { font-size: 11px; }
svg.chart text.unit { font-size: 11px; font-weight: 700; fill: #333; }
svg.chart text.row { font-size: 11px; }
svg.chart .grid { stroke: #cfd3d8; stroke-width: 0.8; }
svg.chart .axis-line { stroke: #666; stroke-width: 1; }
svg.chart .today { stroke: #c0392b; stroke-width: 1; stroke-dasharray: 3 3; }
svg.chart .span { stroke-width: 2; }
svg.chart .span.open { stroke-dasharray: 4 3; }
.addressee { text-indent: 0; margin: 0 0 0.3em; }
.keep, .sign-off, .table-wrap.short { break-inside: avoid; page-break-inside: avoid; }
.follow { break-before: avoid; page-break-before: avoid; }
/* after a chart a long table starts a page: Chromium would leave its caption and header behind */
.keep:has(figure) + .table-wrap:not(.short), figure + .table-wrap:not(.short) { break-before: page; page-break-before: always; }
.attachment-note { margin-top: 1em; }
.signature { text-align: right; text-indent: 0; margin-top: 2.5em; padding-right: 2em; }
.id { white-space: nowrap; hyphens: none; }
@media print {
  html, body { background: #fff; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  body { font-size: 14px; }
}
`;

const ID = /[A-Z]{1,6}-\d{4}-\d{1,5}/g;

/** Escaped text whose item ids (RW-2026-042) never break across lines. */
function escIds(s: string): string {
  return esc(s).replace(ID, (id) => `<span class="id">${id}</span>`);
}

function inline(r: Inline): string {
  return typeof r === 'string' ? escIds(r) : `<strong>${escIds(r.strong)}</strong>`;
}

function text(t: Text): string {
  return t.map(inline).join('');
}

const ALIGN = { left: 'l', right: 'r', center: 'c' } as const;

function cell(c: Cell, cls: string): string {
  const content = Array.isArray(c) ? c.map(escIds).join('<br>') : escIds(String(c));
  return `<td class="${cls}">${content}</td>`;
}

/** A table of at most this many rows is kept whole on one page. */
export const SHORT_TABLE_ROWS = 12;

function isShort(t: TableBlock): boolean {
  return t.rows.length + (t.foot ? 1 : 0) <= SHORT_TABLE_ROWS;
}

/** Columns whose every entry is short (ids, dates, day counts, short names) do not wrap. */
const NOWRAP_WIDTH = 18;

function widthOf(c: Cell): number {
  if (Array.isArray(c)) return Math.max(0, ...c.map((x) => displayWidth(x)));
  return displayWidth(String(c));
}

function table(t: TableBlock): string {
  const nowrap = t.head.map((_, i) =>
    t.rows.every((row) => row[i] === undefined || widthOf(row[i]!) <= NOWRAP_WIDTH),
  );
  const cls = t.align.map((a, i) => ALIGN[a] + (nowrap[i] ? ' nw' : ' wrap'));
  const head = `<thead><tr>${t.head.map((h, i) => `<th scope="col"${nowrap[i] ? ' class="nw"' : ''}>${esc(h)}</th>`).join('')}</tr></thead>`;
  const tr = (row: Cell[]) => `<tr>${row.map((c, i) => cell(c, cls[i] ?? 'l')).join('')}</tr>`;
  // a long table's first rows form their own body, kept with the caption and the header
  const first = isShort(t) ? 0 : 3;
  const rows =
    (first ? `${t.rows.slice(0, first).map(tr).join('\n')}\n</tbody><tbody>\n` : '') +
    t.rows.slice(first).map(tr).join('\n');
  const foot = t.foot
    ? `<tfoot><tr class="total">${t.foot.map((c, i) => cell(c, cls[i] ?? 'l')).join('')}</tr></tfoot>`
    : '';
  const short = isShort(t) ? ' short' : '';
  return `<div class="table-wrap${short}"><table><caption class="caption">${esc(t.caption)}</caption>${head}<tbody${first ? ' class="first"' : ''}>\n${rows}\n</tbody>${foot}</table></div>`;
}

/** A chart's figures: a long timeline is several, one per page. */
function chart(b: Extract<Block, { kind: 'chart' }>, r: Report): string[] {
  const figs: string[] =
    b.chart === 'unit-states'
      ? [unitStatesChart(r.units, b.caption)]
      : b.chart === 'unit-rate'
        ? [unitRateChart(r.units, b.caption)]
        : b.chart === 'reminder-levels'
          ? [reminderLevelsChart(r.reminders.byLevel, b.caption)]
          : timelineCharts(r, b.caption);
  return figs.map(
    (svg, i) =>
      `<figure data-chart="${b.chart}">${svg}<figcaption class="caption">${esc(b.caption)}${i ? esc(pick('（续）', ' (continued)')) : ''}</figcaption></figure>`,
  );
}

function block(b: Block, r: Report): string {
  switch (b.kind) {
    case 'para':
      return `<p>${text(b.text)}</p>`;
    case 'subheading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'table':
      return table(b);
    case 'chart':
      return chart(b, r).join('\n');
  }
}

/**
 * Blocks with each heading kept on one page with what follows it: the heading, its paragraph and
 * the figure or short table after that form one unbreakable group; a long table after them starts
 * on the same page (its caption, header and first rows stay with them).
 */
function blocksHtml(blocks: readonly Block[], r: Report, heading = ''): string {
  const out: string[] = [];
  let lead = heading;
  const whole = (b: Block | undefined) =>
    b !== undefined && (b.kind === 'chart' || (b.kind === 'table' && isShort(b)));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'subheading') {
      lead += `<h3>${esc(b.text)}</h3>`;
      continue;
    }
    if (!lead) {
      out.push(block(b, r));
      continue;
    }
    const group = [lead, block(b, r)];
    let last: Block = b;
    let rest: string[] = [];
    if (b.kind === 'para' && whole(blocks[i + 1])) {
      last = blocks[++i]!;
      // of a chart drawn as several figures only the first is kept with the heading
      const parts = last.kind === 'chart' ? chart(last, r) : [block(last, r)];
      group.push(parts[0]!);
      rest = parts.slice(1);
    }
    out.push(`<div class="keep">${group.join('\n')}</div>`, ...rest);
    lead = '';
    const next = blocks[i + 1];
    if (!whole(last) && next?.kind === 'table') {
      out.push(block(next, r).replace('<div class="table-wrap', '<div class="follow table-wrap'));
      i++;
    }
  }
  if (lead) out.push(lead);
  return out.join('\n');
}

function sectionHtml(s: Section, r: Report, close = ''): string {
  const heading = `<h2>${esc(s.title)}</h2>`;
  if (!close)
    return `<section class="section" id="${esc(s.id)}">\n${blocksHtml(s.blocks, r, heading)}\n</section>`;
  // the 落款 stays with the section's last paragraph (and its date with it)
  const last = s.blocks[s.blocks.length - 1];
  const keepLast = last?.kind === 'para' && s.blocks.length > 1;
  const body = blocksHtml(keepLast ? s.blocks.slice(0, -1) : s.blocks, r, heading);
  return `<section class="section" id="${esc(s.id)}">\n${body}\n<div class="sign-off">${keepLast ? block(last, r) : ''}${close}</div>\n</section>`;
}

export function documentToHtml(doc: ReportDocument, r: Report): string {
  const body = doc.sections.filter((s) => s.id !== 'appendix');
  const attached = doc.sections.filter((s) => s.id === 'appendix');
  const close = [
    doc.closing ? `<p>${text(doc.closing)}</p>` : '',
    doc.attachment
      ? `<p class="attachment-note">${esc(M.attachmentNote({ title: doc.attachment }))}</p>`
      : '',
    `<p class="signature">${esc(doc.signature)}<br><span class="date">${esc(doc.date)}</span></p>`,
  ].join('');
  const sections = [
    ...body.map((s, i) => sectionHtml(s, r, i === body.length - 1 ? close : '')),
    ...attached.map((s) => sectionHtml(s, r)),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="reform report">
<title>${esc(doc.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main class="page">
<header class="doc-head">
<h1>${doc.titleLines.map(esc).join('<br>')}</h1>
<p class="subtitle">${esc(doc.subtitle)}</p>
</header>
<p class="addressee">${esc(M.addresseeLine({ name: doc.addressee }))}</p>
<p class="lead">${text(doc.lead)}</p>
${body.length ? sections : `${close}`}
</main>
</body>
</html>
`;
}

export function renderReportHtml(report: Report): string {
  return documentToHtml(buildDocument(report), report);
}
