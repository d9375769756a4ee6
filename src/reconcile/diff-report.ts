// What `reform diff` shows: the two versions compared and their semantic diff.
import type { LedgerDiff } from './diff.js';

/** A git revision as a report names it. */
export interface RevisionInfo {
  /** The revision as the user gave it (a tag, a branch, HEAD~3, a hash). */
  rev: string;
  sha: string;
  /** Committer day in the policy's time zone. */
  date: string;
  subject: string;
}

export interface DiffReport {
  from: RevisionInfo;
  /** Undefined: the working tree. */
  to?: RevisionInfo;
  diff: LedgerDiff;
  /** Findings (schema or YAML problems) in each version: their entries could not be compared. */
  problems: { older: number; newer: number };
}
