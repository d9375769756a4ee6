// The parse cache (issue 12): content-addressed, versioned, atomic, ignored when corrupt, off on
// request, found under .git/ or the user's cache directory — and invisible in every output.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache, defaultRoot, setCacheDefaults, contentKey } from '../../src/ledger/cache.js';
import { runCheck } from '../../src/commands/check.js';
import { runRemind } from '../../src/commands/remind.js';
import { runReport } from '../../src/commands/report.js';
import { locateStats } from '../../src/ledger/locate.js';
import { FIXTURES, NOW, ROOT, sink } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'reform-cache-'));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

afterEach(() => setCacheDefaults({}));

describe('the cache store', () => {
  it('gives back what was put, for the same key and version only', () => {
    const root = tmp();
    const c = openCache('.', { root, version: 'v1', env: {} })!;
    const value = { a: [1, '二', null, true], n: Number.NaN, z: -0, u: undefined, nested: { x_k: 'v' } };
    c.put('ns', 'commit-abc', value);
    expect(c.get('ns', 'commit-abc')).toEqual(value);
    expect(Object.is((c.get('ns', 'commit-abc') as { z: number }).z, -0)).toBe(true);
    expect(c.get('ns', 'commit-abd')).toBeUndefined();
    expect(c.get('other', 'commit-abc')).toBeUndefined();
    expect(openCache('.', { root, version: 'v2', env: {} })!.get('ns', 'commit-abc')).toBeUndefined();
    // bytes as a key: the content decides, not the object
    c.put('bytes', new TextEncoder().encode('tasks: []\n'), 'parsed');
    expect(c.get('bytes', Buffer.from('tasks: []\n'))).toBe('parsed');
    expect(c.get('bytes', Buffer.from('tasks: [ ]\n'))).toBeUndefined();
    expect(contentKey(Buffer.from('x'))).toMatch(/^[0-9a-f]{64}$/);
    // atomic writes leave no temporary file behind
    expect(filesUnder(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps own __proto__ keys as data, never as a prototype', () => {
    const c = openCache('.', { root: tmp(), version: 'v1', env: {} })!;
    c.put('ns', 'k', JSON.parse('{"a":1,"__proto__":{"completed_on":"2026-11-01"}}'));
    const back = c.get<Record<string, unknown>>('ns', 'k')!;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect((back as { completed_on?: string }).completed_on).toBeUndefined();
    expect(Object.keys(back)).toEqual(['a', '__proto__']);
  });

  it('ignores a corrupt, truncated or foreign file and replaces it on the next put', () => {
    const root = tmp();
    const c = openCache('.', { root, version: 'v1', env: {} })!;
    c.put('ns', 'k', { big: 'x'.repeat(1000), list: [1, 2, 3] });
    const [file] = filesUnder(root);
    const good = readFileSync(file!);
    const flipped = Buffer.from(good);
    const at = flipped.length - 20;
    flipped[at] = (flipped[at] ?? 0) ^ 0x55;
    for (const bad of [flipped, good.subarray(0, good.length - 7), Buffer.from('garbage'), Buffer.alloc(0)]) {
      writeFileSync(file!, bad);
      expect(c.get('ns', 'k')).toBeUndefined();
    }
    c.put('ns', 'k', { fixed: true });
    expect(c.get('ns', 'k')).toEqual({ fixed: true });
  });

  it('is off with REFORM_NO_CACHE=1 and when no build version is known', () => {
    expect(openCache('.', { root: tmp(), version: 'v1', env: { REFORM_NO_CACHE: '1' } })).toBeUndefined();
    expect(openCache('.', { root: tmp(), version: 'v1', env: { REFORM_NO_CACHE: '0' } })).toBeDefined();
    expect(openCache('.', { root: tmp(), env: {} })).toBeUndefined(); // sources, not a build
  });

  it('lives under .git/ in a repository (also a linked worktree), else in the user cache directory', () => {
    const repo = tmp();
    execFileSync('git', ['init', '-q', repo]);
    mkdirSync(join(repo, 'ledgers', 'tasks'), { recursive: true });
    expect(defaultRoot(join(repo, 'ledgers', 'tasks'), {})).toBe(join(repo, '.git', 'reform-cache'));
    const wt = tmp();
    writeFileSync(join(wt, '.git'), 'gitdir: /somewhere/.git/worktrees/x\n');
    expect(defaultRoot(wt, {})).toBe('/somewhere/.git/worktrees/x/reform-cache');
    const plain = tmp();
    if (process.platform === 'linux') {
      expect(defaultRoot(plain, { XDG_CACHE_HOME: '/xdg', HOME: '/home/u' })).toBe('/xdg/reform');
      expect(defaultRoot(plain, { HOME: '/home/u' })).toBe('/home/u/.cache/reform');
    }
  });
});

/** Every output of the commands we compare, for one ledger folder. */
async function outputs(ledgers: string): Promise<string[]> {
  const out: string[] = [];
  for (const format of ['json', 'text', 'github'] as const) {
    const s = sink();
    const code = await runCheck({ ledgers, format, now: NOW }, s);
    out.push(`check ${format} ${code}\n${s.text()}`);
  }
  for (const format of ['json', 'text'] as const) {
    const s = sink();
    const code = await runRemind({ ledgers, date: '2026-11-20', format, now: NOW }, s).catch(
      (e: Error) => `usage: ${e.message}`,
    );
    out.push(`remind ${format} ${code}\n${s.text()}`);
  }
  const s = sink();
  const code = await runReport({ ledgers, quarter: '2026Q3', format: 'json', now: NOW }, s).catch(
    (e: Error) => `usage: ${e.message}`,
  );
  out.push(`report ${code}\n${s.text()}`);
  return out;
}

/** Outputs without the cache, with a cold cache (it is written) and with a warm one (it is read). */
async function threeWays(ledgers: string, root: string) {
  setCacheDefaults({ version: 'off', env: { REFORM_NO_CACHE: '1' } });
  const none = await outputs(ledgers);
  setCacheDefaults({ root, version: 'test-build', env: {} });
  const cold = await outputs(ledgers);
  const written = filesUnder(root).length;
  const warm = await outputs(ledgers);
  expect(filesUnder(root).length).toBe(written); // the warm run read, and wrote nothing
  return { none, cold, warm, written };
}

describe('output with and without the cache', () => {
  it.each([
    ['the sample ledgers', join(ROOT, 'ledgers'), true],
    ['the broken fixtures', join(FIXTURES, 'broken'), true],
    // every file has a YAML error: nothing is stored (findings are worded in the run's language)
    ['the broken YAML fixtures', join(FIXTURES, 'broken-yaml'), false],
    ['the clean fixtures', join(FIXTURES, 'clean'), true],
    ['the report fixtures', join(FIXTURES, 'report'), true],
  ])(
    'is byte-identical on %s',
    async (_name, dir, stores) => {
      const root = tmp();
      const r = await threeWays(dir, root);
      expect(r.cold).toEqual(r.none);
      expect(r.warm).toEqual(r.none);
      expect(r.written > 0).toBe(stores);
    },
    60_000,
  );

  it('is byte-identical on a folder-layout ledger after one of its files changed', async () => {
    const dir = join(tmp(), 'ledgers');
    execFileSync(process.execPath, [
      join(ROOT, 'bench', 'generate.mjs'),
      '--tasks',
      '300',
      '--out',
      join(dir, '..'),
      '--layout',
      'folder',
      '--force',
    ]);
    const root = tmp();
    const before = await threeWays(dir, root);
    expect(before.warm).toEqual(before.none);
    const unitFiles = readdirSync(join(dir, 'tasks')).filter((f) => f.endsWith('.yaml'));
    expect(unitFiles.length).toBeGreaterThan(3);
    // one unit's file changes: a deadline moves, another becomes impossible
    const edited = join(dir, 'tasks', unitFiles[1]!);
    let text = readFileSync(edited, 'utf8');
    let n = 0;
    text = text.replace(/deadline: 2026-(\d\d)-(\d\d)/g, (m) => {
      n++;
      return n === 1 ? 'deadline: 2026-12-31' : n === 2 ? 'deadline: 2026-02-30' : m;
    });
    expect(n).toBeGreaterThan(1);
    writeFileSync(edited, text);
    const filesBefore = filesUnder(root).length;
    const after = await threeWays(dir, root);
    // only the changed file was parsed and stored, with the positions of its findings and its
    // check results (src/commands/shared/open-by-file.ts)
    expect(filesUnder(root).length).toBe(filesBefore + 3);
    expect(after.cold).toEqual(after.none);
    expect(after.warm).toEqual(after.none);
    expect(after.none).not.toEqual(before.none);
    expect(after.none[0]).toContain('2026-02-30');
  }, 120_000);
});

describe('a warm run', () => {
  it('places its findings without parsing any YAML again (positions and the policy come from the cache)', async () => {
    const root = tmp();
    setCacheDefaults({ root, version: 'test-build', env: {} });
    const cold = sink();
    await runCheck({ ledgers: join(ROOT, 'ledgers'), format: 'text', now: NOW }, cold);
    expect(cold.text()).toContain('unit-alias'); // the samples have warnings to place
    rmSync(join(root, 'run-check'), { recursive: true }); // not replayed (test/commands/replay.test.ts): loaded
    locateStats.parsedChars = 0;
    const warm = sink();
    await runCheck({ ledgers: join(ROOT, 'ledgers'), format: 'text', now: NOW }, warm);
    expect(warm.text()).toBe(cold.text());
    expect(locateStats.parsedChars).toBe(0);
  });
});

describe('the binary', () => {
  it('writes its cache where it should, and not at all with --no-cache or REFORM_NO_CACHE=1', () => {
    const ledgers = join(tmp(), 'ledgers');
    cpSync(join(FIXTURES, 'broken'), ledgers, { recursive: true });
    const run = (args: string[], env: Record<string, string>) => {
      try {
        return execFileSync(
          process.execPath,
          [join(ROOT, 'bin', 'reform.js'), 'check', '--ledgers', ledgers, ...args],
          {
            env: { ...process.env, NO_COLOR: '1', REFORM_TODAY: '2026-11-20', ...env },
            encoding: 'utf8',
          },
        );
      } catch (err) {
        return String((err as { stdout?: string }).stdout);
      }
    };
    const off1 = tmp();
    const a = run(['--no-cache'], { XDG_CACHE_HOME: off1 });
    expect(filesUnder(off1)).toEqual([]);
    const off2 = tmp();
    const b = run([], { XDG_CACHE_HOME: off2, REFORM_NO_CACHE: '1' });
    expect(filesUnder(off2)).toEqual([]);
    const on = tmp();
    const c = run([], { XDG_CACHE_HOME: on });
    const d = run([], { XDG_CACHE_HOME: on });
    expect(filesUnder(join(on, 'reform')).length).toBeGreaterThan(0);
    // the start-up code cache of the command's bundle (src/boot.ts), one file per command and
    // build, and one of the YAML library, which the first run loaded to read the broken files
    const code = filesUnder(join(on, 'reform', 'code')).sort();
    expect(code).toEqual([
      expect.stringMatching(/[/\\]check-[\w.-]+\.v8$/),
      expect.stringMatching(/[/\\]lib-yaml-[\w.-]+\.v8$/),
    ]);
    // the run is recorded beside it (d was replayed from it, src/boot.ts)
    expect(filesUnder(join(on, 'reform', 'runs', 'run-check')).length).toBe(1);
    // damaged code caches are refused by V8 and written again; the output does not change
    for (const f of code) writeFileSync(f, 'garbage');
    rmSync(join(on, 'reform', 'runs'), { recursive: true }); // else replayed: the bundle is not loaded
    const e = run([], { XDG_CACHE_HOME: on });
    expect(statSync(code[0]!).size).toBeGreaterThan(1000);
    expect(a).toContain('2026');
    expect([b, c, d, e]).toEqual([a, a, a, a]);
    // a run whose files all come from the parse cache does not load the YAML library at all
    // (so its code cache is not written again), and says the same
    rmSync(join(on, 'reform', 'code'), { recursive: true });
    rmSync(join(on, 'reform', 'runs'), { recursive: true });
    expect(run([], { XDG_CACHE_HOME: on })).toEqual(a);
    expect(filesUnder(join(on, 'reform', 'code'))).toEqual([
      expect.stringMatching(/[/\\]check-[\w.-]+\.v8$/),
    ]);
    // the library is loaded again when a file is parsed (the broken one changed), also without
    // its code cache being readable
    for (const f of code) writeFileSync(f, 'garbage');
    // a changed file is not replayed: the binary prints what a run without any cache prints
    const units = join(ledgers, 'units.yaml');
    writeFileSync(units, `${readFileSync(units, 'utf8')}\n  - {}\n`);
    const f = run([], { XDG_CACHE_HOME: on });
    expect(f).not.toEqual(a);
    expect(f).toEqual(run(['--no-cache'], { XDG_CACHE_HOME: off1 }));
    expect(run([], { XDG_CACHE_HOME: on })).toEqual(f);
  }, 60_000);
});
