// What `reform diff` shows: the two versions compared and their semantic diff.
import type { LedgerDiff } from './diff.js';
import type { RevisionInfo } from './versions.js';

export interface DiffReport {
  from: RevisionInfo;
  /** Undefined: the working tree. */
  to?: RevisionInfo;
  diff: LedgerDiff;
  /** Findings (schema or YAML problems) in each version: their entries could not be compared. */
  problems: { older: number; newer: number };
}
