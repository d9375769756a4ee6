// The new repository's README, for the office's clerks (Chinese).
import type { Forge } from './ci.js';
import type { Identity } from './template.js';

const FORGE_TEXT: Record<Forge, string> = {
  github:
    '`.github/workflows/reform.yml`：每次推送和拉取请求自动运行 `reform check`，错误标注在文件行上；拉取请求下自动评论台账变更说明。',
  gitlab:
    '`.gitlab-ci.yml`：每次推送和合并请求自动运行 `reform check`，结果作为“代码质量”报告显示在合并请求页面；设置变量 `REFORM_NOTE_TOKEN` 后，合并请求下自动评论台账变更说明。',
  gitea:
    '`.gitea/workflows/reform.yml`：每次推送和合并请求自动运行 `reform check`；设置密钥 `REFORM_NOTE_TOKEN` 后，合并请求下自动评论台账变更说明。',
};

export function officeReadme(id: Identity, forge: Forge): string {
  const name = id.localName;
  return `# ${name}改革落实台账

本仓库用改革落实台账工具 reform 管理${name}的改革任务、改革试点和问题整改台账。

## 目录

| 位置 | 内容 |
|---|---|
| \`ledgers/tasks.yaml\` | 改革任务（总）台账 |
| \`ledgers/pilots.yaml\` | 改革试点台账 |
| \`ledgers/problems.yaml\` | 改革问题清单（挂账整改） |
| \`ledgers/units.yaml\` | 责任单位和牵头领导名录 |
| \`ledgers/policy.yaml\` | 督察督办规则（五级提醒天数、预告天数等） |
| \`ledgers/reminders.yaml\` | 催办记录（只追加） |
| \`schemas/\` | 台账结构说明，编辑器据此提示和校验，勿手工修改 |

各文件开头的注释列出了每个字段的含义。示例条目的标题以“示例”开头，正式使用前请改写或删除。
条目多时可把某本台账拆成目录，如 \`ledgers/tasks/2027.yaml\`。

## 日常使用

各人电脑上需装有 Node.js 20.19 以上和 reform（内网用安装包 \`npm install -g reform-<版本>.tgz\`，见 reform 的离线安装说明）。

\`\`\`sh
reform check                 # 检查台账：格式、必填项、日期、单位名称
reform remind                # 今天要催办的单位和事项
reform remind --record       # 把今天的提醒记入催办记录
reform report -o 报告.md      # 本季度督察报告（-q 2026Q4 指定季度）
reform calendar -o 节点日历.ics       # 关键节点日历，可导入手机和 Outlook
\`\`\`

## 编辑台账

推荐用 VS Code 打开本仓库并安装它推荐的 YAML 扩展：输入时有字段提示，日期、编号、取值写错会立即标红。
日期一律写作 \`2026-06-30\` 的形式；缩进用空格，不用 Tab。

## 提交前检查和自动检查

- 提交前检查：\`.githooks/pre-commit\` 在每次提交前对即将提交的台账运行 \`reform check\`，有错误时不能提交。
  新克隆本仓库后执行一次 \`git config core.hooksPath .githooks\` 即可启用。
- ${FORGE_TEXT[forge]}
- 两人同时追加催办记录时，合并会保留双方的记录（见 \`.gitattributes\`）。
`;
}
