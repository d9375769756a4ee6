// What `reform reconcile` shows: the reconciliation, the baseline it was made against, and what
// --close / --carry-over wrote (or would write).
import type { CloseOutResult } from './close.js';
import type { Reconciliation } from './reconcile.js';
import type { RevisionInfo } from './diff-report.js';

export interface ReconcileReport {
  reconciliation: Reconciliation;
  /** A git revision, or a ledger folder on disk. */
  baseline: { revision?: RevisionInfo; folder?: string };
  today: string;
  /** The period has not ended: the reconciliation is as of today. */
  early: boolean;
  /** Days are counted as working days. */
  workdays: boolean;
  closeOut?: CloseOutResult;
}
