// Wording of git errors, Chinese and English side by side; each says what to do next.
import { messages } from '../i18n/index.js';
import type { GitError, GitErrorCode } from './git-error.js';

const M = messages({
  'git-missing': {
    zh: '找不到 git 命令。请先安装 git（https://git-scm.com），并确认在命令行中运行 git --version 可以看到版本号。',
    en: 'git was not found. Install git (https://git-scm.com) and make sure `git --version` works in this shell.',
  },
  'not-a-repo': {
    zh: '{path} 不在 git 仓库中。比对和对账要从 git 历史读取台账：请在台账所在的仓库里运行，或先用 git init 建库并提交台账。',
    en: '{path} is not inside a git repository. Diff and reconciliation read the ledgers from git history: run inside the repository that holds the ledgers, or create one with `git init` and commit them.',
  },
  'unsafe-directory': {
    zh: 'git 拒绝使用仓库 {path}：该目录属于另一个用户。如果信任它，请运行 git config --global --add safe.directory {path}',
    en: 'git refuses the repository {path} because another user owns it. If you trust it, run `git config --global --add safe.directory {path}`.',
  },
  'unknown-revision': {
    zh: '仓库中没有 git 版本“{rev}”。请用 git log --oneline 查看提交，用 git tag 查看标签，再指定一个存在的版本。',
    en: 'there is no git revision "{rev}" in this repository. List commits with `git log --oneline` and tags with `git tag`, then give one that exists.',
  },
  'invalid-revision': {
    zh: '“{rev}”不是可用的 git 版本名：版本名不能为空，不能以“-”开头，也不能包含换行等控制字符或首尾空格。',
    en: '"{rev}" is not a usable git revision: it must not be empty, start with "-", or contain line breaks, other control characters or surrounding spaces.',
  },
  shallow: {
    zh: '找不到 git 版本“{rev}”：当前仓库是浅克隆（shallow clone），缺少更早的历史。请运行 git fetch --unshallow --tags 取回完整历史；在 CI 中请检出完整历史（GitHub Actions 的 actions/checkout 设置 fetch-depth: 0）。',
    en: 'git revision "{rev}" is missing: this is a shallow clone without the older history. Run `git fetch --unshallow --tags` to fetch it; in CI check out the full history (GitHub Actions: actions/checkout with `fetch-depth: 0`).',
  },
  'missing-path': {
    zh: (p) =>
      p.rev
        ? `在 git 版本“${p.rev}”中没有找到 ${p.path}。请确认台账目录路径（相对于仓库根目录）在该版本中存在，可用 git ls-tree --name-only ${p.rev} 查看。`
        : `路径 ${p.path} 不能用于 git（含换行等控制字符）。请重命名该文件或目录。`,
    en: (p) =>
      p.rev
        ? `${p.path} was not found in git revision "${p.rev}". Check that the ledger folder (relative to the repository root) existed in that revision; \`git ls-tree --name-only ${p.rev}\` lists what it holds.`
        : `the path ${p.path} cannot be used with git (it contains a line break or another control character). Rename that file or folder.`,
  },
  'outside-repo': {
    zh: (p) =>
      p.root
        ? `${p.path} 不在 git 仓库 ${p.root} 之内。请指定该仓库中的台账目录。`
        : `${p.path} 不是仓库内的相对路径。请给出相对于仓库根目录、不以“/”或“..”开头的路径。`,
    en: (p) =>
      p.root
        ? `${p.path} is outside the git repository ${p.root}. Give a ledger folder inside that repository.`
        : `${p.path} is not a path inside the repository. Give a path relative to the repository root, not starting with "/" or "..".`,
  },
  failed: {
    zh: 'git 命令执行失败：{detail}',
    en: 'git failed: {detail}',
  },
});

/** Shows a value from a user or a file safely on one line (control characters escaped). */
function shown(value: string | undefined): string {
  if (value === undefined) return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\x00-\x1f\x7f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** The message a user reads for a GitError, in the active language. */
export function gitErrorMessage(err: GitError): string {
  const text = M[err.code satisfies GitErrorCode];
  return text({
    path: shown(err.path === '' ? '.' : err.path),
    rev: shown(err.rev),
    detail: shown(err.detail),
    root: shown(err.code === 'outside-repo' ? err.detail : undefined),
  });
}
