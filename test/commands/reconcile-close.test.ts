import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runReconcile, type ReconcileOptions } from '../../src/commands/reconcile.js';
import { runCheck } from '../../src/commands/check.js';
import { setLang } from '../../src/i18n/index.js';
import { removeTemp, type TempRepo } from '../git/temp-repo.js';
import { ledgerAt, listYaml, scenarioRepo, JULY_5 } from '../reconcile/scenario.js';
import { sink } from '../helpers.js';

const JAN_5 = new Date('2027-01-05T04:00:00Z');

let repo: TempRepo;
let dir: string;
let tasksFile: string;

beforeEach(() => {
  setLang('zh');
  repo = scenarioRepo().repo;
  dir = join(repo.dir, 'ledgers');
  tasksFile = join(dir, 'tasks.yaml');
});
afterAll(removeTemp);

async function run(opts: Partial<ReconcileOptions>) {
  const out = sink();
  const err = sink();
  const code = await runReconcile({ ledgers: dir, period: '2026H1', now: JULY_5, ...opts }, out, err);
  return { code, out: out.text(), err: err.text() };
}

function snapshot(): Record<string, string> {
  // the ledger files (the lock's state folder .reform/ is not part of the ledger)
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== '.reform')
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** The text with the given inserted blocks taken out again. */
function without(text: string, blocks: string[]): string {
  let out = text;
  for (const b of blocks) {
    expect(out).toContain(b);
    out = out.replace(b, '');
  }
  return out;
}

const CLOSED_RW001 = '    closed:\n      on: 2026-07-05\n      period: 2026H1\n';

describe('reform reconcile --close', () => {
  it('writes the close-out into each closable task and leaves every other byte alone', async () => {
    const before = snapshot();
    const r = await run({ close: true, format: 'json' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.close_out).toMatchObject({ dry_run: false, closed: 1, carried_over: 0 });
    expect(json.close_out.files).toEqual([
      expect.objectContaining({
        written: true,
        inserted: [
          {
            id: 'RW-001',
            key: 'closed',
            value: { on: '2026-07-05', period: '2026H1' },
            after_line: expect.any(Number),
          },
        ],
      }),
    ]);
    const after = snapshot();
    expect(without(after['tasks.yaml']!, [CLOSED_RW001])).toBe(before['tasks.yaml']);
    expect(after['tasks.yaml']!.indexOf(CLOSED_RW001)).toBeLessThan(
      after['tasks.yaml']!.indexOf('- id: RW-002'),
    );
    expect(after['tasks.yaml']!.indexOf(CLOSED_RW001)).toBeGreaterThan(
      after['tasks.yaml']!.indexOf('evidence: 市发改委〔2026〕12号'),
    );
    for (const f of ['pilots.yaml', 'problems.yaml', 'units.yaml']) expect(after[f]).toBe(before[f]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // the ledgers still pass reform check, and the closed task is now reported as closed
    expect(await runCheck({ ledgers: dir, format: 'text', now: JULY_5 }, sink())).toBe(0);
    const again = JSON.parse((await run({ format: 'json' })).out);
    expect(again.items.find((i: { id: string }) => i.id === 'RW-001')).toMatchObject({
      closable: false,
      closed: { on: '2026-07-05', period: '2026H1' },
    });
  });

  it('is idempotent: a second run writes nothing', async () => {
    await run({ close: true });
    const once = snapshot();
    const r = await run({ close: true });
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有需要写入的内容');
    expect(snapshot()).toEqual(once);
  });

  it('--dry-run shows what would be written and writes nothing', async () => {
    const before = snapshot();
    const r = await run({ close: true, dryRun: true });
    expect(r.code).toBe(0);
    expect(r.out).toContain('销号与结转（试运行，未写入任何文件）');
    expect(r.out).toMatch(
      /将写入 .*tasks\.yaml：\n {4}第 \d+ 行后（RW-001）：\n {6}\+ {5}closed:\n {6}\+ {7}on: 2026-07-05\n {6}\+ {7}period: 2026H1/,
    );
    expect(snapshot()).toEqual(before);
  });

  it('an interrupted write leaves the old file whole, and the next run completes it', async () => {
    const before = snapshot();
    const r = await run({
      close: true,
      writeHooks: {
        beforeRename: () => {
          throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
        },
      },
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/未能写入 .*tasks\.yaml：EIO（该文件保持原样）/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dir, '.reform', 'tmp'))).toEqual([]);
    expect((await run({ close: true })).code).toBe(0);
    expect(readFileSync(tasksFile, 'utf8')).toContain(CLOSED_RW001);
  });

  it('refuses to date a close-out after today', async () => {
    await expect(run({ close: true, date: '2026-07-06' })).rejects.toThrow(/晚于今天 2026-07-05/);
  });
});

describe('reform reconcile --period 2026 --carry-over', () => {
  it('closes the finished tasks and carries every unfinished one into next year, once', async () => {
    const before = snapshot();
    const r = await run({ period: '2026', close: true, carryOver: true, now: JAN_5, format: 'json' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const carried = json.items
      .filter((i: { carryable: boolean }) => i.carryable)
      .map((i: { id: string }) => i.id)
      .sort();
    expect(carried).toEqual(['RW-003', 'RW-004', 'RW-006', 'RW-007', 'RW-008']);
    expect(json.close_out).toMatchObject({ closed: 1, carried_over: 5 });
    const text = readFileSync(tasksFile, 'utf8');
    const carry = "    carried_over:\n      to: '2027'\n      on: 2027-01-05\n";
    expect(text.split(carry)).toHaveLength(6);
    const closed = "    closed:\n      on: 2027-01-05\n      period: '2026'\n";
    expect(without(text, [closed, carry, carry, carry, carry, carry])).toBe(before['tasks.yaml']);
    expect(await runCheck({ ledgers: dir, format: 'text', now: JAN_5 }, sink())).toBe(0);
    // a second run changes nothing
    const again = await run({ period: '2026', close: true, carryOver: true, now: JAN_5, format: 'json' });
    expect(JSON.parse(again.out).close_out).toMatchObject({ closed: 0, carried_over: 0 });
    expect(readFileSync(tasksFile, 'utf8')).toBe(text);
  });

  it('edits each file of a ledger kept as a folder of files', async () => {
    const tasks = ledgerAt(8).tasks;
    repo.remove('ledgers/tasks.yaml');
    repo.write('ledgers/tasks/a.yaml', listYaml('tasks', tasks.slice(0, 4)));
    repo.write(
      'ledgers/tasks/b.yaml',
      `# 第二个文件\ntasks:\n${stringify(tasks.slice(4), { lineWidth: 0 }).replace(/^/gm, '    ').replace(/ +$/, '')}`,
    );
    const a = readFileSync(join(dir, 'tasks/a.yaml'), 'utf8');
    const b = readFileSync(join(dir, 'tasks/b.yaml'), 'utf8');
    const r = await run({ period: '2026', close: true, carryOver: true, now: JAN_5, format: 'json' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.items.find((i: { id: string }) => i.id === 'RW-004').result).toBe('behind');
    expect(
      json.close_out.files.map((f: { file: string; inserted: unknown[] }) => [
        f.file.split('/').slice(-2).join('/'),
        f.inserted.length,
      ]),
    ).toEqual([
      ['tasks/a.yaml', 3],
      ['tasks/b.yaml', 3],
    ]);
    const carryB = "      carried_over:\n        to: '2027'\n        on: 2027-01-05\n";
    const b2 = readFileSync(join(dir, 'tasks/b.yaml'), 'utf8');
    expect(without(b2, [carryB, carryB, carryB])).toBe(b);
    expect(readFileSync(join(dir, 'tasks/a.yaml'), 'utf8')).not.toBe(a);
    expect(existsSync(join(dir, 'tasks.yaml'))).toBe(false);
    expect(await runCheck({ ledgers: dir, format: 'text', now: JAN_5 }, sink())).toBe(0);
  });
});

describe('reform reconcile --close and the ledger lock', () => {
  it('fails with one line, exit 2, when another writer holds the folder, and writes nothing', async () => {
    const before = snapshot();
    const { acquireLedgerLock } = await import('../../src/ledger/lock.js');
    const { release } = await acquireLedgerLock(dir);
    try {
      process.env.REFORM_LOCK_WAIT = '0.2';
      await expect(run({ close: true })).rejects.toMatchObject({
        exitCode: 2,
        message: expect.stringMatching(/正被另一个 reform 进程写入.*本次未写入任何内容/),
      });
    } finally {
      delete process.env.REFORM_LOCK_WAIT;
      release();
    }
    expect(snapshot()).toEqual(before);
    expect((await run({ close: true })).code).toBe(0);
    expect(readFileSync(tasksFile, 'utf8')).toContain(CLOSED_RW001);
  });
});
