// Commit metadata from `git log`: one format, one parser, used for a single revision and for
// the list of commits that touched the ledgers.
import { dayInZone } from './commit-date.js';
import { gitOutput, type GitOptions } from './run-git.js';
import { normalizeRepoPath } from './validate.js';
import { resolveCommit } from './revision.js';

export interface CommitInfo {
  sha: string;
  /** Committer date, YYYY-MM-DD in the policy's time zone (Asia/Shanghai by default). */
  date: string;
  subject: string;
  author: string;
}

// Fields end in NUL: hash, committer time (Unix seconds), author name, subject (one line).
const FORMAT = '--format=%H%x00%ct%x00%an%x00%s%x00';
// Options that keep user configuration (signatures, colour, mailmap) out of the output.
const LOG_OPTIONS = ['--no-show-signature', '--no-color', '--no-mailmap', FORMAT];

function parseCommits(out: string, opts: GitOptions): CommitInfo[] {
  const fields = out.split('\0');
  const commits: CommitInfo[] = [];
  for (let i = 0; i + 3 < fields.length; i += 4) {
    commits.push({
      sha: fields[i]!.trim(),
      date: dayInZone(Number(fields[i + 1]), opts.timeZone),
      author: fields[i + 2]!,
      subject: fields[i + 3]!,
    });
  }
  return commits;
}

/** The commit a revision names, with its date and subject. */
export async function resolveRevision(cwd: string, rev: string, opts: GitOptions = {}): Promise<CommitInfo> {
  const sha = await resolveCommit(cwd, rev, opts);
  const out = await gitOutput(cwd, ['log', '-1', ...LOG_OPTIONS, sha, '--'], opts);
  const [commit] = parseCommits(out, opts);
  if (!commit) throw new Error(`git log printed no commit for ${sha}`);
  return commit;
}

/**
 * Commits after `from` up to and including `to` that changed any of `paths` (repo-relative),
 * oldest first. Paths are literal (no glob or pathspec magic); [] means the whole repository.
 */
export async function commitsTouching(
  cwd: string,
  from: string,
  to: string,
  paths: readonly string[],
  opts: GitOptions = {},
): Promise<CommitInfo[]> {
  const specs = paths.map((p) => normalizeRepoPath(p) || '.');
  // a full commit id given by the caller was resolved already, and HEAD is git's own name: no
  // second git process for either (git log reads HEAD itself), and git log starts at once
  const direct = (rev: string) => /^[0-9a-f]{40}$/.test(rev) || rev === 'HEAD';
  const [a, b] =
    direct(from) && direct(to)
      ? [from, to]
      : await Promise.all([from, to].map((rev) => (direct(rev) ? rev : resolveCommit(cwd, rev, opts))));
  const args = ['--literal-pathspecs', 'log', '--reverse', ...LOG_OPTIONS, `${a}..${b}`, '--', ...specs];
  return parseCommits(await gitOutput(cwd, args, opts), opts);
}
