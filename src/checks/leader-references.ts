import type { Check } from './context.js';

/** When units.yaml lists the leaders (`leaders:`), every task's and pilot's lead_leader is one of them. */
export const leaderReferences: Check = {
  name: 'leader-references',
  needs: ['units'],
  run({ ledger }, report) {
    if (!ledger.leaders.length) return;
    const names = new Set(ledger.leaders.map((l) => l.name));
    for (const e of [...ledger.tasks, ...ledger.pilots]) {
      const name = e.lead_leader;
      if (names.has(name)) continue;
      const near = [...names].find((n) => name.includes(n) || n.includes(name));
      report(e, 'unknown-leader', 'error', ['lead_leader'], {
        name,
        near: near ?? '',
      });
    }
  },
};
