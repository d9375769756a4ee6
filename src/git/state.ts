// What git would answer about a ledger folder's repository, as one string: whether a result that
// depends on the repository (its HEAD, some revisions, the folder's status) can be reused.
import { runGit, type GitOptions } from './run-git.js';
import { assertRevision } from './validate.js';

/** The `git rev-parse` that begins repoState's answer (also asked by ledgerPathInRepo, see there). */
export function stateRevParse(revs: readonly string[]): string[] {
  return [
    'rev-parse',
    '--is-shallow-repository',
    '--show-toplevel',
    'HEAD',
    ...revs.map((rev) => `${rev}^{commit}`),
  ];
}

/** That rev-parse's exit code and output, as repoState takes them. */
export interface StateRevParse {
  revs: readonly string[];
  code: number;
  stdout: string;
}

/**
 * One `git rev-parse` from `dir`: shallow or not, the repository's root, HEAD's commit and the
 * commit of each of `revs` (its exit code and output as they are: a missing revision or no
 * repository is part of the answer). When every revision exists, `git status` of the folder too
 * (a second process): a change not yet committed is read as a version of its own. `asked`: that
 * rev-parse, already run from `dir` for the same revisions (not run again).
 */
export async function repoState(
  dir: string,
  revs: readonly string[],
  opts: GitOptions = {},
  asked?: StateRevParse,
): Promise<string> {
  for (const rev of revs) assertRevision(rev);
  const same = asked && asked.revs.length === revs.length && asked.revs.every((r, i) => r === revs[i]);
  const r = same ? asked : await runGit(dir, stateRevParse(revs), opts);
  let state = `${r.code}\n${typeof r.stdout === 'string' ? r.stdout : r.stdout.toString('utf8')}`;
  if (r.code === 0 && revs.length) {
    const s = await runGit(dir, ['status', '--porcelain', '--untracked-files=all', '--', '.'], opts);
    state += `\n${s.code}\n${s.stdout.toString('utf8')}`;
  }
  return state;
}
