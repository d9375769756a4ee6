// Editor and git settings of a new ledger repository.
import { FILE_KINDS, LEDGER_KINDS } from '../schema/kinds.js';

/**
 * VS Code settings: every file under ledgers/ gets its schema by where it lies, so split folders
 * validate without modelines. yaml-language-server matches each pattern against the end of the
 * file's address, and `*` there also crosses folders.
 */
export function vscodeSettings(): string {
  const schemas: Record<string, string[]> = {};
  for (const kind of FILE_KINDS) {
    const globs = [`ledgers/${kind}.yaml`, `ledgers/${kind}.yml`];
    if ((LEDGER_KINDS as readonly string[]).includes(kind))
      globs.push(`ledgers/${kind}/*.yaml`, `ledgers/${kind}/*.yml`);
    schemas[`./schemas/${kind}.schema.json`] = globs;
  }
  return `${JSON.stringify(
    {
      'yaml.schemas': schemas,
      'yaml.schemaStore.enable': false,
      'yaml.validate': true,
      'yaml.hover': true,
      'yaml.completion': true,
      'files.encoding': 'utf8',
      'files.eol': '\n',
      '[yaml]': {
        'editor.tabSize': 2,
        'editor.insertSpaces': true,
        'editor.autoIndent': 'keep',
        'editor.quickSuggestions': { other: true, comments: false, strings: true },
      },
    },
    null,
    2,
  )}\n`;
}

export function vscodeExtensions(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml', 'editorconfig.editorconfig'] }, null, 2)}\n`;
}

export function editorconfig(): string {
  return [
    '# 编辑器统一设置（https://editorconfig.org）：台账一律 UTF-8、换行符 LF、两个空格缩进',
    'root = true',
    '',
    '[*]',
    'charset = utf-8',
    'end_of_line = lf',
    'insert_final_newline = true',
    'trim_trailing_whitespace = true',
    '',
    '[*.{yaml,yml}]',
    'indent_style = space',
    'indent_size = 2',
    '',
    '[*.md]',
    'trim_trailing_whitespace = false',
    '',
  ].join('\n');
}

export function gitattributes(): string {
  return [
    '# 台账是文本：统一 LF 换行，按文本比较',
    '*.yaml text eol=lf',
    '*.yml text eol=lf',
    '*.json text eol=lf',
    '*.md text eol=lf',
    '.githooks/* text eol=lf',
    '',
    '# 催办记录只追加、每条一行：两人同时追加时，按行合并保留双方的记录（union），不产生冲突',
    'ledgers/reminders.yaml merge=union',
    'ledgers/reminders.yml merge=union',
    '',
  ].join('\n');
}

export function gitignore(): string {
  return [
    '# CI 生成的报告',
    'reform-diff.md',
    'reform-diff.json',
    'gl-code-quality-report.json',
    'reform-junit.xml',
    '',
  ].join('\n');
}

/** The pre-commit hook: `reform check` on the staged ledgers (the index, not the work tree). */
export function preCommitHook(): string {
  return `#!/bin/sh
# 提交前检查：对暂存区（即将提交的内容）中的台账运行 reform check，有错误时阻止提交。
# 启用：git config core.hooksPath .githooks （reform init 已为本仓库设置；新克隆的仓库需执行一次）
# 临时跳过：git commit --no-verify
if git diff --cached --quiet -- ledgers schemas; then
  exit 0
fi
if ! command -v reform >/dev/null 2>&1; then
  echo "提示：未找到 reform 命令，跳过提交前检查（CI 仍会检查）。" >&2
  exit 0
fi
tmp=$(mktemp -d 2>/dev/null || mktemp -d -t reform) || exit 1
trap 'rm -rf "$tmp"' EXIT
git ls-files -z -- ledgers schemas | xargs -0 git checkout-index --prefix="$tmp/" -- || exit 1
if [ ! -d "$tmp/ledgers" ]; then
  exit 0
fi
cd "$tmp" || exit 1
if ! reform check --ledgers ledgers; then
  echo "" >&2
  echo "台账检查未通过，未提交。请按上面的提示修改后重新 git add，再提交。" >&2
  exit 1
fi
`;
}
