import { formatPath } from '../diagnostics/types.js';
import type { Check } from './context.js';

/** An id is unique across the three ledgers. */
export const duplicateId: Check = {
  name: 'duplicate-id',
  run({ ledger, loaded }, report) {
    const first = new Map<string, string>();
    for (const e of [...ledger.tasks, ...ledger.pilots, ...ledger.problems]) {
      const o = loaded.origin(e);
      const where = o ? `${o.file} ${formatPath(o.path)}` : '';
      const seen = first.get(e.id);
      if (seen === undefined) first.set(e.id, where);
      else report(e, 'duplicate-id', 'error', ['id'], { id: e.id, first: seen });
    }
  },
};
