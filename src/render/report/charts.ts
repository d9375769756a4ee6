// The report's charts as inline SVG, drawn by hand: no library, no script, no external asset.
// Every text is escaped; sizes are in SVG user units and the SVG scales to the page width.
import { LEVEL_COLOURS } from '../common/level-colours.js';
import { messagesOf } from '../../i18n/index.js';
import { LEVELS } from '../../schema/kinds.js';
import { daysBetween } from '../../domain/dates.js';
import type { QuarterNode, Report, UnitRow, UnitStates } from '../../report/types.js';
import { escapeHtml as esc } from '../common/html.js';
import { displayWidth } from '../common/width.js';
import { L, levelShort, percent, shortDate } from './words.js';

const M = messagesOf('reportCharts');

export const WIDTH = 680;
const FONT = 12;

/** Text shortened with … to fit `max` units at the chart font size. */
function fit(s: string, max: number, size = FONT): string {
  const w = (t: string) => (displayWidth(t) * size) / 2;
  if (w(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (w(out + ch + '…') > max) break;
    out += ch;
  }
  return out + '…';
}

function svg(height: number, label: string, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(label)}">` +
    `<title>${esc(label)}</title>${body.join('')}</svg>`
  );
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ' ' + attrs : ''}>${esc(s)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string, title?: string): string {
  const t = title ? `<title>${esc(title)}</title>` : '';
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(w, 0))}" height="${num(h)}" fill="${fill}">${t}</rect>`;
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

// ----- states per unit: stacked horizontal bars -----

export const STATE_COLOURS: Record<keyof UnitStates, string> = {
  completed: '#3f8f5a',
  onSchedule: '#8db6d9',
  behind: '#e8a33d',
  serious: '#c0392b',
  stopped: '#b4b4b4',
};

const STATE_KEYS = Object.keys(STATE_COLOURS) as (keyof UnitStates)[];

function stateLabel(k: keyof UnitStates): string {
  return {
    completed: L.segCompleted,
    onSchedule: L.segOnSchedule,
    behind: L.segBehind,
    serious: L.segSerious,
    stopped: L.segStopped,
  }[k]();
}

function legend(items: { label: string; colour: string }[], y: number, x0 = 0): string[] {
  const out: string[] = [];
  let x = x0;
  for (const it of items) {
    out.push(rect(x, y - 9, 10, 10, it.colour));
    out.push(text(x + 14, y, it.label, 'class="legend"'));
    x += 14 + (displayWidth(it.label) * FONT) / 2 + 16;
  }
  return out;
}

const LABEL_W = 168;

/** Row and bar heights: tighter when there are many units, so that a chart fits one page. */
function rowSize(rows: number): { rowH: number; barH: number } {
  return rows > 24 ? { rowH: 17, barH: 12 } : { rowH: 22, barH: 14 };
}

export function unitStatesChart(rows: readonly UnitRow[], caption: string): string {
  const max = Math.max(1, ...rows.map((u) => u.items.count));
  const plotW = WIDTH - LABEL_W - 40;
  const top = 28;
  const { rowH: ROW_H, barH: BAR_H } = rowSize(rows.length);
  const body: string[] = legend(
    STATE_KEYS.map((k) => ({ label: stateLabel(k), colour: STATE_COLOURS[k] })),
    14,
    LABEL_W,
  );
  rows.forEach((u, i) => {
    const y = top + i * ROW_H;
    body.push(text(LABEL_W - 8, y + BAR_H - 3, fit(u.unit, LABEL_W - 12), 'text-anchor="end"'));
    let x = LABEL_W;
    for (const k of STATE_KEYS) {
      const n = u.states[k].count;
      if (!n) continue;
      const w = (n / max) * plotW;
      body.push(
        rect(
          x,
          y,
          w,
          BAR_H,
          STATE_COLOURS[k],
          `${u.unit} ${stateLabel(k)} ${n}: ${u.states[k].ids.join(', ')}`,
        ),
      );
      if (w >= 16)
        body.push(text(x + w / 2, y + BAR_H - 3, String(n), 'text-anchor="middle" class="in-bar"'));
      x += w;
    }
    body.push(text(x + 5, y + BAR_H - 3, M.count({ n: u.items.count }), 'class="value"'));
  });
  const height = top + rows.length * ROW_H + 4;
  return svg(height, caption, body);
}

// ----- on-time rate per unit -----

function rateColour(rate: number): string {
  return rate >= 0.9 ? '#3f8f5a' : rate >= 0.6 ? '#e8a33d' : '#c0392b';
}

export function unitRateChart(rows: readonly UnitRow[], caption: string): string {
  const list = rows.filter((u) => u.nodes.due.count > 0);
  const plotW = WIDTH - LABEL_W - 110;
  const top = 22;
  const { rowH: ROW_H, barH: BAR_H } = rowSize(list.length);
  const body: string[] = [];
  for (const p of [0, 0.25, 0.5, 0.75, 1]) {
    const x = LABEL_W + p * plotW;
    body.push(
      `<line x1="${num(x)}" y1="${top - 4}" x2="${num(x)}" y2="${num(top + list.length * ROW_H)}" class="grid"/>`,
    );
    body.push(text(x, 12, `${p * 100}%`, 'text-anchor="middle" class="axis"'));
  }
  list.forEach((u, i) => {
    const y = top + i * ROW_H;
    const rate = u.nodes.rate ?? 0;
    body.push(text(LABEL_W - 8, y + BAR_H - 3, fit(u.unit, LABEL_W - 12), 'text-anchor="end"'));
    body.push(
      rect(
        LABEL_W,
        y,
        Math.max(rate * plotW, 1.5),
        BAR_H,
        rateColour(rate),
        `${u.unit}: ${u.nodes.onTime.ids.join(', ')}`,
      ),
    );
    body.push(
      text(
        LABEL_W + rate * plotW + 5,
        y + BAR_H - 3,
        M.rateLabel({ rate: percent(u.nodes.rate), on: u.nodes.onTime.count, due: u.nodes.due.count }),
        'class="value"',
      ),
    );
  });
  return svg(top + list.length * ROW_H + 4, caption, body);
}

// ----- reminders by level: vertical bars -----

export { LEVEL_COLOURS };

export function reminderLevelsChart(byLevel: Report['reminders']['byLevel'], caption: string): string {
  const height = 210;
  const top = 24;
  const base = height - 30;
  const max = Math.max(1, ...LEVELS.map((l) => byLevel[l].count));
  const slot = (WIDTH - 80) / LEVELS.length;
  const barW = Math.min(64, slot * 0.55);
  const body: string[] = [`<line x1="40" y1="${base}" x2="${WIDTH - 20}" y2="${base}" class="axis-line"/>`];
  LEVELS.forEach((l, i) => {
    const n = byLevel[l].count;
    const h = (n / max) * (base - top);
    const cx = 40 + slot * i + slot / 2;
    body.push(
      rect(
        cx - barW / 2,
        base - h,
        barW,
        h,
        LEVEL_COLOURS[l],
        `${levelShort(l)} ${n}: ${byLevel[l].ids.join(', ')}`,
      ),
    );
    body.push(text(cx, base - h - 6, M.times({ n }), 'text-anchor="middle" class="value"'));
    body.push(text(cx, base + 18, levelShort(l), 'text-anchor="middle"'));
  });
  return svg(height, caption, body);
}

// ----- timeline (挂图作战) of the quarter's nodes -----

const OUTCOME_COLOURS: Record<QuarterNode['outcome'], string> = {
  'on-time': '#3f8f5a',
  late: '#e8a33d',
  open: '#c0392b',
  pending: '#7f8c9a',
};

function outcomeLabel(o: QuarterNode['outcome']): string {
  return { 'on-time': L.outcomeOnTime, late: L.outcomeLate, open: L.outcomeOpen, pending: L.outcomePending }[
    o
  ]();
}

/** Rows of the timeline: one per item, grouped by unit, in the order of the first node due. */
export function timelineRows(
  nodes: readonly QuarterNode[],
): { item: string; title: string; unit: string; nodes: QuarterNode[] }[] {
  const rows = new Map<string, { item: string; title: string; unit: string; nodes: QuarterNode[] }>();
  for (const n of nodes) {
    let row = rows.get(n.item);
    if (!row) rows.set(n.item, (row = { item: n.item, title: n.title, unit: n.unit, nodes: [] }));
    row.nodes.push(n);
  }
  const unitFirst = new Map<string, string>();
  for (const row of rows.values()) {
    const d = row.nodes[0]!.due;
    const u = unitFirst.get(row.unit);
    if (u === undefined || d < u) unitFirst.set(row.unit, d);
  }
  return [...rows.values()].sort(
    (a, b) =>
      (unitFirst.get(a.unit)! < unitFirst.get(b.unit)!
        ? -1
        : unitFirst.get(a.unit)! > unitFirst.get(b.unit)!
          ? 1
          : 0) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
      (a.nodes[0]!.due < b.nodes[0]!.due ? -1 : a.nodes[0]!.due > b.nodes[0]!.due ? 1 : 0) ||
      (a.item < b.item ? -1 : 1),
  );
}

export const TIMELINE_LINES_PER_CHART = 50;
/** The first chart shares its page with the appendix heading and lead: it holds fewer lines. */
export const TIMELINE_LINES_FIRST_CHART = 40;

type TimelineRow = ReturnType<typeof timelineRows>[number];
type Line = { unit: string } | { row: TimelineRow };

/** Unit header lines and item lines; a chart that continues a unit repeats its header. */
function timelineLines(rows: TimelineRow[]): Line[][] {
  const charts: Line[][] = [];
  let cur: Line[] = [];
  let unit = '';
  for (const row of rows) {
    const needHeader = row.unit !== unit || cur.length === 0;
    const max = charts.length ? TIMELINE_LINES_PER_CHART : TIMELINE_LINES_FIRST_CHART;
    if (cur.length + (needHeader ? 2 : 1) > max) {
      charts.push(cur);
      cur = [];
    }
    if (row.unit !== unit || cur.length === 0) cur.push({ unit: row.unit });
    cur.push({ row });
    unit = row.unit;
  }
  if (cur.length) charts.push(cur);
  return charts;
}

/** The timeline, split into charts of at most TIMELINE_LINES_PER_CHART lines so that each fits a page. */
export function timelineCharts(r: Report, caption: string): string[] {
  return timelineLines(timelineRows(r.nodes)).map((lines) => timelineChart(r, lines, caption));
}

function timelineChart(r: Report, lines: Line[], caption: string): string {
  const { start, end, asOf, year } = r.period;
  const left = 236;
  const plotW = WIDTH - left - 14;
  const days = daysBetween(start, end) + 1;
  const xOf = (d: string) =>
    left + ((Math.min(Math.max(daysBetween(start, d), -0.5), days - 0.5) + 0.5) / days) * plotW;
  const top = 44;
  const rowH = 17;
  const height = top + lines.length * rowH + 6;
  const body: string[] = legend(
    (['on-time', 'late', 'open', 'pending'] as const).map((o) => ({
      label: outcomeLabel(o),
      colour: OUTCOME_COLOURS[o],
    })),
    12,
    left,
  );
  lines.forEach((line, i) => {
    const y = top + i * rowH;
    if ('unit' in line) body.push(rect(0, y + 1, WIDTH, rowH - 2, '#e9edf2'));
    else if (i % 2 === 0) body.push(rect(left, y, plotW, rowH, '#f7f8fa'));
  });
  // months, the quarter's end and the as-of day
  for (let m = 0; m < 3; m++) {
    const first = `${start.slice(0, 5)}${String(Number(start.slice(5, 7)) + m).padStart(2, '0')}-01`;
    const x = xOf(first) - (0.5 / days) * plotW;
    body.push(`<line x1="${num(x)}" y1="${top - 14}" x2="${num(x)}" y2="${height - 4}" class="grid"/>`);
    body.push(text(x + 4, top - 4, M.month({ m: Number(first.slice(5, 7)) }), 'class="axis"'));
  }
  body.push(
    `<line x1="${num(left + plotW)}" y1="${top - 14}" x2="${num(left + plotW)}" y2="${height - 4}" class="grid"/>`,
  );
  if (asOf < end) {
    const x = xOf(asOf);
    body.push(`<line x1="${num(x)}" y1="${top - 14}" x2="${num(x)}" y2="${height - 4}" class="today"/>`);
    body.push(
      text(x - 3, top - 16, M.asOf({ date: shortDate(asOf, year) }), 'text-anchor="end" class="axis"'),
    );
  }
  lines.forEach((line, i) => {
    const cy = top + i * rowH + rowH / 2;
    if ('unit' in line) {
      body.push(text(4, cy + 4, fit(line.unit, WIDTH - 8, 11), 'class="unit"'));
      return;
    }
    const row = line.row;
    body.push(text(12, cy + 4, fit(`${row.item} ${row.title}`, left - 26, 11), 'class="row"'));
    for (const n of row.nodes) body.push(nodeMark(n, xOf, cy, asOf, year));
  });
  return svg(height, caption, body);
}

function nodeMark(
  n: QuarterNode,
  xOf: (d: string) => number,
  cy: number,
  asOf: string,
  year: number,
): string {
  const x = xOf(n.due);
  const colour = OUTCOME_COLOURS[n.outcome];
  const title = M.nodeTitle({
    id: n.item,
    title: n.title,
    node: n.node,
    due: shortDate(n.due, year),
    outcome:
      outcomeLabel(n.outcome) +
      (n.doneOn ? L.clauseSep() + M.doneOn({ date: shortDate(n.doneOn, year) }) : ''),
  });
  const out: string[] = [];
  if (n.outcome === 'late' && n.doneOn)
    out.push(
      `<line x1="${num(x)}" y1="${num(cy)}" x2="${num(xOf(n.doneOn))}" y2="${num(cy)}" stroke="${colour}" class="span"/>`,
    );
  if (n.outcome === 'open')
    out.push(
      `<line x1="${num(x)}" y1="${num(cy)}" x2="${num(xOf(asOf))}" y2="${num(cy)}" stroke="${colour}" class="span open"/>`,
    );
  const t = `<title>${esc(title)}</title>`;
  if (n.outcome === 'open') {
    out.push(
      `<path d="M${num(x)} ${num(cy - 5)}L${num(x + 5)} ${num(cy)}L${num(x)} ${num(cy + 5)}L${num(x - 5)} ${num(cy)}Z" fill="${colour}">${t}</path>`,
    );
  } else if (n.outcome === 'pending') {
    out.push(
      `<circle cx="${num(x)}" cy="${num(cy)}" r="4" fill="#fff" stroke="${colour}" stroke-width="1.6">${t}</circle>`,
    );
  } else out.push(`<circle cx="${num(x)}" cy="${num(cy)}" r="4.2" fill="${colour}">${t}</circle>`);
  return out.join('');
}
