// `reform init [DIR]`: a new office's ledger repository, ready to use. Refuses a folder that
// already holds files (exit 2) unless --force; even then never replaces a file: one that exists
// is left as it is and named in the output. Makes the folder a git repository when it is not one.
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError, EXIT_OK } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { todayFor } from './shared/today.js';
import { runGit } from '../git/run-git.js';
import { scaffold } from '../scaffold/index.js';
import { FORGES, type Forge } from '../scaffold/ci.js';
import { VERSION } from '../version.js';
import { makeOutputDir } from './shared/output.js';

export interface InitOptions {
  dir?: string;
  office?: string;
  city?: string;
  forge?: string;
  force?: boolean;
  /** For tests: the clock. */
  now?: Date;
}

function isEmptyDir(dir: string): boolean {
  return readdirSync(dir).length === 0;
}

export async function runInit(
  opts: InitOptions,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const dir = resolve(opts.dir ?? '.');
  const shown = opts.dir ?? '.';
  const forge = (opts.forge ?? 'github') as Forge;
  if (!(FORGES as readonly string[]).includes(forge))
    throw new UsageError(t().init.badForge({ forges: FORGES.join('、') }));
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(t().init.notDir({ dir: shown }));
    if (!isEmptyDir(dir) && !opts.force) throw new UsageError(t().init.notEmpty({ dir: shown }));
  } else {
    makeOutputDir(dir);
  }

  const files = scaffold({
    office: opts.office,
    city: opts.city,
    forge,
    today: todayFor('Asia/Shanghai', opts.now),
    version: VERSION,
  });
  const lines: string[] = [];
  for (const f of files) {
    const abs = join(dir, f.path);
    if (existsSync(abs)) {
      const same = statSync(abs).isFile() && readFileSync(abs, 'utf8') === f.content;
      lines.push(same ? t().init.same({ path: f.path }) : t().init.kept({ path: f.path }));
      continue;
    }
    makeOutputDir(dirname(abs));
    // 'wx': created here or not at all, never replacing what appeared meanwhile
    writeFileSync(abs, f.content, { flag: 'wx' });
    if (f.executable) chmodSync(abs, 0o755);
    lines.push(t().init.created({ path: f.path }));
  }

  const inside = await runGit(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.toString().trim() !== 'true') {
    const r = await runGit(dir, ['init', '--quiet']);
    if (r.code !== 0) throw new UsageError(t().init.gitFailed({ detail: r.stderr.trim() }));
    await runGit(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
    lines.push(t().init.gitInit);
  } else {
    const top = await runGit(dir, ['rev-parse', '--show-toplevel']);
    const root = top.stdout.toString().trim();
    if (top.code === 0 && root && realpathSync(root) !== realpathSync(dir))
      lines.push(t().init.nested({ root }));
  }
  const hooks = await runGit(dir, ['config', '--get', 'core.hooksPath']);
  if (hooks.code === 1) {
    await runGit(dir, ['config', 'core.hooksPath', '.githooks']);
    lines.push(t().init.hooks);
  }
  lines.push('', t().init.next({ dir: shown }));
  out.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
