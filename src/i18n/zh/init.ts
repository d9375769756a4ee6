// reform init: what it says about the folder and each file it writes.
export const init = {
  notEmpty: (p: { dir: string }) =>
    `目录 ${p.dir} 不是空的；要在其中补建缺少的文件请加 --force（已有文件不会被覆盖）`,
  notDir: (p: { dir: string }) => `${p.dir} 不是目录`,
  badForge: (p: { forges: string }) => `--forge 可选：${p.forges}`,
  created: (p: { path: string }) => `已创建 ${p.path}`,
  same: (p: { path: string }) => `已存在且内容相同 ${p.path}`,
  kept: (p: { path: string }) =>
    `已存在，未覆盖 ${p.path}（如需新版本，请先改名或删除再运行 reform init --force）`,
  gitInit: '已初始化 git 仓库（分支 main）',
  gitFailed: (p: { detail: string }) => `git init 失败：${p.detail}`,
  nested: (p: { root: string }) =>
    `注意：该目录位于已有的 git 仓库 ${p.root} 中，未另建仓库；CI 配置只在仓库根目录生效，请把生成的 CI 文件移到根目录并调整其中的台账路径`,
  hooks: '已启用提交前检查（git config core.hooksPath .githooks）',
  next: (p: { dir: string }) =>
    `下一步：\n  cd ${p.dir}\n  reform check                # 检查台账模板\n  git add -A && git commit -m "建立改革台账"\n编辑 ledgers/ 下的文件，把示例条目改为本办的任务、试点和问题；详见 README.md。`,
};
