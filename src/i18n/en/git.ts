// Reading revisions through git: what to do when git cannot. (English; the shape is checked against the Chinese catalogue.)
import type { Zh } from '../zh/index.js';

// git/messages.ts
export const git: Zh['git'] = {
  'git-missing':
    'git was not found. Install git (https://git-scm.com) and make sure `git --version` works in this shell.',
  'not-a-repo': (p) =>
    `${p.path} is not inside a git repository. Diff and reconciliation read the ledgers from git history: run inside the repository that holds the ledgers, or create one with \`git init\` and commit them.`,
  'no-folder': (p) => `the ledger folder ${p.path} does not exist. Check the path given to --ledgers.`,
  'unsafe-directory': (p) =>
    `git refuses the repository ${p.path} because another user owns it. If you trust it, run \`git config --global --add safe.directory ${p.path}\`.`,
  'unknown-revision': (p) =>
    `there is no git revision "${p.rev}" in this repository. List commits with \`git log --oneline\` and tags with \`git tag\`, then give one that exists.`,
  'invalid-revision': (p) =>
    `"${p.rev}" is not a usable git revision: it must not be empty, start with "-", or contain line breaks, other control characters or surrounding spaces.`,
  historyTooShallow: (p) =>
    `cannot tell whether the adjustment records came before the changes: this is a shallow clone and the history since ${p.rev} is incomplete. Run git fetch --unshallow --tags; in CI check out the full history (actions/checkout with fetch-depth: 0).`,
  shallow: (p) =>
    `git revision "${p.rev}" is missing: this is a shallow clone without the older history. Run \`git fetch --unshallow --tags\` to fetch it; in CI check out the full history (GitHub Actions: actions/checkout with \`fetch-depth: 0\`).`,
  'missing-path': (p) =>
    p.rev
      ? `${p.path} was not found in git revision "${p.rev}". Check that the ledger folder (relative to the repository root) existed in that revision; \`git ls-tree --name-only ${p.rev}\` lists what it holds.`
      : `the path ${p.path} cannot be used with git (it contains a line break or another control character). Rename that file or folder.`,
  'outside-repo': (p) =>
    p.root
      ? `${p.path} is outside the git repository ${p.root}. Give a ledger folder inside that repository.`
      : `${p.path} is not a path inside the repository. Give a path relative to the repository root, not starting with "/" or "..".`,
  failed: (p) => `git failed: ${p.detail}`,
};
