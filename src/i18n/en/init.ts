import type { Zh } from '../zh/index.js';

export const init: Zh['init'] = {
  notEmpty: (p) =>
    `folder ${p.dir} is not empty; add --force to add the missing files (existing files are never overwritten)`,
  notDir: (p) => `${p.dir} is not a folder`,
  badForge: (p) => `--forge must be one of ${p.forges}`,
  created: (p) => `created ${p.path}`,
  same: (p) => `already there, same content: ${p.path}`,
  kept: (p) =>
    `exists, not overwritten: ${p.path} (rename or delete it and run reform init --force for the new version)`,
  gitInit: 'initialised a git repository (branch main)',
  gitFailed: (p) => `git init failed: ${p.detail}`,
  nested: (p) =>
    `note: the folder lies inside the git repository ${p.root}, so no repository was created; CI definitions only work at the repository root: move the CI file there and adjust the ledger paths in it`,
  hooks: 'enabled the pre-commit check (git config core.hooksPath .githooks)',
  next: (p) =>
    `next:\n  cd ${p.dir}\n  reform check\n  git add -A && git commit -m "ledgers"\nedit the files under ledgers/, replacing the examples; see README.md.`,
};
