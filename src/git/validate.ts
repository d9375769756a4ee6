// Checks on strings that come from users or ledger files before they reach git. A revision
// never starts with `-` (so git cannot take it as an option) and never holds a control
// character (so it cannot end a line of the cat-file protocol and smuggle in another request).
import { posix } from 'node:path';
import { GitError } from './git-error.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/;

export function assertRevision(rev: string): void {
  if (rev === '' || rev.startsWith('-') || CONTROL.test(rev) || rev.trim() !== rev) {
    throw new GitError('invalid-revision', { rev });
  }
}

/** A tag name git could store (a simplified `git check-ref-format`); anything else cannot exist. */
export function isPlausibleTagName(tag: string): boolean {
  if (tag === '' || tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/')) return false;
  if (tag.endsWith('.') || tag.endsWith('.lock') || tag === '@') return false;
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag) || tag.includes('..') || tag.includes('//') || tag.includes('@{')) {
    return false;
  }
  return tag.split('/').every((part) => !part.startsWith('.'));
}

/**
 * A repo-relative path as git wants it: `/` separators, no `./`, '' for the root. Throws
 * outside-repo for a path that climbs out or is absolute, missing-path for control characters
 * (a line break would break the cat-file protocol; such a file cannot be a ledger).
 */
export function normalizeRepoPath(path: string): string {
  const slashed = process.platform === 'win32' ? path.replace(/\\/g, '/') : path;
  if (CONTROL.test(slashed)) throw new GitError('missing-path', { path });
  if (slashed.startsWith('/')) throw new GitError('outside-repo', { path });
  const norm = posix.normalize(slashed === '' ? '.' : slashed).replace(/\/+$/, '');
  if (norm === '..' || norm.startsWith('../')) throw new GitError('outside-repo', { path });
  return norm === '.' ? '' : norm;
}
