// The ledger lock: unit behaviour in-process, and real concurrent `reform` processes writing one
// folder (the built binary; `npm test` builds it first).
import { execFile, spawn, spawnSync } from 'node:child_process';
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
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLedgerLock, LockError, withLedgerLock } from '../../src/ledger/lock.js';
import { ROOT } from '../helpers.js';

const SAMPLE = join(ROOT, 'test', 'commands', 'fixtures', 'remind');
let base: string;
let dir: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'reform-lock-'));
  dir = join(base, 'ledgers');
  cpSync(SAMPLE, dir, { recursive: true });
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** A pid that is surely not running: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

describe('withLedgerLock', () => {
  it('lets one holder in at a time and releases on return and on throw', async () => {
    const order: string[] = [];
    const a = withLedgerLock(dir, async () => {
      order.push('a in');
      await new Promise((r) => setTimeout(r, 150));
      order.push('a out');
    });
    await new Promise((r) => setTimeout(r, 20));
    const b = withLedgerLock(dir, () => {
      order.push('b');
    });
    await Promise.all([a, b]);
    expect(order).toEqual(['a in', 'a out', 'b']);
    await expect(
      withLedgerLock(dir, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(join(dir, '.reform', 'lock'))).toBe(false);
  });

  it('gives up after the wait with one clear line naming the holder', async () => {
    const { release } = await acquireLedgerLock(dir);
    try {
      const p = withLedgerLock(dir, () => 1, { waitMs: 100 });
      await expect(p).rejects.toBeInstanceOf(LockError);
      await expect(withLedgerLock(dir, () => 1, { waitMs: 100 })).rejects.toThrow(
        new RegExp(`pid ${process.pid}.*\\.reform/lock`),
      );
      const e = await withLedgerLock(dir, () => 1, { waitMs: 50 }).catch((x: Error) => x);
      expect(String((e as Error).message)).not.toContain('\n');
      expect((e as LockError).exitCode).toBe(2);
    } finally {
      release();
    }
  });

  it('takes over a lock whose process is gone (kill -9) and cleans up stale temporary files', async () => {
    mkdirSync(join(dir, '.reform', 'tmp'), { recursive: true });
    writeFileSync(
      join(dir, '.reform', 'lock'),
      JSON.stringify({ pid: deadPid(), host: hostname(), since: '2026-11-20T01:00:00Z' }),
    );
    writeFileSync(join(dir, '.reform', 'tmp', '.reminders.yaml.999.1.tmp'), 'half');
    writeFileSync(join(dir, '.reminders.yaml.12345.1732000000000.tmp'), 'half');
    const got = await withLedgerLock(dir, () => 'ok', { waitMs: 200 });
    expect(got).toBe('ok');
    expect(readdirSync(join(dir, '.reform', 'tmp'))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a folder that does not exist', async () => {
    await expect(withLedgerLock(join(base, 'nope'), () => 1)).rejects.toMatchObject({ exitCode: 2 });
  });

  it('keeps the lock and temporary files out of git status', async () => {
    const git = (...args: string[]) =>
      spawnSync('git', args, { cwd: base, encoding: 'utf8' }).stdout as string;
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'ledgers');
    await withLedgerLock(dir, (lock) => {
      writeFileSync(join(lock.tmpDir, '.tasks.yaml.1.2.tmp'), 'x');
      expect(git('status', '--porcelain')).toBe('');
    });
    // A lock left by a killed process is not shown either.
    writeFileSync(join(dir, '.reform', 'lock'), JSON.stringify({ pid: deadPid(), host: hostname() }));
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});

// ---- real processes -------------------------------------------------------------------------

const BIN = join(ROOT, 'bin', 'reform.js');

function reform(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: base, env: { ...process.env, NO_COLOR: '1', REFORM_LANG: '' }, encoding: 'utf8' },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface Entry {
  date: string;
  item: string;
  level: string;
  to: string;
}

function log(): Entry[] {
  return (parse(readFileSync(join(dir, 'reminders.yaml'), 'utf8')) as { reminders: Entry[] }).reminders;
}

const RECORD = ['remind', '--ledgers', 'ledgers', '--record', '--date', '2026-11-20', '--by', '测试员'];

describe('concurrent writers (real processes)', () => {
  it('two --record runs with different --unit at the same moment both land, once each', async () => {
    for (let trial = 0; trial < 3; trial++) {
      rmSync(dir, { recursive: true, force: true });
      cpSync(SAMPLE, dir, { recursive: true });
      const before = log().length;
      const [a, b] = await Promise.all([
        reform([...RECORD, '--unit', '东城区']),
        reform([...RECORD, '--unit', '市财政局']),
      ]);
      expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, expect.any(String), expect.any(String)]);
      const added = log().slice(before);
      expect(added.map((e) => e.to).sort()).toEqual(['东城区', '东城区', '市财政局']);
      expect(a.stderr).toContain('记录 2 条');
      expect(b.stderr).toContain('记录 1 条');
    }
  }, 60_000);

  it('two identical --record runs at the same moment log the day once', async () => {
    for (let trial = 0; trial < 2; trial++) {
      rmSync(dir, { recursive: true, force: true });
      cpSync(SAMPLE, dir, { recursive: true });
      const before = log().length;
      const [a, b] = await Promise.all([reform(RECORD), reform(RECORD)]);
      expect([a.code, b.code]).toEqual([0, 0]);
      // one of the two recorded the day's reminders, the other found nothing left to record
      const counts = [a.stderr, b.stderr].map((e) => Number(/记录 (\d+) 条/.exec(e)?.[1] ?? 0));
      const fresh = Math.max(...counts);
      expect(fresh).toBeGreaterThan(1);
      expect(Math.min(...counts)).toBe(0);
      const added = log().slice(before);
      const keys = added.map((e) => `${e.date} ${e.item} ${e.level} ${e.to}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(added.length).toBe(fresh);
    }
  }, 60_000);

  it('a writer that cannot get the lock in time fails with one line, exit 2, and writes nothing', async () => {
    const before = readFileSync(join(dir, 'reminders.yaml'), 'utf8');
    // A live process holds the lock.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      mkdirSync(join(dir, '.reform'), { recursive: true });
      writeFileSync(
        join(dir, '.reform', 'lock'),
        JSON.stringify({ pid: holder.pid, host: hostname(), since: '2026-11-20T01:00:00Z' }),
      );
      const r = await new Promise<{ code: number; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [BIN, ...RECORD],
          { cwd: base, env: { ...process.env, NO_COLOR: '1', REFORM_LOCK_WAIT: '0.3' }, encoding: 'utf8' },
          (err, _stdout, stderr) =>
            resolve({ code: err ? Number((err as { code?: number }).code) : 0, stderr }),
        );
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`pid ${holder.pid}`);
      expect(r.stderr).not.toMatch(/已记录|at .*\.js/);
      expect(readFileSync(join(dir, 'reminders.yaml'), 'utf8')).toBe(before);
    } finally {
      holder.kill('SIGKILL');
    }
  }, 30_000);
});
