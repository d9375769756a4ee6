// Reading revisions through git: what to do when git cannot.

// git/messages.ts
export const git = {
  'git-missing':
    '找不到 git 命令。请先安装 git（https://git-scm.com），并确认在命令行中运行 git --version 可以看到版本号。',
  'not-a-repo': (p: { path: string | number }) =>
    `${p.path} 不在 git 仓库中。比对和对账要从 git 历史读取台账：请在台账所在的仓库里运行，或先用 git init 建库并提交台账。`,
  'no-folder': (p: { path: string | number }) => `台账目录 ${p.path} 不存在。请确认 --ledgers 给出的路径。`,
  'unsafe-directory': (p: { path: string | number }) =>
    `git 拒绝使用仓库 ${p.path}：该目录属于另一个用户。如果信任它，请运行 git config --global --add safe.directory ${p.path}`,
  'unknown-revision': (p: { rev: string | number }) =>
    `仓库中没有 git 版本“${p.rev}”。请用 git log --oneline 查看提交，用 git tag 查看标签，再指定一个存在的版本。`,
  'invalid-revision': (p: { rev: string | number }) =>
    `“${p.rev}”不是可用的 git 版本名：版本名不能为空，不能以“-”开头，也不能包含换行等控制字符或首尾空格。`,
  historyTooShallow: (p: { rev: string | number }) =>
    `无法判断调整记录与时限修改的先后：当前仓库是浅克隆，${p.rev} 以来的提交历史不完整。请运行 git fetch --unshallow --tags 取回完整历史；在 CI 中请检出完整历史（actions/checkout 设置 fetch-depth: 0）。`,
  shallow: (p: { rev: string | number }) =>
    `找不到 git 版本“${p.rev}”：当前仓库是浅克隆（shallow clone），缺少更早的历史。请运行 git fetch --unshallow --tags 取回完整历史；在 CI 中请检出完整历史（GitHub Actions 的 actions/checkout 设置 fetch-depth: 0）。`,
  'missing-path': (p: { rev: string | number; path: string | number }) =>
    p.rev
      ? `在 git 版本“${p.rev}”中没有找到 ${p.path}。请确认台账目录路径（相对于仓库根目录）在该版本中存在，可用 git ls-tree --name-only ${p.rev} 查看。`
      : `路径 ${p.path} 不能用于 git（含换行等控制字符）。请重命名该文件或目录。`,
  'outside-repo': (p: { root: string | number; path: string | number }) =>
    p.root
      ? `${p.path} 不在 git 仓库 ${p.root} 之内。请指定该仓库中的台账目录。`
      : `${p.path} 不是仓库内的相对路径。请给出相对于仓库根目录、不以“/”或“..”开头的路径。`,
  failed: (p: { detail: string | number }) => `git 命令执行失败：${p.detail}`,
};
