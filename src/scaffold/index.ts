// Everything `reform init` writes, as data: paths relative to the new repository and their text.
import { FILE_KINDS } from '../schema/kinds.js';
import { schemaFileText } from '../schema/json-schema.js';
import { ciFiles, type Forge } from './ci.js';
import {
  editorconfig,
  gitattributes,
  gitignore,
  preCommitHook,
  vscodeExtensions,
  vscodeSettings,
} from './editor.js';
import { officeReadme } from './readme.js';
import { identity, ledgerTemplate } from './template.js';

export interface ScaffoldFile {
  path: string;
  content: string;
  executable?: boolean;
}

export interface ScaffoldOptions {
  office?: string;
  city?: string;
  forge: Forge;
  today: string;
  version: string;
}

export function scaffold(opts: ScaffoldOptions): ScaffoldFile[] {
  const ledgers = ledgerTemplate({ office: opts.office, city: opts.city, today: opts.today });
  const files: ScaffoldFile[] = [
    ...FILE_KINDS.map((k) => ({ path: `ledgers/${k}.yaml`, content: ledgers[k] })),
    ...FILE_KINDS.map((k) => ({ path: `schemas/${k}.schema.json`, content: schemaFileText(k) })),
    { path: '.vscode/settings.json', content: vscodeSettings() },
    { path: '.vscode/extensions.json', content: vscodeExtensions() },
    { path: '.editorconfig', content: editorconfig() },
    { path: '.gitattributes', content: gitattributes() },
    { path: '.gitignore', content: gitignore() },
    { path: '.githooks/pre-commit', content: preCommitHook(), executable: true },
    ...ciFiles(opts.forge, opts.version),
    { path: 'README.md', content: officeReadme(identity(opts), opts.forge) },
  ];
  return files;
}
