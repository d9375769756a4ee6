// Turns a terminal program's coloured output into a PNG for the documentation: the output (with
// ANSI colours) is laid out as a dark terminal page and photographed by headless Chromium.
// Usage: FORCE_COLOR=1 reform remind … | node scripts/terminal-shot.mjs OUT.png [COLUMNS]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [out, cols = '100'] = process.argv.slice(2);
if (!out) throw new Error('usage: terminal-shot.mjs OUT.png [COLUMNS]');
const text = readFileSync(0, 'utf8');
const COLORS = {
  30: '#2e3436',
  31: '#ef2929',
  32: '#8ae234',
  33: '#fce94f',
  34: '#729fcf',
  35: '#ad7fa8',
  36: '#34e2e2',
  37: '#eeeeec',
  90: '#888a85',
  91: '#ff6b6b',
  92: '#9be15d',
  93: '#ffe066',
  94: '#8ab4f8',
  95: '#d291bc',
  96: '#7fe3e3',
  97: '#ffffff',
};
// East Asian "ambiguous" characters take one column in a terminal, as the tool counts them.
const narrow = (c) => `<span style="font:11.6px/1 \x27DejaVu Sans Mono\x27,monospace">${c}</span>`;
const esc = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[“”‘’…·]/g, narrow);
let html = '';
let open = 0;
let style = { color: undefined, bold: false, dim: false };
const flush = () => {
  for (; open > 0; open--) html += '</span>';
  const css = [
    style.color && `color:${style.color}`,
    style.bold && 'font-weight:bold',
    style.dim && 'opacity:.7',
  ].filter(Boolean);
  if (css.length) {
    html += `<span style="${css.join(';')}">`;
    open++;
  }
};
for (const part of text.split(/(\x1b\[[0-9;]*m)/)) {
  const m = /^\x1b\[([0-9;]*)m$/.exec(part);
  if (!m) {
    html += esc(part);
    continue;
  }
  for (const code of (m[1] || '0').split(';').map(Number)) {
    if (code === 0) style = { color: undefined, bold: false, dim: false };
    else if (code === 1) style.bold = true;
    else if (code === 2) style.dim = true;
    else if (code === 22) style = { ...style, bold: false, dim: false };
    else if (code === 39) style.color = undefined;
    else if (COLORS[code]) style.color = COLORS[code];
  }
  flush();
}
for (; open > 0; open--) html += '</span>';
const lines = text.split('\n').length;
const width = Math.round(Number(cols) * 8.4 + 40);
const height = Math.round(lines * 19 + 40);
const page = `<!doctype html><meta charset="utf-8"><style>body{margin:0;background:#1e1e1e}pre{margin:0;padding:20px;color:#e6e6e6;font:14px/19px "Noto Sans Mono CJK SC",monospace;white-space:pre}</style><pre>${html}</pre>`;
const dir = mkdtempSync(join(tmpdir(), 'reform-shot-'));
writeFileSync(join(dir, 'page.html'), page);
execFileSync(
  process.env.CHROMIUM ?? 'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    `--user-data-dir=${join(dir, 'profile')}`,
    '--hide-scrollbars',
    `--window-size=${width},${height}`,
    `--screenshot=${resolve(out)}`,
    `file://${join(dir, 'page.html')}`,
  ],
  { stdio: 'ignore' },
);
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${out} (${width}×${height})`);
