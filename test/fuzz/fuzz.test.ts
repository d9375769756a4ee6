// Fuzzing (issue 10): a few hundred random mutations of the sample ledgers, with a fixed seed so
// every run tries the same cases. Each goes through the loader and every check in-process (the
// code every command starts with); a sample also runs the real binary (`check` and `remind`, JSON
// output). Asserted: nothing throws but a usage error, every diagnostic has a file and a line, the
// binary exits 0, 1 or 2 without a stack trace, its JSON parses, and no run takes 20 s.
// FUZZ_CASES and FUZZ_SEED change the number of cases and the seed (e.g. for a longer local run).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import { finalize } from '../../src/diagnostics/finalize.js';
import { assessAll } from '../../src/domain/delay.js';
import { InputError } from '../../src/domain/input-error.js';
import { loadTexts, type SourceText } from '../../src/ledger/load.js';
import type { Cache } from '../../src/ledger/cache.js';
import { ROOT } from '../helpers.js';
import { BIN, binaryEnv } from '../e2e/binary.js';
import { mutate, rng } from './mutate.js';

const CASES = Number(process.env.FUZZ_CASES ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261120);
/** Every how many cases the binary runs too. */
const BINARY_EVERY = 34;
const LIMIT_MS = 20_000;
const TODAY = '2026-11-20';

const FILES = ['tasks', 'tasks', 'tasks', 'pilots', 'problems', 'units', 'policy', 'reminders'] as const;
const ORIGINAL = new Map(
  [...new Set(FILES)].map((kind) => [kind, readFileSync(join(ROOT, 'ledgers', `${kind}.yaml`), 'utf8')]),
);

interface Case {
  n: number;
  kind: (typeof FILES)[number];
  text: string;
}

function cases(): Case[] {
  const r = rng(SEED);
  return Array.from({ length: CASES }, (_, n) => {
    const kind = FILES[Math.floor(r() * FILES.length)]!;
    return { n, kind, text: mutate(ORIGINAL.get(kind)!, r) };
  });
}

const BYTES = new Map([...ORIGINAL].map(([kind, text]) => [kind, Buffer.from(text)]));

function sources(c: Case): SourceText[] {
  return [...BYTES].map(([kind, bytes]) => ({
    kind,
    file: `ledgers/${kind}.yaml`,
    bytes: kind === c.kind ? Buffer.from(c.text) : bytes,
  }));
}

/** The loader's parse cache, in memory: the files a case leaves alone are not parsed again. */
function memoryCache(): Cache {
  const values = new Map<string, unknown>();
  const id = (ns: string, key: string | Uint8Array) =>
    `${ns}\0${typeof key === 'string' ? key : Buffer.from(key).toString('base64')}`;
  return {
    root: '(memory)',
    get: <T>(ns: string, key: string | Uint8Array) => {
      const v = values.get(id(ns, key));
      return (v === undefined ? undefined : structuredClone(v)) as T | undefined;
    },
    put: (ns, key, value) => void values.set(id(ns, key), structuredClone(value)),
  };
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function runBinary(
  dir: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args, '--ledgers', dir, '--no-cache'],
      { env: binaryEnv(), encoding: 'utf8', maxBuffer: 256 << 20, timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({
          code: err ? Number((err as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          ms: performance.now() - start,
        }),
    );
  });
}

function expectLocated(diagnostics: readonly { file: string; line: number }[], label: string) {
  for (const d of diagnostics) {
    expect(typeof d.file === 'string' && d.file.length > 0, `${label}: diagnostic without a file`).toBe(true);
    expect(Number.isInteger(d.line) && d.line >= 1, `${label}: diagnostic without a line`).toBe(true);
  }
}

describe(`fuzz: ${CASES} mutations of the sample ledgers (seed ${SEED})`, () => {
  const all = cases();

  it('the loader and the checks: located diagnostics, no crash, no case over 20 s', () => {
    let withErrors = 0;
    const cache = memoryCache();
    for (const c of all) {
      const label = `case ${c.n} (${c.kind}.yaml)`;
      const start = performance.now();
      let loaded: ReturnType<typeof loadTexts>;
      try {
        loaded = loadTexts(sources(c), 'ledgers', { cache });
      } catch (err) {
        // a usage error (exit 2) is an answer; anything else is a crash
        if (err instanceof InputError) continue;
        throw new Error(`${label}: ${(err as Error).stack}`);
      }
      let diagnostics: ReturnType<typeof finalize>;
      try {
        diagnostics = finalize([...loaded.findings, ...runChecks(loaded, TODAY)], loaded.locator);
        if (!diagnostics.some((d) => d.severity === 'error'))
          assessAll(loaded.ledger, { asOf: TODAY, policy: loaded.ledger.policy });
      } catch (err) {
        if (err instanceof InputError) continue;
        throw new Error(`${label}: ${(err as Error).stack}`);
      }
      expectLocated(diagnostics, label);
      if (diagnostics.some((d) => d.severity === 'error')) withErrors++;
      expect(performance.now() - start, `${label} took too long`).toBeLessThan(LIMIT_MS);
    }
    // the mutations do break things (else this would test nothing), and not every time
    expect(withErrors).toBeGreaterThan(CASES / 4);
    expect(withErrors).toBeLessThan(CASES);
  }, 300_000);

  it('the binary on a sample: exit 0, 1 or 2, no stack trace, JSON that parses', async () => {
    const sample = all.filter((c) => c.n % BINARY_EVERY === 0);
    const base = mkdtempSync(join(tmpdir(), 'reform-fuzz-'));
    const runOne = async (c: Case) => {
      const dir = join(base, `case-${c.n}`);
      cpSync(join(ROOT, 'ledgers'), dir, { recursive: true });
      writeFileSync(join(dir, `${c.kind}.yaml`), c.text);
      const command = c.n % (2 * BINARY_EVERY) === 0 ? 'check' : 'remind';
      return { c, command, r: await runBinary(dir, [command, '--format', 'json']) };
    };
    // two at a time (CI has two cores), so that a run's time is its own
    const runs: Awaited<ReturnType<typeof runOne>>[] = [];
    for (let i = 0; i < sample.length; i += 2)
      runs.push(...(await Promise.all(sample.slice(i, i + 2).map(runOne))));
    for (const { c, command, r } of runs) {
      const label = `case ${c.n} (${c.kind}.yaml), ${command}`;
      expect([0, 1, 2], `${label}: exit ${r.code}\n${r.stderr}`).toContain(r.code);
      expect(r.stderr, label).not.toMatch(STACK);
      expect(r.stdout, label).not.toMatch(STACK);
      expect(r.ms, `${label} took too long`).toBeLessThan(LIMIT_MS);
      if (command === 'check' && r.code !== 2) {
        const json = JSON.parse(r.stdout) as { diagnostics: { file: string; line: number }[] };
        expectLocated(json.diagnostics, label);
      }
      if (command === 'remind' && r.code === 0) JSON.parse(r.stdout);
    }
  }, 300_000);
});
