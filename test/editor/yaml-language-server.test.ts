// The editor a clerk uses, driven over stdio: yaml-language-server with the settings of a
// repository made by `reform init`. An impossible date shows the Chinese message, not a regex;
// a file in a folder layout, without a modeline, is validated through .vscode/settings.json; a
// file copied into the folder with a modeline fixed as the template says is validated too.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInit } from '../../src/commands/init.js';
import { EDITOR_MESSAGES } from '../../src/schema/json-schema.js';
import { NOW, sink } from '../helpers.js';
import { YamlServer } from './lsp-client.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const DATE_MESSAGE = '日期格式为 YYYY-MM-DD，且须为真实日期';

let root: string;
let server: YamlServer;

beforeAll(async () => {
  root = join(mkdtempSync(join(tmpdir(), 'reform-lsp-')), 'office');
  await runInit({ dir: root, city: '云岭', forge: 'gitlab', now: NOW }, sink());
  mkdirSync(join(root, 'ledgers', 'tasks'));
  server = YamlServer.fromWorkspace(root);
  await server.start();
});

afterAll(async () => {
  await server?.stop();
});

describe('yaml-language-server on an init-ed repository', () => {
  it('uses the Chinese date message in the schemas', () => {
    expect(EDITOR_MESSAGES.date.startsWith(DATE_MESSAGE)).toBe(true);
  });

  it('accepts the template as written', async () => {
    for (const kind of ['tasks', 'pilots', 'problems', 'units', 'policy', 'reminders']) {
      const file = join(root, 'ledgers', `${kind}.yaml`);
      const diags = await server.diagnose(file, readFileSync(file, 'utf8'));
      expect(diags, kind).toEqual([]);
    }
  });

  it('shows the Chinese message for 2026-02-30 in the flat layout (modeline)', async () => {
    const file = join(root, 'ledgers', 'tasks.yaml');
    const text = readFileSync(file, 'utf8').replace(/deadline: \S+/, 'deadline: 2026-02-30');
    const diags = await server.diagnose(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('2026-02-30'));
    const hit = diags.find((d) => d.range.start.line === line);
    expect(hit?.message).toContain(DATE_MESSAGE);
    expect(diags.map((d) => d.message).join('\n')).not.toMatch(/\(\?:|\\d/); // no raw regex anywhere
  });

  it('validates a file in a folder layout without a modeline (settings map the folder)', async () => {
    const file = join(root, 'ledgers', 'tasks', '2027.yaml');
    const text = [
      'tasks:',
      '  - id: RW-2027-001',
      '    title: 深化国资国企改革',
      '    lead_leader: 王明',
      '    lead_unit: 市发展改革委',
      '    measures: 推进国有企业分类改革',
      '    deliverable: 出台实施方案',
      '    deadline: 2026-02-30',
      '    source: city',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const diags = await server.diagnose(file, text);
    const messages = diags.map((d) => `${d.range.start.line}: ${d.message}`);
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^7: ${DATE_MESSAGE}`)));
    expect(messages).toContainEqual(expect.stringMatching(/^8: 取值无效，可选：central 中央/));
    // and the good parts pass: nothing else is reported
    expect(diags).toHaveLength(2);
  });

  it('validates a copied file whose modeline goes one folder further up, as the template says', async () => {
    const file = join(root, 'ledgers', 'tasks', 'copied.yaml');
    const text = readFileSync(join(root, 'ledgers', 'tasks.yaml'), 'utf8')
      .replace('$schema=../schemas/', '$schema=../../schemas/')
      .replace(/id: RW-(\d+)-001/, 'id: 1-bad');
    const diags = await server.diagnose(file, text);
    expect(diags.map((d) => d.message)).toContainEqual(
      expect.stringContaining('编号由字母、数字和连字符组成'),
    );
  });

  it('shows the Chinese field documentation on hover', async () => {
    const file = join(root, 'ledgers', 'tasks.yaml');
    const text = readFileSync(file, 'utf8');
    await server.diagnose(file, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('    lead_unit:'));
    expect(await server.hover(file, line, 6)).toContain('牵头单位');
  });
});
