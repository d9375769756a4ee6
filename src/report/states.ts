// Where each item stands on the as-of day: one bucket per item, and the counts per bucket.
import type { ItemStatus } from '../domain/delay.js';
import type { Policy, Task } from '../schema/index.js';
import { countBy, counted } from './counted.js';
import { BANDS, BUCKETS, type Band, type Bucket, type StateCounts } from './types.js';

/** The item's bucket; a completed task written off (销号) by the as-of day counts as closed. */
export function bucketOf(s: ItemStatus, asOf: string): Bucket {
  switch (s.state) {
    case 'completed': {
      const closed = s.ledger === 'tasks' ? (s.entry as Task).closed : undefined;
      if (closed && closed.on <= asOf) return 'closed';
      return s.lateCompletion ? 'completedLate' : 'completedOnTime';
    }
    case 'closed':
      return 'closed';
    case 'suspended':
      return 'suspended';
    case 'withdrawn':
      return 'withdrawn';
    case 'behind':
      return 'behind';
    case 'on-schedule':
      return s.nodes.some((n) => n.due <= asOf) ? 'onSchedule' : 'notYetDue';
  }
}

export function bandOf(s: ItemStatus): Band {
  return s.level ?? 'below';
}

/** Behind for at least the circular band's days: a candidate for a circular (通报). */
export function isSerious(s: ItemStatus, bands: Policy['bands']): boolean {
  return s.state === 'behind' && s.daysBehind >= bands.circular;
}

export function isDone(b: Bucket): boolean {
  return b === 'completedOnTime' || b === 'completedLate' || b === 'closed';
}

export function isStopped(b: Bucket): boolean {
  return b === 'suspended' || b === 'withdrawn';
}

export function stateCounts(statuses: readonly ItemStatus[], asOf: string): StateCounts {
  const buckets = countBy(
    BUCKETS,
    statuses.map((s) => [bucketOf(s, asOf), s.item] as [Bucket, string]),
  );
  const behindBy = countBy(
    BANDS,
    statuses.filter((s) => s.state === 'behind').map((s) => [bandOf(s), s.item] as [Band, string]),
  );
  return { total: counted(statuses.map((s) => s.item)), ...buckets, behindBy };
}
