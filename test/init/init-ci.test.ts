// `reform init` for each forge, then the commands of the CI file it wrote, run as the forge
// would run them: on the default branch, on a merge request that passes, and on one that breaks
// a ledger (the job must fail and the report must point at the line).
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { runActions, runGitlab } from './forge-runner.js';

vi.setConfig({ testTimeout: 180_000 });

const GIT_ENV = {
  GIT_AUTHOR_NAME: '测试',
  GIT_AUTHOR_EMAIL: 'clerk@example.invalid',
  GIT_COMMITTER_NAME: '测试',
  GIT_COMMITTER_EMAIL: 'clerk@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function reform(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'reform.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REFORM_LANG: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A new office repository pushed to a bare "forge" remote, with a merge-request branch `mr`. */
function office(forge: string, breakIt: boolean) {
  const base = mkdtempSync(join(tmpdir(), `reform-init-${forge}-`));
  const repo = join(base, 'office');
  const r = reform(base, 'init', 'office', '--city', '云岭', '--office', '市委改革办', '--forge', forge);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '--no-verify', '-m', '建立改革台账');
  git(base, 'init', '--quiet', '--bare', 'forge.git');
  git(repo, 'remote', 'add', 'origin', join(base, 'forge.git'));
  git(repo, 'push', '--quiet', 'origin', 'main');
  git(repo, 'fetch', '--quiet', 'origin');
  git(repo, 'checkout', '--quiet', '-b', 'mr');
  const tasksFile = join(repo, 'ledgers', 'tasks.yaml');
  let text = readFileSync(tasksFile, 'utf8');
  text = text.replace(
    /( {6}- \{date: (\S+), note: [^}]*\}\n)/,
    '$1      - {date: $2, note: 方案已报市委改革办审核}\n',
  );
  if (breakIt) text = text.replace(/deadline: \d{4}-\d\d-\d\d/, 'deadline: 2026-02-30');
  writeFileSync(tasksFile, text);
  git(repo, 'commit', '--quiet', '--no-verify', '-am', '报送进展');
  const badLine = text.split('\n').findIndex((l) => l.includes('2026-02-30')) + 1;
  return { repo, badLine };
}

const actionsExpressions = (baseRef: string) => ({
  'vars.REFORM_PACKAGE': '',
  'github.token': 'ghs_test',
  'github.repository': 'yunling/ledgers',
  'github.base_ref': baseRef,
  'github.event.pull_request.number': '7',
  'github.api_url': 'http://forge.invalid/api/v1',
  'secrets.REFORM_NOTE_TOKEN': 'note-token',
});

describe.each(['github', 'gitea'] as const)('reform init --forge %s, then its workflow', (forge) => {
  const wfPath = forge === 'github' ? '.github/workflows/reform.yml' : '.gitea/workflows/reform.yml';

  it('passes on the default branch and on a pull request, and comments the diff', () => {
    const { repo } = office(forge, false);
    const wf = join(repo, wfPath);
    git(repo, 'checkout', '--quiet', 'main');
    const push = runActions(wf, repo, { event: 'push', baseRef: '', expressions: actionsExpressions('') });
    expect(push.output).toContain('台账检查通过');
    expect(push.ok, push.output).toBe(true);

    git(repo, 'checkout', '--quiet', 'mr');
    const pr = runActions(wf, repo, {
      event: 'pull_request',
      baseRef: 'main',
      expressions: actionsExpressions('main'),
    });
    expect(pr.ok, pr.output).toBe(true);
    expect(
      pr.steps.every((s) => s.code === 0 || (forge === 'github' && s.allowedToFail)),
      pr.output,
    ).toBe(true);
    expect(pr.output).toContain('台账检查通过');
    // the comment carries the markdown diff: the changed task and its new progress note
    expect(pr.posted).toContain('RW-');
    expect(pr.posted).toContain('方案已报市委改革办审核');
    if (forge === 'github') expect(pr.posted).toMatch(/^gh pr comment 7 --body-file reform-diff.md/m);
    else expect(pr.posted).toContain('http://forge.invalid/api/v1/repos/yunling/ledgers/issues/7/comments');
  });

  it('fails a pull request that breaks a ledger, pointing at the line', () => {
    const { repo, badLine } = office(forge, true);
    const pr = runActions(join(repo, wfPath), repo, {
      event: 'pull_request',
      baseRef: 'main',
      expressions: actionsExpressions('main'),
    });
    expect(pr.ok).toBe(false);
    expect(pr.output).toContain('台账检查未通过');
    if (forge === 'github') expect(pr.output).toContain(`::error file=ledgers/tasks.yaml,line=${badLine},`);
    else expect(pr.output).toContain(`ledgers/tasks.yaml:${badLine}:`);
  });
});

describe('reform init --forge gitlab, then its job', () => {
  const mrVariables = {
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_MERGE_REQUEST_IID: '7',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_API_V4_URL: 'http://forge.invalid/api/v4',
    CI_PROJECT_ID: '42',
  };

  it('passes on the default branch without a token, posting nothing', () => {
    const { repo } = office('gitlab', false);
    git(repo, 'checkout', '--quiet', 'main');
    const r = runGitlab(join(repo, '.gitlab-ci.yml'), repo, {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BRANCH: 'main',
    });
    expect(r.ok, r.output).toBe(true);
    expect(r.posted).toBe('');
    expect(r.artifacts).toEqual(['gl-code-quality-report.json']);
    expect(JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
  });

  it('on a merge request with a token: passes and posts the diff as a note', () => {
    const { repo } = office('gitlab', false);
    const r = runGitlab(join(repo, '.gitlab-ci.yml'), repo, {
      ...mrVariables,
      REFORM_NOTE_TOKEN: 'glpat-test',
    });
    expect(r.ok, r.output).toBe(true);
    expect(r.posted).toContain('http://forge.invalid/api/v4/projects/42/merge_requests/7/notes');
    expect(r.posted).toContain('PRIVATE-TOKEN: glpat-test');
    expect(r.posted).toContain('方案已报市委改革办审核');
  });

  it('fails a merge request that breaks a ledger; the Code Quality report names the line', () => {
    const { repo, badLine } = office('gitlab', true);
    const r = runGitlab(join(repo, '.gitlab-ci.yml'), repo, mrVariables);
    expect(r.ok).toBe(false);
    expect(r.posted).toBe('');
    expect(r.output).toContain('台账检查未通过');
    const report = JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8'));
    expect(report).toContainEqual(
      expect.objectContaining({
        check_name: 'invalid-date',
        severity: 'major',
        location: { path: 'ledgers/tasks.yaml', lines: { begin: badLine } },
      }),
    );
  });
});
