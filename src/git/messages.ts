// Wording of git errors, Chinese and English side by side; each says what to do next.
import { messagesOf } from '../i18n/index.js';
import type { GitError, GitErrorCode } from './git-error.js';

const M = messagesOf('git');

/** Shows a value from a user or a file safely on one line (control characters escaped). */
function shown(value: string | undefined): string {
  if (value === undefined) return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\x00-\x1f\x7f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** The message a user reads for a GitError, in the active language. */
export function gitErrorMessage(err: GitError): string {
  const text = M[err.code satisfies GitErrorCode];
  return text({
    path: shown(err.path === '' ? '.' : err.path),
    rev: shown(err.rev),
    detail: shown(err.detail),
    root: shown(err.code === 'outside-repo' ? err.detail : undefined),
  });
}
