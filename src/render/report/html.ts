// The report as one self-contained HTML file: no script, no network, no external asset (a
// Content-Security-Policy says so to the browser too). Charts are inline SVG; it prints on A4
// with each section starting a page and table rows never split across pages.
import type { Report } from '../../report/types.js';
import type { Block, Cell, Inline, ReportDocument, TableBlock, Text } from './blocks.js';
import { buildDocument } from './document.js';
import { escapeHtml as esc } from '../common/html.js';
import { pick } from '../../i18n/index.js';
import { displayWidth } from '../common/width.js';
import { reminderLevelsChart, timelineCharts, unitRateChart, unitStatesChart } from './charts.js';

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
table { width: 100%; border-collapse: collapse; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", sans-serif;
  font-size: 11.5px; line-height: 1.45; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr, th, td { break-inside: avoid; page-break-inside: avoid; }
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
.signature { text-align: right; margin-top: 2.5em; padding-right: 2em; }
@media print {
  html, body { background: #fff; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  body { font-size: 14px; }
}
`;

function inline(r: Inline): string {
  return typeof r === 'string' ? esc(r) : `<strong>${esc(r.strong)}</strong>`;
}

function text(t: Text): string {
  return t.map(inline).join('');
}

const ALIGN = { left: 'l', right: 'r', center: 'c' } as const;

function cell(c: Cell, cls: string): string {
  const content = Array.isArray(c) ? c.map(esc).join('<br>') : esc(c);
  return `<td class="${cls}">${content}</td>`;
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
  const rows = t.rows
    .map((row) => `<tr>${row.map((c, i) => cell(c, cls[i] ?? 'l')).join('')}</tr>`)
    .join('\n');
  const foot = t.foot
    ? `<tfoot><tr class="total">${t.foot.map((c, i) => cell(c, cls[i] ?? 'l')).join('')}</tr></tfoot>`
    : '';
  return `<div class="table-wrap"><p class="caption">${esc(t.caption)}</p><table>${head}<tbody>\n${rows}\n</tbody>${foot}</table></div>`;
}

function chart(b: Extract<Block, { kind: 'chart' }>, r: Report): string {
  const figs: string[] =
    b.chart === 'unit-states'
      ? [unitStatesChart(r.units, b.caption)]
      : b.chart === 'unit-rate'
        ? [unitRateChart(r.units, b.caption)]
        : b.chart === 'reminder-levels'
          ? [reminderLevelsChart(r.reminders.byLevel, b.caption)]
          : timelineCharts(r, b.caption);
  return figs
    .map(
      (svg, i) =>
        `<figure data-chart="${b.chart}">${svg}<figcaption class="caption">${esc(b.caption)}${i ? esc(pick('（续）', ' (continued)')) : ''}</figcaption></figure>`,
    )
    .join('\n');
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
      return chart(b, r);
  }
}

export function documentToHtml(doc: ReportDocument, r: Report): string {
  const sections = doc.sections
    .map(
      (s) =>
        `<section class="section" id="${esc(s.id)}">\n<h2>${esc(s.title)}</h2>\n${s.blocks.map((b) => block(b, r)).join('\n')}\n</section>`,
    )
    .join('\n');
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
<p class="lead">${text(doc.lead)}</p>
${sections}
<p class="signature">${esc(doc.signature)}</p>
</main>
</body>
</html>
`;
}

export function renderReportHtml(report: Report): string {
  return documentToHtml(buildDocument(report), report);
}
