// The one error type of src/git/. `code` says what went wrong in words neither Chinese nor
// English; commands turn it into a message with gitErrorMessage() (messages.ts).

export type GitErrorCode =
  /** The `git` executable is not installed or not on PATH. */
  | 'git-missing'
  /** The folder is not inside a git repository (or does not exist). */
  | 'not-a-repo'
  /** The ledger folder does not exist, and no repository around where it would be says otherwise. */
  | 'no-folder'
  /** git refuses the repository because another user owns it (safe.directory). */
  | 'unsafe-directory'
  /** The revision or tag does not name a commit in this repository. */
  | 'unknown-revision'
  /** The revision string is refused before git sees it (starts with `-`, control characters). */
  | 'invalid-revision'
  /** The revision is missing and the clone is shallow: the history was never fetched. */
  | 'shallow'
  /** The folder does not exist at that revision. */
  | 'missing-path'
  /** The folder or path lies outside the repository. */
  | 'outside-repo'
  /** Anything else git reported; `detail` holds git's own first line. */
  | 'failed';

export interface GitErrorInfo {
  detail?: string;
  /** The revision as the user gave it. */
  rev?: string;
  /** The folder or repo-relative path concerned. */
  path?: string;
}

export class GitError extends Error {
  readonly code: GitErrorCode;
  readonly detail?: string;
  readonly rev?: string;
  readonly path?: string;

  constructor(code: GitErrorCode, info: GitErrorInfo = {}) {
    const parts = [info.rev, info.path, info.detail].filter((p) => p !== undefined && p !== '');
    super(`git: ${code}${parts.length > 0 ? `: ${parts.map((p) => JSON.stringify(p)).join(' ')}` : ''}`);
    this.name = 'GitError';
    this.code = code;
    if (info.detail !== undefined) this.detail = info.detail;
    if (info.rev !== undefined) this.rev = info.rev;
    if (info.path !== undefined) this.path = info.path;
  }
}

export function isGitError(err: unknown, code?: GitErrorCode): err is GitError {
  return err instanceof GitError && (code === undefined || err.code === code);
}
