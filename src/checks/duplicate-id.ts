import { formatPath } from '../diagnostics/types.js';
import type { Check } from './context.js';

/** An id is unique across the three ledgers. */
export const duplicateId: Check = {
  name: 'duplicate-id',
  reads: ['id'],
  run({ ledger, loaded }, report) {
    const first = new Map<string, object>();
    for (const e of [...ledger.tasks, ...ledger.pilots, ...ledger.problems]) {
      const seen = first.get(e.id);
      if (seen === undefined) first.set(e.id, e);
      else report(e, 'duplicate-id', 'error', ['id'], { id: e.id, first: where(seen) });
    }
    function where(entry: object): string {
      const o = loaded.origin(entry);
      if (!o) return '';
      const line = loaded.locator(o.file)?.locate([...o.path, 'id']).line;
      return line ? `${o.file}:${line}` : `${o.file} ${formatPath(o.path)}`;
    }
  },
};
