// `reform diff`: changes between two versions of the ledgers. (English; the shape is checked against the Chinese catalogue.)
import type { Zh } from '../zh/index.js';

// render/diff/words.ts
export const diff: Zh['diff'] = {
  tasks: 'Reform tasks',
  pilots: 'Pilots',
  problems: 'Problems',
  units: 'Units',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  worktree: 'working tree',
  revision: (p) => `${p.rev} (${p.sha}, ${p.date})`,
  title: (p) => `Ledger changes: ${p.from} → ${p.to}`,
  kindSummary: (p) => `${p.kind}: ${p.added} added, ${p.removed} removed, ${p.changed} changed`,
  none: 'The ledgers are the same in both versions.',
  totals: (p) =>
    `In all: ${p.added} added, ${p.removed} removed, ${p.changed} changed; ${p.postponed} postponements, ${p.unapproved} of them unapproved.`,
  postponed: (p) => `postponed ${p.days} days`,
  approved: (p) => `approved (${p.on}, ${p.by}${p.ref})`,
  unverified: '; the day of the change was not checked against the history',
  'no-record': 'unapproved: no adjustment record',
  'other-value': (p) => `unapproved: the adjustment record approves ${p.to}`,
  'after-change': (p) =>
    `unapproved: the adjustment record is dated ${p.on}, after the change (already changed on ${p.changed})`,
  afterChangeUnknown: (p) => `unapproved: the adjustment record is dated ${p.on}, after the change`,
  unapprovedShort: 'unapproved',
  approvedShort: 'approved',
  warnUnapproved: (p) => `${p.n} unapproved postponements`,
  warnRemoved: (p) => `${p.n} entries removed`,
  unreadable: (p) =>
    `Note: ${p.which} has ${p.n} problems; entries that cannot be read are left out (run reform check for details).`,
  older: 'the older version',
  newer: 'the newer version',
  colChange: 'change',
  colId: 'id',
  colTitle: 'title',
  colUnit: 'unit',
  colDetail: 'details',
};

// commands/diff.ts
export const diffCommand: Zh['diffCommand'] = {
  range: (p) => `the range ${p.spec} and a second argument ${p.to} cannot both be given`,
};
