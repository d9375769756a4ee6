// `reform dashboard` in-process on the sample ledgers: a self-contained page with no script, the
// sections the leaders read, every unit once with a light, and the ranking of `reform assess`.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDashboard } from '../../src/commands/dashboard.js';
import { runAssess } from '../../src/commands/assess.js';
import { UsageError } from '../../src/cli/errors.js';
import { setLang } from '../../src/i18n/index.js';
import { NOW, ROOT, sink } from '../helpers.js';

let tmp: string;
let dir: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'reform-dash-'));
  dir = join(tmp, 'ledgers');
  cpSync(join(ROOT, 'ledgers'), dir, { recursive: true });
  setLang('zh');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('reform dashboard', () => {
  it('one self-contained page: no script, no external resource, every section', async () => {
    const file = join(tmp, 'dash.html');
    const code = await runDashboard({ ledgers: dir, output: file, now: NOW }, sink(), sink());
    expect(code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|<img|<link|src=|url\(/i);
    expect(html).toContain('@page { size: A4;');
    for (const h of [
      '各单位考核排名',
      '最严重的十项',
      '重点改革事项',
      '市领导领衔事项',
      '上级部署与本地事项',
    ])
      expect(html).toContain(h);
    // the ranking is the assessment's
    const out = sink();
    await runAssess({ ledgers: dir, now: NOW, format: 'json' }, out, sink());
    const first = JSON.parse(out.text()).units[0];
    expect(html).toMatch(
      new RegExp(
        `<span class="rk">1</span><span class="dot (red|amber|green)"[^>]*></span><span class="n">${first.unit}</span>`,
      ),
    );
    // the ten most serious: ten rows at most, most days first
    const days = [...html.matchAll(/class="num lv-[a-z]*">(\d+)天/g)].map((m) => Number(m[1]));
    expect(days.length).toBe(10);
    expect([...days].sort((a, b) => b - a)).toEqual(days);
  });

  it('needs -o', async () => {
    await expect(runDashboard({ ledgers: dir, now: NOW }, sink(), sink())).rejects.toThrow(UsageError);
  });
});
