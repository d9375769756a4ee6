// The CI definition for the office's forge. Every command in it is one a clerk could type; a test
// runs them in a fresh repository. Installing reform is skipped when the runner already has it;
// otherwise REFORM_PACKAGE names the package (an intranet registry name or a tarball address).
export const FORGES = ['github', 'gitlab', 'gitea'] as const;
export type Forge = (typeof FORGES)[number];

export interface CiFile {
  path: string;
  content: string;
}

const install = (version: string) =>
  `command -v reform || npm install -g "\${REFORM_PACKAGE:-reform@${version}}"`;

// GitHub and Gitea Actions share the workflow syntax: the triggers, the set-up steps and the check.
const ACTIONS_ON = `name: reform

on:
  push:
    branches: [main, master]
  pull_request:
`;

const actionsSetup = (version: string) => `jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: 安装 reform
        env:
          REFORM_PACKAGE: \${{ vars.REFORM_PACKAGE }}
        run: ${install(version)}
`;

const actionsCheck = (format: string) => `      - name: 校验台账
        env:
          BASE_REF: \${{ github.base_ref }}
        run: |
          if [ -n "$BASE_REF" ]; then
            reform check ${format}--since "origin/$BASE_REF"
          else
            reform check${format ? ` ${format.trim()}` : ''}
          fi
`;

function github(version: string): string {
  return `# reform 台账检查（GitHub Actions），由 reform init 生成，可按需修改。
# 每次推送和拉取请求（PR）都运行 reform check：错误以注释标在文件行上，有错误时检查不通过；
# PR 中还检查自目标分支以来未经批准的延期和被删除的条目，并把 reform diff 的变更说明评论到 PR。
# 安装：运行器已装有 reform 时直接使用；否则在仓库变量 REFORM_PACKAGE 中填写安装包
# （内网 npm 镜像中的包名，或 reform-${version}.tgz 的下载地址），缺省为 reform@${version}。
${ACTIONS_ON}
permissions:
  contents: read
  pull-requests: write

${actionsSetup(version)}      - name: 台账变更说明（评论到 PR）
        if: github.event_name == 'pull_request'
        continue-on-error: true
        env:
          GH_TOKEN: \${{ github.token }}
          GH_REPO: \${{ github.repository }}
          BASE_REF: \${{ github.base_ref }}
          PR_NUMBER: \${{ github.event.pull_request.number }}
        run: |
          reform diff "origin/$BASE_REF" HEAD --format markdown > reform-diff.md
          gh pr comment "$PR_NUMBER" --body-file reform-diff.md --edit-last || gh pr comment "$PR_NUMBER" --body-file reform-diff.md
${actionsCheck('--format github ')}`;
}

function gitlab(version: string): string {
  return `# reform 台账检查（GitLab CI），由 reform init 生成，可按需修改。
# 每次推送和合并请求（MR）都运行 reform check，有错误时流水线失败；检查结果同时作为“代码质量”
# 报告（codequality）上传，MR 页面上直接列出有问题的台账行。MR 中还检查自目标分支以来未经批准的
# 延期和被删除的条目。
# 可选：在“设置 → CI/CD → 变量”中添加 REFORM_NOTE_TOKEN（有 api 权限的项目访问令牌，建议“受保护、
# 隐藏”），流水线会把 reform diff 的变更说明作为评论贴到 MR 下；不设置则不评论，检查照常进行。
# 安装：运行器镜像已装有 reform 时直接使用；否则在变量 REFORM_PACKAGE 中填写安装包（内网 npm 镜像
# 中的包名，或 reform-${version}.tgz 的下载地址），缺省为 reform@${version}。
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
      when: never
    - if: $CI_COMMIT_BRANCH

reform:
  image: node:20
  variables:
    GIT_DEPTH: "0"
  before_script:
    - ${install(version)}
  script:
    - |
      REFORM_SINCE=""
      if [ -n "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" ]; then
        git fetch --quiet origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
        REFORM_SINCE="--since=origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
      fi
    - |
      if [ -n "$CI_MERGE_REQUEST_IID" ] && [ -n "$REFORM_NOTE_TOKEN" ]; then
        reform diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" HEAD --format markdown > reform-diff.md
        curl --silent --show-error --fail --request POST --header "PRIVATE-TOKEN: $REFORM_NOTE_TOKEN" --data-urlencode "body@reform-diff.md" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes" > /dev/null || echo "变更说明未能评论到 MR（不影响检查）"
      fi
    - reform check --format gitlab $REFORM_SINCE > gl-code-quality-report.json || true
    - reform check $REFORM_SINCE
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
`;
}

function gitea(version: string): string {
  return `# reform 台账检查（Gitea Actions），由 reform init 生成，可按需修改。
# 每次推送和合并请求都运行 reform check，有错误时检查不通过；合并请求中还检查自目标分支以来
# 未经批准的延期和被删除的条目。
# 可选：在仓库“设置 → Actions → 密钥”中添加 REFORM_NOTE_TOKEN（可写评论的访问令牌），流水线会把
# reform diff 的变更说明评论到合并请求下；不设置则不评论。
# 内网：actions/checkout 等动作须能从 Gitea 的动作镜像取得（管理员配置 DEFAULT_ACTIONS_URL）。
# 安装：运行器已装有 reform 时直接使用；否则在变量 REFORM_PACKAGE 中填写安装包（内网 npm 镜像中的
# 包名，或 reform-${version}.tgz 的下载地址），缺省为 reform@${version}。
${ACTIONS_ON}
${actionsSetup(version)}      - name: 台账变更说明（评论到合并请求）
        if: github.event_name == 'pull_request'
        continue-on-error: true
        env:
          TOKEN: \${{ secrets.REFORM_NOTE_TOKEN }}
          API: \${{ github.api_url }}
          REPO: \${{ github.repository }}
          BASE_REF: \${{ github.base_ref }}
          PR_NUMBER: \${{ github.event.pull_request.number }}
        run: |
          if [ -n "$TOKEN" ]; then
            reform diff "origin/$BASE_REF" HEAD --format markdown > reform-diff.md
            node -e 'process.stdout.write(JSON.stringify({ body: require("fs").readFileSync("reform-diff.md", "utf8") }))' > reform-diff.json
            curl --silent --show-error --fail -X POST -H "Authorization: token $TOKEN" -H "Content-Type: application/json" --data @reform-diff.json "$API/repos/$REPO/issues/$PR_NUMBER/comments" > /dev/null
          fi
${actionsCheck('')}`;
}

export function ciFiles(forge: Forge, version: string): CiFile[] {
  switch (forge) {
    case 'github':
      return [{ path: '.github/workflows/reform.yml', content: github(version) }];
    case 'gitlab':
      return [{ path: '.gitlab-ci.yml', content: gitlab(version) }];
    case 'gitea':
      return [{ path: '.gitea/workflows/reform.yml', content: gitea(version) }];
  }
}
