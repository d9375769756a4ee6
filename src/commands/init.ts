// `reform init [DIR]`: a new office's ledger repository, ready to use. Refuses a folder that
// already holds files (exit 2) unless --force; even then never replaces a file: one that exists
// is left as it is and named in the output. Makes the folder a git repository when it is not one.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError, EXIT_OK } from '../cli/errors.js';
import { todayIn } from '../domain/dates.js';
import { messages } from '../i18n/index.js';
import { runGit } from '../git/run-git.js';
import { scaffold } from '../scaffold/index.js';
import { FORGES, type Forge } from '../scaffold/ci.js';
import { VERSION } from '../version.js';

const M = messages({
  notEmpty: {
    zh: '目录 {dir} 不是空的；要在其中补建缺少的文件请加 --force（已有文件不会被覆盖）',
    en: 'folder {dir} is not empty; add --force to add the missing files (existing files are never overwritten)',
  },
  notDir: { zh: '{dir} 不是目录', en: '{dir} is not a folder' },
  badForge: { zh: '--forge 可选：{forges}', en: '--forge must be one of {forges}' },
  created: { zh: '已创建 {path}', en: 'created {path}' },
  same: { zh: '已存在且内容相同 {path}', en: 'already there, same content: {path}' },
  kept: {
    zh: '已存在，未覆盖 {path}（如需新版本，请先改名或删除再运行 reform init --force）',
    en: 'exists, not overwritten: {path} (rename or delete it and run reform init --force for the new version)',
  },
  gitInit: { zh: '已初始化 git 仓库（分支 main）', en: 'initialised a git repository (branch main)' },
  gitFailed: { zh: 'git init 失败：{detail}', en: 'git init failed: {detail}' },
  hooks: {
    zh: '已启用提交前检查（git config core.hooksPath .githooks）',
    en: 'enabled the pre-commit check (git config core.hooksPath .githooks)',
  },
  next: {
    zh: '下一步：\n  cd {dir}\n  reform check                # 检查台账模板\n  git add -A && git commit -m "建立改革台账"\n编辑 ledgers/ 下的文件，把示例条目改为本办的任务、试点和问题；详见 README.md。',
    en: 'next:\n  cd {dir}\n  reform check\n  git add -A && git commit -m "ledgers"\nedit the files under ledgers/, replacing the examples; see README.md.',
  },
});

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
    throw new UsageError(M.badForge({ forges: FORGES.join('、') }));
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(M.notDir({ dir: shown }));
    if (!isEmptyDir(dir) && !opts.force) throw new UsageError(M.notEmpty({ dir: shown }));
  } else {
    mkdirSync(dir, { recursive: true });
  }

  const files = scaffold({
    office: opts.office,
    city: opts.city,
    forge,
    today: todayIn('Asia/Shanghai', opts.now),
    version: VERSION,
  });
  const lines: string[] = [];
  for (const f of files) {
    const abs = join(dir, f.path);
    if (existsSync(abs)) {
      const same = statSync(abs).isFile() && readFileSync(abs, 'utf8') === f.content;
      lines.push(same ? M.same({ path: f.path }) : M.kept({ path: f.path }));
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    // 'wx': created here or not at all, never replacing what appeared meanwhile
    writeFileSync(abs, f.content, { flag: 'wx' });
    if (f.executable) chmodSync(abs, 0o755);
    lines.push(M.created({ path: f.path }));
  }

  const inside = await runGit(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.toString().trim() !== 'true') {
    const r = await runGit(dir, ['init', '--quiet']);
    if (r.code !== 0) throw new UsageError(M.gitFailed({ detail: r.stderr.trim() }));
    await runGit(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
    lines.push(M.gitInit());
  }
  const hooks = await runGit(dir, ['config', '--get', 'core.hooksPath']);
  if (hooks.code === 1) {
    await runGit(dir, ['config', 'core.hooksPath', '.githooks']);
    lines.push(M.hooks());
  }
  lines.push('', M.next({ dir: shown }));
  out.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
