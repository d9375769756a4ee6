// The layer rules of docs/architecture.md, checked on the imports of src/: a rule broken by new
// code fails here with the file and the import that breaks it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

interface Import {
  /** The importing file, relative to src/ ('ledger/load.ts'). */
  file: string;
  /** What it imports: a file relative to src/ ('cli/errors.ts') or a package ('node:fs'). */
  target: string;
}

const imports: Import[] = [];
for (const abs of sourceFiles(SRC)) {
  const text = readFileSync(abs, 'utf8');
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
  )) {
    const spec = (m[1] ?? m[2])!;
    const target = spec.startsWith('.')
      ? relative(SRC, resolve(dirname(abs), spec)).replace(/\.js$/, '.ts')
      : spec;
    imports.push({ file: relative(SRC, abs), target });
  }
}

const folder = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : path);
const breaking = (test: (i: Import) => boolean) =>
  imports.filter(test).map((i) => `${i.file} imports ${i.target}`);

/** The pure core: no file, process or git access. */
const CORE = ['checks', 'domain', 'report', 'reconcile', 'schema', 'diagnostics'];

describe('layer rules (docs/architecture.md)', () => {
  it('sees the imports', () => {
    expect(imports.length).toBeGreaterThan(100);
  });

  it('1. nothing imports the commands except the CLI program', () => {
    // start-up (boot.ts) replays a recorded run before loading the command: the record alone
    const bootReplay = (i: Import) => i.file === 'boot.ts' && i.target === 'commands/shared/run-record.ts';
    expect(
      breaking(
        (i) =>
          folder(i.target) === 'commands' &&
          !['commands', 'cli.ts'].includes(folder(i.file)) &&
          !bootReplay(i),
      ),
    ).toEqual([]);
    expect(breaking((i) => i.target === 'cli.ts')).toEqual([]);
  });

  it('2. only the command layer reads the clock', () => {
    const readers = sourceFiles(SRC)
      .filter((f) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f))
      // file times (a temporary file's name, the lock's wait, the cache's use) are not readings of today
      .filter(
        (f) =>
          folder(f) !== 'commands' &&
          !['ledger/atomic-write.ts', 'ledger/lock.ts', 'ledger/cache.ts'].includes(f),
      );
    expect(readers).toEqual([]);
  });

  it('3. only the command layer decides exit codes (UsageError, EXIT_*)', () => {
    expect(
      breaking(
        (i) => i.target === 'cli/errors.ts' && !['commands', 'cli.ts', 'cli'].includes(folder(i.file)),
      ),
    ).toEqual([]);
  });

  it('4. the core does no I/O: no fs, no child processes, no git', () => {
    expect(
      breaking(
        (i) =>
          CORE.includes(folder(i.file)) &&
          (/^(node:)?(fs|fs\/promises|child_process|worker_threads)$/.test(i.target) ||
            folder(i.target) === 'git'),
      ),
    ).toEqual([]);
  });

  it('5. ledger/ builds on nothing above it', () => {
    const above = ['checks', 'reconcile', 'report', 'render', 'git', 'commands', 'versions', 'cli', 'cli.ts'];
    expect(breaking((i) => folder(i.file) === 'ledger' && above.includes(folder(i.target)))).toEqual([]);
  });

  it('6. render/ is used only by the command layer, and colour and tables only in render/', () => {
    expect(
      breaking(
        (i) => folder(i.target) === 'render' && !['render', 'commands', 'cli.ts'].includes(folder(i.file)),
      ),
    ).toEqual([]);
    expect(
      breaking((i) => ['chalk', 'cli-table3'].includes(i.target) && folder(i.file) !== 'render'),
    ).toEqual([]);
  });

  it('7. wording lives in the catalogues: no zh/en tables outside src/i18n/', () => {
    const tables = sourceFiles(SRC)
      .filter((f) => !relative(SRC, f).startsWith('i18n/'))
      .filter((f) => /\bmessages\(\{/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(tables).toEqual([]);
  });
});
