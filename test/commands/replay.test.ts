// Replaying a run (issue 12): `check` and `remind` print their last output again when nothing they
// depend on changed — and run again when a file, today, an option or git's answer did. Every
// replayed output is compared with the output of a run without the cache.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setCacheDefaults } from '../../src/ledger/cache.js';
import { runCheck, type CheckOptions } from '../../src/commands/check.js';
import { runRemind, type RemindOptions } from '../../src/commands/remind.js';
import { locateStats } from '../../src/ledger/locate.js';
import { FIXTURES, NOW, ROOT, sink } from '../helpers.js';
import { git, removeTemp } from '../git/temp-repo.js';
import { JULY_5, scenarioRepo } from '../reconcile/scenario.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'reform-replay-'));

afterEach(() => setCacheDefaults({}));
afterAll(() => removeTemp());

/** How many ledger files the loader parsed or read from the parse cache (0 when a run was replayed). */
function counted<T>(fn: () => Promise<T>): Promise<{ value: T; located: number }> {
  locateStats.parsedChars = 0;
  return fn().then((value) => ({ value, located: locateStats.parsedChars }));
}

async function check(opts: Partial<CheckOptions> & { ledgers: string }): Promise<string> {
  const s = sink();
  const code = await runCheck({ format: 'text', now: NOW, ...opts }, s);
  return `${code}\n${s.text()}`;
}

async function remind(opts: Partial<RemindOptions> & { ledgers: string }): Promise<string> {
  const out = sink();
  const err = sink();
  const code = await runRemind({ format: 'json', now: NOW, ...opts }, out, err);
  return `${code}\n${out.text()}\n--\n${err.text()}`;
}

/** The output without any cache. */
async function uncached<T>(fn: () => Promise<T>): Promise<T> {
  setCacheDefaults({ version: 'off', env: { REFORM_NO_CACHE: '1' } });
  try {
    return await fn();
  } finally {
    setCacheDefaults(CURRENT);
  }
}
let CURRENT: Parameters<typeof setCacheDefaults>[0] = {};
function useCache(root = tmp()): string {
  CURRENT = { root, version: 'test-build', env: {} };
  setCacheDefaults(CURRENT);
  return root;
}

describe('a replayed run', () => {
  it('prints what the run printed, loading nothing, while files, today and options are the same', async () => {
    const dir = join(tmp(), 'ledgers');
    cpSync(join(FIXTURES, 'broken'), dir, { recursive: true });
    const root = useCache();
    const none = await uncached(() => check({ ledgers: dir }));
    expect(none).toMatch(/^1\n/); // errors: exit 1, and the findings are printed
    const first = await check({ ledgers: dir });
    expect(first).toBe(none);
    expect(readdirSync(join(root, 'run-check')).length).toBe(1);
    // the replay reads no ledger file: with the parse cache emptied, a run that loaded would fill it
    for (const ns of readdirSync(root))
      if (ns.startsWith('parse-')) rmSync(join(root, ns), { recursive: true });
    expect(await check({ ledgers: dir })).toBe(none);
    expect(readdirSync(root).filter((ns) => ns.startsWith('parse-'))).toEqual([]);
    // and an option that changes nothing in the output is still another run: it loads
    expect(await check({ ledgers: dir, strict: false })).toBe(none);
    expect(readdirSync(root).filter((ns) => ns.startsWith('parse-')).length).toBeGreaterThan(0);
  });

  it('runs again when a file changed, a file came or went, today or an option changed', async () => {
    const dir = join(tmp(), 'ledgers');
    cpSync(join(ROOT, 'ledgers'), dir, { recursive: true });
    useCache();
    await check({ ledgers: dir });
    // a file's bytes: a unit renamed in units.yaml makes findings elsewhere
    const units = join(dir, 'units.yaml');
    const original = readFileSync(units, 'utf8');
    const renamed = original.replace(/name: 市财政局/, 'name: 市财政局（改）');
    expect(renamed).not.toBe(original);
    writeFileSync(units, renamed);
    const changed = await check({ ledgers: dir });
    expect(changed).toBe(await uncached(() => check({ ledgers: dir })));
    writeFileSync(units, original);
    const back = await check({ ledgers: dir });
    expect(back).toBe(await uncached(() => check({ ledgers: dir })));
    expect(back).not.toBe(changed);
    // bytes changed, size the same (局 and 厅 are three bytes each): not replayed either
    const sameSize = original.replace(/name: 市财政局/, 'name: 市财政厅');
    expect(Buffer.byteLength(sameSize)).toBe(Buffer.byteLength(original));
    writeFileSync(units, sameSize);
    const same = await check({ ledgers: dir });
    expect(same).not.toBe(back);
    expect(same).toBe(await uncached(() => check({ ledgers: dir })));
    writeFileSync(units, original);
    expect(await check({ ledgers: dir })).toBe(back);
    // a schema a modeline names appears (its warning goes), then goes again
    const policyText = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    writeFileSync(join(dir, 'policy.yaml'), `# yaml-language-server: $schema=./p.schema.json\n${policyText}`);
    const missing = await check({ ledgers: dir });
    expect(missing).toContain('policy.yaml:1:33');
    writeFileSync(join(dir, 'p.schema.json'), '{}');
    const present = await check({ ledgers: dir });
    expect(present).toBe(await uncached(() => check({ ledgers: dir })));
    expect(present).not.toContain('policy.yaml:1:33');
    expect(present).toBe(await uncached(() => check({ ledgers: dir })));
    rmSync(join(dir, 'p.schema.json'));
    expect(await check({ ledgers: dir })).toBe(missing);
    writeFileSync(join(dir, 'policy.yaml'), policyText);
    // an option: the JSON form is not the text one
    const json = await check({ ledgers: dir, format: 'json' });
    expect(json).toBe(await uncached(() => check({ ledgers: dir, format: 'json' })));
    // today: remind without --date judges as of today
    const day1 = await remind({ ledgers: dir });
    const day2 = await remind({ ledgers: dir, now: new Date('2026-12-20T04:00:00Z') });
    expect(day2).not.toBe(day1);
    expect(day2).toBe(await uncached(() => remind({ ledgers: dir, now: new Date('2026-12-20T04:00:00Z') })));
    expect(await remind({ ledgers: dir })).toBe(day1);
    // a file that appears beside another of its kind
    cpSync(join(ROOT, 'ledgers', 'tasks.yaml'), join(dir, 'tasks.yml'));
    const withExtra = await check({ ledgers: dir });
    expect(withExtra).toBe(await uncached(() => check({ ledgers: dir })));
    expect(withExtra).not.toBe(back);
  }, 60_000);

  it('of remind runs again when git says something else (the baseline tag removed, then back)', async () => {
    const { repo } = scenarioRepo();
    const ledgers = join(repo.dir, 'ledgers');
    useCache();
    const opts = { ledgers, now: JULY_5, date: '2026-07-05' };
    const tagged = await remind(opts);
    expect(tagged).toContain('"basis": "baseline"');
    expect(await remind(opts)).toBe(tagged);
    const sha = git(repo.dir, ['rev-parse', 'baseline/2026']).trim();
    git(repo.dir, ['tag', '-d', 'baseline/2026']);
    const untagged = await remind(opts);
    expect(untagged).not.toContain('"basis": "baseline"');
    expect(untagged).toBe(await uncached(() => remind(opts)));
    git(repo.dir, ['tag', 'baseline/2026', sha]);
    expect(await remind(opts)).toBe(tagged);
  }, 60_000);
});

describe('a warm run that is not replayed', () => {
  it('still places its findings from the parse cache, parsing no YAML', async () => {
    useCache();
    const ledgers = join(ROOT, 'ledgers');
    await check({ ledgers });
    // another format: not the recorded run, but every file and position from the parse cache
    const { located } = await counted(() => check({ ledgers, format: 'json' }));
    expect(located).toBe(0);
  });
});
