// `check` from per-file results (issue 12, src/commands/shared/open-by-file.ts): after any edit
// its output is the output of a run without any cache — an edit of one file, of a file that
// changes what the others are checked against (the units, the policy), of a cross-file fact (an
// id made a duplicate, an id another file refers to removed), a file added or removed, another day.
import { afterEach, describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setCacheDefaults } from '../../src/ledger/cache.js';
import { runCheck, type CheckOptions } from '../../src/commands/check.js';
import { FIXTURES, NOW, ROOT, sink } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'reform-by-file-'));
afterEach(() => setCacheDefaults({}));

async function run(opts: Partial<CheckOptions> & { ledgers: string }): Promise<string> {
  const s = sink();
  const code = await runCheck({ format: 'text', now: NOW, ...opts }, s);
  return `${code}\n${s.text()}`;
}

/** The same check with the cache on (its results kept in `root`) and off: both outputs. */
async function both(root: string, opts: Partial<CheckOptions> & { ledgers: string }) {
  setCacheDefaults({ version: 'off', env: { REFORM_NO_CACHE: '1' } });
  const none = await run(opts);
  setCacheDefaults({ root, version: 'test-build', env: {} });
  const cached = await run(opts);
  return { none, cached };
}

/** The per-file results the cache holds. */
const kept = (root: string) =>
  existsSync(join(root, 'check-file')) ? readdirSync(join(root, 'check-file')).length : 0;

/** The sample ledgers in a folder layout: tasks/ split in three files, a problem in a folder too. */
function folderLedgers(): string {
  const dir = join(tmp(), 'ledgers');
  cpSync(join(ROOT, 'ledgers'), dir, { recursive: true });
  const text = readFileSync(join(dir, 'tasks.yaml'), 'utf8');
  const body = text.slice(text.indexOf('\ntasks:\n') + '\ntasks:\n'.length);
  const items = body.split(/\n(?= {2}- id: )/);
  const third = Math.ceil(items.length / 3);
  mkdirSync(join(dir, 'tasks'));
  for (let k = 0; k < 3; k++)
    writeFileSync(
      join(dir, 'tasks', `part-${k + 1}.yaml`),
      `# 第${k + 1}部分\ntasks:\n${items.slice(k * third, (k + 1) * third).join('\n')}\n`,
    );
  rmSync(join(dir, 'tasks.yaml'));
  return dir;
}

const edit = (file: string, fn: (s: string) => string) => writeFileSync(file, fn(readFileSync(file, 'utf8')));

/** The task ids of a file. */
const idsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1]!);

describe('check from per-file results', () => {
  it('prints what a run without any cache prints, after every kind of edit', async () => {
    const dir = folderLedgers();
    const root = tmp();
    const tasks = (k: number) => join(dir, 'tasks', `part-${k}.yaml`);
    const same = async (what: string, opts: Partial<CheckOptions> = {}) => {
      const { none, cached } = await both(root, { ledgers: dir, ...opts });
      expect(cached, what).toBe(none);
      return none;
    };
    const first = await same('first run');
    expect(first).toMatch(/^0\n/);
    const files = readdirSync(dir).length - 1 + 3; // the folder's files, tasks/ counted by its three
    expect(kept(root)).toBe(files - 2); // one per file but the policy and units (loaded at every run)

    // one file edited: only its result is worked out again
    edit(tasks(2), (s) => `${s}# 一行注释\n`);
    await same('a comment added');
    expect(kept(root)).toBe(files - 1);

    // an entry of one file broken, then a warning in it
    edit(tasks(2), (s) => s.replace(/deadline: (\d{4})-\d\d-\d\d/, 'deadline: $1-02-30'));
    expect(await same('a bad date')).toMatch(/^1\n/);

    // an id of the first file given again in the third: the duplicate is in the third (changed) file
    const [id1, id1b] = idsOf(tasks(1));
    const id3b = idsOf(tasks(3))[1]!;
    edit(tasks(3), (s) => s.replace(`- id: ${idsOf(tasks(3))[0]}\n`, `- id: ${id1}\n`));
    const dup = (out: string) => out.match(/\[duplicate-id\]/g)?.length ?? 0;
    expect(dup(await same('duplicate id in the later file'))).toBe(1);
    // and an id of the third given to the first: the duplicate is in the third, which did not change
    edit(tasks(1), (s) => s.replace(`- id: ${id1b}\n`, `- id: ${id3b}\n`));
    const out = await same('duplicate id in an unchanged file');
    expect(dup(out)).toBe(2);
    expect(out).toMatch(new RegExp(`part-3\\.yaml:\\d+:\\d+: .*${id3b}.*part-1\\.yaml`));

    // a problem's related task removed from its file (the problems file did not change)
    const related = /related: (RW-\S+)/.exec(readFileSync(join(dir, 'problems.yaml'), 'utf8'))![1]!;
    for (const k of [1, 2, 3]) edit(tasks(k), (s) => s.replaceAll(`id: ${related}\n`, `id: ${related}X\n`));
    expect(await same('related id gone')).toContain(related);

    // a unit renamed in units.yaml: every file naming it has errors
    edit(join(dir, 'units.yaml'), (s) => s.replace('- name: 市发展改革委', '- name: 市发改委（新）'));
    expect(await same('unit renamed')).toContain('市发展改革委');

    // the policy changed (the pilots' term rule)
    edit(join(dir, 'policy.yaml'), (s) => s.replace(/usual_years: \d+/, 'usual_years: 3'));
    await same('policy changed');

    // a file added, then one removed
    writeFileSync(tasks(4), `tasks:\n  - id: ${id1}\n    title: 重复\n`);
    await same('file added');
    rmSync(tasks(2));
    await same('file removed');

    // another day (dates in the future), JSON
    await same('another day', { now: new Date('2026-03-01T04:00:00Z') });
    await same('json', { format: 'json' });
  });

  it('gives the broken fixture the findings of a run without the cache, and ignores a damaged result', async () => {
    const dir = join(tmp(), 'ledgers');
    cpSync(join(FIXTURES, 'broken'), dir, { recursive: true });
    const root = tmp();
    let { none, cached } = await both(root, { ledgers: dir });
    expect(none).toMatch(/^1\n/);
    expect(cached).toBe(none);
    expect(kept(root)).toBeGreaterThan(0);
    for (const f of readdirSync(join(root, 'check-file')))
      writeFileSync(join(root, 'check-file', f), 'garbage');
    edit(join(dir, 'tasks.yaml'), (s) => `${s}\n# 注释\n`);
    ({ none, cached } = await both(root, { ledgers: dir }));
    expect(cached).toBe(none);
    // the results of another build are not read
    setCacheDefaults({ root, version: 'other-build', env: {} });
    edit(join(dir, 'tasks.yaml'), (s) => `${s}# 又一行\n`);
    expect(await run({ ledgers: dir })).toBe((await both(tmp(), { ledgers: dir })).none);
  });

  it('keeps nothing with the cache off', async () => {
    const dir = folderLedgers();
    const root = tmp();
    setCacheDefaults({ root, version: 'test-build', env: { REFORM_NO_CACHE: '1' } });
    await run({ ledgers: dir });
    expect(kept(root)).toBe(0);
  });
});
