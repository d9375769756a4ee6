// src/git: the only code that talks to git. Everything goes through the git executable with
// argument arrays (never a shell); revisions are validated and passed after --end-of-options,
// paths after `--` or inside `<commit>:<path>`; reading many files uses one cat-file process.
export { GitError, isGitError, type GitErrorCode, type GitErrorInfo } from './git-error.js';
export { gitErrorMessage } from './messages.js';
export type { GitOptions, SpawnFn } from './run-git.js';
export { repoRoot, userName, ledgerPathInRepo, type RepoLocation } from './repo.js';
export { isShallow, tagExists, resolveCommit } from './revision.js';
export { resolveRevision, commitsTouching, type CommitInfo } from './commits.js';
export { listTree } from './list-tree.js';
export { BlobReader } from './blob-reader.js';
export { dayInZone, DEFAULT_TIME_ZONE } from './commit-date.js';
export { repoState, type StateRevParse } from './state.js';
