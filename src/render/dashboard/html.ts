// `reform dashboard -o FILE.html`: the leaders' one page. Self-contained HTML (no script, no
// image, no external file), one A4 page in print, one column on a phone. Every ledger text is
// escaped.
import { getLang, t } from '../../i18n/index.js';
import type { Dashboard, Tally, UnitLight } from '../../assess/dashboard.js';
import { escapeHtml as e } from '../common/html.js';
import { dateText, gradeName, scoreText } from '../assess/words.js';

const CSS = `
@page { size: A4; margin: 9mm 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: #1d2430; font-size: 13px; line-height: 1.35; background: #fff; }
main { max-width: 190mm; margin: 0 auto; padding: 10px; }
header { border-bottom: 3px solid #b3121b; padding-bottom: 4px; margin-bottom: 6px; }
h1 { font-size: 20px; margin: 0; color: #b3121b; letter-spacing: 1px; }
.sub { color: #555; font-size: 12px; }
h2 { font-size: 13.5px; margin: 8px 0 3px; padding-left: 6px; border-left: 4px solid #b3121b; }
.totals { font-size: 13px; margin: 4px 0 0; }
.grid2 { display: grid; grid-template-columns: 2fr 1fr; gap: 0 14px; }
.klist { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; font-size: 11px; }
.llist { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 0 10px; font-size: 11px; }
.k { display: flex; gap: 4px; border-bottom: 1px solid #eef0f3; white-space: nowrap; overflow: hidden; }
.k .n { flex: 1; overflow: hidden; text-overflow: ellipsis; }
.k .un { color: #777; max-width: 9em; overflow: hidden; text-overflow: ellipsis; }
.k .st { min-width: 3.2em; text-align: right; }
.k .s { min-width: 1.6em; text-align: right; font-variant-numeric: tabular-nums; }
.units { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1px 8px; font-size: 11.5px; }
.u { display: flex; align-items: center; gap: 4px; white-space: nowrap; overflow: hidden; }
.u .n { flex: 1; overflow: hidden; text-overflow: ellipsis; }
.u .s { font-variant-numeric: tabular-nums; color: #333; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; flex: none;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.red { background: #d0021b; } .amber { background: #f5a623; } .green { background: #2e9e44; }
.rk { width: 18px; text-align: right; color: #777; }
table { width: 100%; border-collapse: collapse; font-size: 11.5px; }
th, td { border-bottom: 1px solid #dde2e8; padding: 2px 3px; text-align: left; vertical-align: top; }
th { background: #f1f3f6; font-weight: 600; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.t { max-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; width: 46%; }
.lv-circular, .lv-interview { color: #d0021b; font-weight: 600; }
.lv-onsite, .lv-written { color: #b36b00; }
.st-behind { color: #d0021b; } .st-completed, .st-closed { color: #2e7d32; }
footer { margin-top: 6px; font-size: 10.5px; color: #777; }
.legend { font-size: 11px; color: #555; }
@media (max-width: 640px) {
  body { font-size: 14px; }
  .grid2, .klist { grid-template-columns: 1fr; }
  .llist { grid-template-columns: 1fr 1fr; }
  .units { grid-template-columns: repeat(2, 1fr); font-size: 13px; }
  table { font-size: 13px; }
  td.t { white-space: normal; max-width: none; }
}
@media print { body { font-size: 11px; } main { padding: 0; max-width: none; } h2 { break-after: avoid; margin-top: 5px; } table, .units, .klist, .llist { font-size: 10px; } th, td { padding: 1px 3px; } }
`;

function unitCell(u: UnitLight): string {
  const score = u.score !== undefined ? `${scoreText(u.score)} ${gradeName(u.grade ?? '')}` : '';
  return `<div class="u"><span class="rk">${u.rank ?? ''}</span><span class="dot ${u.rag}" title="${e(t().assess.dashRag[u.rag] ?? '')}"></span><span class="n">${e(u.unit)}</span><span class="s">${e(score)}</span></div>`;
}

function tallyTable(head: string, rows: readonly Tally[], name: (s: string) => string): string {
  const m = t().assess;
  const body = rows
    .map(
      (r) =>
        `<tr><td>${e(name(r.name))}</td><td class="num">${r.total}</td><td class="num">${r.done}</td><td class="num${r.behind ? ' st-behind' : ''}">${r.behind}</td><td class="num">${r.open}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>${e(head)}</th><th class="num">${e(m.dashColTotal)}</th><th class="num">${e(m.dashColDone)}</th><th class="num">${e(m.dashColBehind)}</th><th class="num">${e(m.dashColOpen)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function renderDashboardHtml(d: Dashboard): string {
  const m = t().assess;
  const serious = d.serious.length
    ? `<table><thead><tr><th>${e(m.colItem)}</th><th>${e(m.colTitle)}</th><th>${e(m.colUnit)}</th><th class="num">${e(m.dashColDays)}</th></tr></thead><tbody>${d.serious
        .map(
          (s) =>
            `<tr><td>${e(s.item)}</td><td class="t" title="${e(s.title)}">${e(s.title)}</td><td>${e(s.unit)}</td><td class="num lv-${s.level ?? ''}">${e(m.dashDays({ days: s.daysBehind }))}${s.level ? ` ${e(m.dashLevel[s.level] ?? '')}` : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${e(m.dashNone)}</p>`;
  const key = d.key.length
    ? `<div class="klist">${d.key
        .map((k) => {
          const state =
            k.state === 'behind' ? m.dashDays({ days: k.daysBehind }) : (m.dashState[k.state] ?? k.state);
          return `<div class="k" title="${e(`${k.item} ${k.title}（${k.unit}，${k.leader}）`)}"><span class="n">${e(k.title)}</span><span class="un">${e(k.unit)}</span><span class="st st-${k.state}">${e(state)}</span></div>`;
        })
        .join('')}</div>`
    : `<p>${e(m.dashNone)}</p>`;
  const leaders = `<div class="llist">${d.leaders
    .map(
      (l) =>
        `<div class="k"><span class="n">${e(l.name)}</span><span class="s">${l.total}</span><span class="s">${l.done}</span><span class="s${l.behind ? ' st-behind' : ''}">${l.behind}</span></div>`,
    )
    .join('')}</div>`;
  const rankingNote = d.assessment ? '' : ` <span class="legend">${e(m.dashNoRanking)}</span>`;
  const interim = d.assessment?.interim
    ? `<p class="legend">${e(m.interim({ date: dateText(d.asOf) }))}</p>`
    : '';
  return `<!DOCTYPE html>
<html lang="${getLang() === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(m.dashTitle({ office: d.office }))}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${e(m.dashTitle({ office: d.office }))}</h1>
<div class="sub">${e(m.dashAsOf({ date: dateText(d.asOf) }))}</div>
<p class="totals">${e(m.dashTotals(d.totals))}</p>
</header>
<section>
<h2>${e(m.dashUnitsRank)}${rankingNote}</h2>
<p class="legend"><span class="dot red"></span> ${e(m.dashRag.red ?? '')} <span class="dot amber"></span> ${e(m.dashRag.amber ?? '')} <span class="dot green"></span> ${e(m.dashRag.green ?? '')} — ${e(m.dashUnits)}</p>
${interim}
<div class="units">${d.units.map(unitCell).join('')}</div>
</section>
<section>
<h2>${e(m.dashSerious)}</h2>
${serious}
</section>
<section>
<h2>${e(m.dashKey)}</h2>
${key}
</section>
<div class="grid2">
<section>
<h2>${e(m.dashLeaders)}</h2>
<p class="legend">${e(`${m.dashColLeader} · ${m.dashColTotal} · ${m.dashColDone} · ${m.dashColBehind}`)}</p>
${leaders}
</section>
<section>
<h2>${e(m.dashSources)}</h2>
${tallyTable(m.dashColSource, d.sources, (n) => m.dashSource[n] ?? n)}
</section>
</div>
<footer>${e(m.dashFooter({ office: d.office }))}</footer>
</main>
</body>
</html>
`;
}
