// `reform init`: what it writes, that the template passes `reform check` and the JSON Schemas
// with no finding, and that it never replaces a file.
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { runInit } from '../../src/commands/init.js';
import { runCheck } from '../../src/commands/check.js';
import { appendReminderText } from '../../src/ledger/append-reminders.js';
import { UsageError } from '../../src/cli/errors.js';
import { FILE_KINDS } from '../../src/schema/index.js';
import { NOW, ROOT, sink } from '../helpers.js';

vi.setConfig({ testTimeout: 60_000 });

function fresh(): string {
  return join(mkdtempSync(join(tmpdir(), 'reform-init-')), 'office');
}

describe('reform init', () => {
  it('writes the repository: ledgers, schemas, editor and git settings, hook, CI, README', async () => {
    const dir = fresh();
    const out = sink();
    expect(await runInit({ dir, city: '云岭', office: '市委改革办', forge: 'gitlab', now: NOW }, out)).toBe(
      0,
    );
    for (const f of [
      ...FILE_KINDS.map((k) => `ledgers/${k}.yaml`),
      ...FILE_KINDS.map((k) => `schemas/${k}.schema.json`),
      '.vscode/settings.json',
      '.editorconfig',
      '.gitattributes',
      '.githooks/pre-commit',
      '.gitlab-ci.yml',
      'README.md',
    ]) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(existsSync(join(dir, '.github'))).toBe(false);
    expect(statSync(join(dir, '.githooks/pre-commit')).mode & 0o111).not.toBe(0);
    expect(existsSync(join(dir, '.git'))).toBe(true);
    const git = (...a: string[]) => spawnSync('git', a, { cwd: dir, encoding: 'utf8' }).stdout.trim();
    expect(git('config', 'core.hooksPath')).toBe('.githooks');
    expect(git('symbolic-ref', 'HEAD')).toBe('refs/heads/main');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toMatch(
      /^ledgers\/reminders\.yaml merge=union$/m,
    );
    // the schemas are the tool's own
    for (const k of FILE_KINDS) {
      expect(readFileSync(join(dir, `schemas/${k}.schema.json`), 'utf8')).toBe(
        readFileSync(join(ROOT, `schemas/${k}.schema.json`), 'utf8'),
      );
    }
    expect(out.text()).toContain('已创建 ledgers/tasks.yaml');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# 云岭市委改革办改革落实台账/);
  });

  it('writes a template that passes reform check with no finding, and the JSON Schemas', async () => {
    const dir = fresh();
    await runInit({ dir, city: '南山县', forge: 'github', now: NOW }, sink());
    const out = sink();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await runCheck({ ledgers: 'ledgers', format: 'json', strict: true, now: NOW }, out)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const result = JSON.parse(out.text());
    expect(result.diagnostics).toEqual([]);
    // one example of each entry kind
    expect(result.summary.files).toBe(7); // tasks, pilots, problems, units, policy, reminders, imports
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, logger: false });
    ajv.addKeyword('errorMessage').addKeyword('patternErrorMessage');
    for (const k of FILE_KINDS) {
      const validate = ajv.compile(JSON.parse(readFileSync(join(dir, `schemas/${k}.schema.json`), 'utf8')));
      const data = parse(readFileSync(join(dir, `ledgers/${k}.yaml`), 'utf8'));
      expect(validate(data), `${k}: ${JSON.stringify(validate.errors)}`).toBe(true);
      if (k !== 'policy' && k !== 'imports') {
        // imports.yaml starts empty: reform import fills it
        const lists = Object.values(data as Record<string, unknown[]>);
        expect(
          lists.some((l) => Array.isArray(l) && l.length > 0),
          k,
        ).toBe(true);
      }
    }
    const policy = parse(readFileSync(join(dir, 'ledgers/policy.yaml'), 'utf8'));
    expect(policy.office).toBe('县委改革办');
    const units = parse(readFileSync(join(dir, 'ledgers/units.yaml'), 'utf8'));
    expect(units.units[0]).toMatchObject({ name: '县委改革办', kind: 'office', aliases: ['南山县委改革办'] });
    expect(existsSync(join(dir, '.github/workflows/reform.yml'))).toBe(true);
  });

  it('documents every schema field in the template comments', async () => {
    const dir = fresh();
    await runInit({ dir, forge: 'gitea', now: NOW }, sink());
    const tasks = readFileSync(join(dir, 'ledgers/tasks.yaml'), 'utf8');
    const schema = JSON.parse(readFileSync(join(dir, 'schemas/tasks.schema.json'), 'utf8'));
    const item = schema.properties.tasks.anyOf.find((o: { type: string }) => o.type === 'array').items;
    for (const key of Object.keys(item.properties))
      expect(tasks).toMatch(new RegExp(`^#   ${key} +\\S`, 'm'));
    expect(existsSync(join(dir, '.gitea/workflows/reform.yml'))).toBe(true);
  });

  it('refuses a folder that is not empty (exit 2), and with --force keeps every existing file', async () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, 'README.md'), '本办自己的说明\n');
    await expect(runInit({ dir, now: NOW }, sink())).rejects.toSatisfy(
      (e) => e instanceof UsageError && e.exitCode === 2 && /不是空的/.test(e.message),
    );
    expect(existsSync(join(dir, 'ledgers'))).toBe(false);
    const out = sink();
    expect(await runInit({ dir, force: true, now: NOW }, out)).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('本办自己的说明\n');
    expect(out.text()).toContain('已存在，未覆盖 README.md');
    expect(existsSync(join(dir, 'ledgers/tasks.yaml'))).toBe(true);
    // a second run changes nothing and says so
    const again = sink();
    await runInit({ dir, force: true, now: NOW }, again);
    expect(again.text()).toContain('已存在且内容相同 ledgers/tasks.yaml');
    expect(again.text()).not.toContain('已初始化 git 仓库');
  });

  it('inside an existing repository: no new repository, and a note that CI files belong at its root', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'reform-outer-'));
    spawnSync('git', ['init', '-q'], { cwd: outer });
    const dir = join(outer, 'office');
    const out = sink();
    await runInit({ dir, now: NOW }, out);
    expect(existsSync(join(dir, '.git'))).toBe(false);
    expect(out.text()).toContain('位于已有的 git 仓库');
    expect(out.text()).not.toContain('已初始化 git 仓库');
  });

  it('keeps both sides when two branches append to the reminder log (union merge)', async () => {
    const dir = fresh();
    await runInit({ dir, now: NOW }, sink());
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    };
    const git = (...a: string[]) => {
      const r = spawnSync('git', a, { cwd: dir, encoding: 'utf8', env });
      expect(r.status, r.stderr + r.stdout).toBe(0);
    };
    const log = join(dir, 'ledgers/reminders.yaml');
    // what `reform remind --record` appends on each side: one line per entry, as the template has
    const append = (to: string, note: string) =>
      writeFileSync(
        log,
        appendReminderText(readFileSync(log, 'utf8'), [
          { date: '2026-11-20', item: 'RW-2026-001', level: 'phone', to, by: '经办人', note },
        ]),
      );
    git('add', '-A');
    git('commit', '-qm', 'init', '--no-verify');
    git('checkout', '-qb', 'a');
    append('市发展改革委', '电话提醒联络员, 请于本周报送');
    git('commit', '-qam', 'a', '--no-verify');
    git('checkout', '-q', 'main');
    append('示例县', '电话提醒联络员');
    git('commit', '-qam', 'b', '--no-verify');
    git('merge', '-q', '--no-edit', '--no-verify', 'a');
    const text = readFileSync(log, 'utf8');
    expect(text).not.toContain('<<<<<<<');
    const merged = parse(text);
    expect(merged.reminders.map((r: { to: string }) => r.to)).toEqual([
      '市发展改革委',
      '示例县',
      '市发展改革委',
    ]);
    expect(merged.reminders[2].note).toBe('电话提醒联络员, 请于本周报送');
  });

  it('exits 2 from the binary on a folder that is not empty', () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, 'x.txt'), 'x');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/reform.js'), 'init', dir], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^错误：目录 .* 不是空的/);
  });

  it('the pre-commit hook checks what is staged, not the work tree', async () => {
    const dir = fresh();
    await runInit({ dir, now: NOW }, sink());
    const bin = mkdtempSync(join(tmpdir(), 'reform-bin-'));
    writeFileSync(
      join(bin, 'reform'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/reform.js')}" "$@"\n`,
      {
        mode: 0o755,
      },
    );
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      NO_COLOR: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    };
    const git = (...a: string[]) => spawnSync('git', a, { cwd: dir, encoding: 'utf8', env });
    git('add', '-A');
    expect(git('commit', '-qm', 'init').status).toBe(0);
    const file = join(dir, 'ledgers/tasks.yaml');
    const good = readFileSync(file, 'utf8');
    const bad = good.replace(/deadline: \S+/, 'deadline: 2026-02-30');
    writeFileSync(file, bad);
    git('add', file);
    const refused = git('commit', '-qm', 'bad');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('日期无效：2026-02-30');
    // staged good, work tree bad: the commit goes through
    writeFileSync(file, good.replace('已完成调研', '已完成调研和起草'));
    git('add', file);
    writeFileSync(file, bad);
    const r = git('commit', '-qm', 'good');
    expect(r.status, r.stderr).toBe(0);
  });
});
