// Every command shown as runnable in the README and in docs/ runs, on a copy of the sample
// ledgers with today fixed, and prints what the documentation shows. Documentation cannot rot.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { type Block, matchesOutput, runnableBlocks } from './runnable.js';

/** The sample's "today", fixed for every documented command. */
const DOC_TODAY = '2026-11-20';

function markdownFiles(): string[] {
  const out = [join(ROOT, 'README.md')];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(join(ROOT, 'docs'));
  return out;
}

/** A folder with a copy of the sample ledgers and `reform` on PATH; the environment to run in. */
function sandbox(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'reform-docs-')));
  cpSync(join(ROOT, 'ledgers'), join(dir, 'ledgers'), { recursive: true });
  cpSync(join(ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
  mkdirSync(join(dir, '.bin'));
  const shim = join(dir, '.bin', 'reform');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'reform.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  const env: NodeJS.ProcessEnv = {
    PATH: `${join(dir, '.bin')}:${process.env.PATH}`,
    HOME: dir,
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    COLUMNS: '100',
    REFORM_TODAY: DOC_TODAY,
    TZ: 'Asia/Shanghai',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CEILING_DIRECTORIES: dirname(dir),
    GIT_AUTHOR_NAME: '市委改革办',
    GIT_AUTHOR_EMAIL: 'gaigeban@example.org',
    GIT_COMMITTER_NAME: '市委改革办',
    GIT_COMMITTER_EMAIL: 'gaigeban@example.org',
    GIT_AUTHOR_DATE: `${DOC_TODAY}T09:00:00+08:00`,
    GIT_COMMITTER_DATE: `${DOC_TODAY}T09:00:00+08:00`,
  };
  return { dir, env };
}

function run(block: Block, dir: string, env: NodeJS.ProcessEnv): { code: number; out: string } {
  const r = spawnSync('bash', ['-o', 'pipefail', '-e', '-c', `exec 2>&1\n${block.script}`], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

const files = markdownFiles()
  .map((f) => ({
    file: relative(ROOT, f),
    blocks: runnableBlocks(relative(ROOT, f), readFileSync(f, 'utf8')),
  }))
  .filter((f) => f.blocks.length > 0);

describe('documentation blocks marked runnable', () => {
  it('exist in the README and the handbook', () => {
    const names = files.map((f) => f.file);
    expect(names).toContain('README.md');
    expect(names).toContain('docs/使用手册.md');
  });

  for (const { file, blocks } of files) {
    it(`${file}: every block runs and prints what is shown (${blocks.length} blocks)`, () => {
      const { dir, env } = sandbox();
      try {
        for (const b of blocks) {
          const r = run(b, dir, env);
          const where = `${b.file}:${b.line}\n$ ${b.script.trim()}\n${r.out}`;
          expect(r.code, `exit code at ${where}`).toBe(b.exit);
          if (b.output !== undefined)
            expect(matchesOutput(r.out, b.output), `output at ${where}\n--- shown:\n${b.output}`).toBe(true);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 240_000);
  }
});
