import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { GitError, gitErrorMessage, type GitErrorCode } from '../../src/git/index.js';

const CODES: GitErrorCode[] = [
  'git-missing',
  'not-a-repo',
  'unsafe-directory',
  'unknown-revision',
  'invalid-revision',
  'shallow',
  'missing-path',
  'outside-repo',
  'failed',
];

const sample = (code: GitErrorCode) =>
  new GitError(code, { rev: 'baseline/2026', path: '/srv/ledgers', detail: 'boom' });

afterEach(() => setLang('zh'));

describe('gitErrorMessage', () => {
  it('words every code in Chinese by default and in English on request, with nothing left unfilled', () => {
    for (const code of CODES) {
      setLang('zh');
      const zh = gitErrorMessage(sample(code));
      setLang('en');
      const en = gitErrorMessage(sample(code));
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toBe(en);
      expect(zh + en).not.toMatch(/\{\w+\}/);
    }
  });

  it('tells a shallow clone how to fetch the history, locally and in CI', () => {
    for (const lang of ['zh', 'en'] as const) {
      setLang(lang);
      const text = gitErrorMessage(new GitError('shallow', { rev: 'baseline/2026' }));
      expect(text).toContain('baseline/2026');
      expect(text).toContain('git fetch --unshallow');
      expect(text).toContain('fetch-depth: 0');
    }
  });

  it('names the revision and says how to find the right one', () => {
    setLang('zh');
    const zh = gitErrorMessage(new GitError('unknown-revision', { rev: 'baseline/2025' }));
    expect(zh).toContain('baseline/2025');
    expect(zh).toContain('git tag');
    setLang('en');
    expect(gitErrorMessage(new GitError('git-missing'))).toContain('Install git');
  });

  it('words a path problem by what is known: the revision, the repository', () => {
    setLang('en');
    expect(
      gitErrorMessage(new GitError('missing-path', { rev: 'baseline/2026', path: 'ledgers' })),
    ).toContain('ledgers was not found in git revision "baseline/2026"');
    expect(gitErrorMessage(new GitError('missing-path', { path: 'a\nb' }))).toContain(
      'a\\nb cannot be used with git',
    );
    expect(gitErrorMessage(new GitError('outside-repo', { path: '/srv/x', detail: '/work/repo' }))).toContain(
      'outside the git repository /work/repo',
    );
    setLang('zh');
    expect(gitErrorMessage(new GitError('outside-repo', { path: '../x' }))).toContain('不是仓库内的相对路径');
  });

  it('shows control characters in a rejected revision escaped, on one line', () => {
    setLang('en');
    const text = gitErrorMessage(new GitError('invalid-revision', { rev: 'HEAD\n--output=x' }));
    expect(text).not.toContain('\n');
    expect(text).toContain('HEAD\\n--output=x');
  });
});
