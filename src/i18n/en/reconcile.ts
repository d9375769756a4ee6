// `reform reconcile`: the reconciliation against the baseline, close-outs and carry-overs. (English; the shape is checked against the Chinese catalogue.)
import type { Zh } from '../zh/index.js';

// render/reconcile/words.ts
export const reconcile: Zh['reconcile'] = {
  title: (p) => `Reconciliation ${p.period} (${p.start} to ${p.end}), as of ${p.asOf}`,
  early: (p) => `The period has not ended: as of today (${p.today}).`,
  baselineRev: (p) => `Baseline: ${p.rev} "${p.subject}"`,
  baselineFolder: (p) =>
    `Baseline: the ledger folder ${p.folder} (not a git revision: approvals are judged as of today)`,
  overall: (p) =>
    `Overall: ${p.due} due, ${p.done} done (${p.onTime} on time), ${p.open} open, ${p.removed} removed; completion ${p.rate}. ${p.notDue} not due, ${p.excused} suspended or withdrawn, ${p.unapproved} unapproved postponements.`,
  workdays: 'Days behind are counted in working days.',
  units: 'Per unit (worst first)',
  colUnit: 'unit',
  colDue: 'due',
  colDone: 'done',
  colOnTime: 'on time',
  colOpen: 'open',
  colRate: 'rate',
  colRemoved: 'removed',
  colUnapproved: 'unapproved',
  colNotDue: 'not due',
  colId: 'id',
  colLedger: 'ledger',
  colTitle: 'title',
  colClass: 'result',
  colNodes: 'nodes in period',
  colCompleted: 'completed on',
  colEvidence: 'evidence',
  colClosable: 'closable',
  colClosed: 'closed',
  colDays: 'days behind',
  colLevel: 'level',
  colPostponed: 'postponements',
  colChanges: 'changes',
  colNote: 'note',
  colPeriod: 'period',
  yes: 'yes',
  no: 'no',
  'class.removed': 'Removed',
  'class.behind': 'Due and not done',
  'class.done-no-evidence': 'Done without evidence (cannot be closed)',
  'class.not-due': 'Not due',
  'class.done': 'Done',
  'class.suspended': 'Suspended',
  'class.withdrawn': 'Withdrawn',
  changed: 'Changed since the baseline',
  added: 'Added since the baseline',
  addedInPeriod: 'has a node in the period',
  none: 'none',
  progressAdded: (p) => `progress: + ${p.n} notes`,
  progressOnly: (p) => `${p.n} more items only had progress notes added (--format json lists each).`,
  progressRemoved: (p) => `progress: − ${p.n} notes`,
  behind: (p) => `${p.days} days behind`,
  dueNotDone: (p) => `${p.node} due ${p.due}, not done`,
  lateNode: (p) => `${p.node} ${p.due}`,
  closable: 'closable',
  closedOn: (p) => `closed (${p.on}, ${p.period})`,
  carryReason: (p) => `carry-over requested: ${p.reason}`,
  carryUnexplained: 'no reason given (no carry_over record; not carried)',
  carried: (p) => `carried over to ${p.to}`,
  onTime: 'on time',
  late: 'late',
  nodesDone: 'nodes in the period done; the item is not finished',
  completedOn: (p) => `completed ${p.date}`,
  closeTitle: 'Close-out and carry-over',
  dryRun: '(dry run: nothing was written)',
  closeSummary: (p) => `${p.closed} closed, ${p.carried} carried over.`,
  closeNothing: 'Nothing to write (what was written before is not written again).',
  fileWritten: (p) => `written to ${p.file}:`,
  fileWould: (p) => `would write to ${p.file}:`,
  fileFailed: (p) => `${p.file} left unchanged: ${p.reason}`,
  insertAfter: (p) => `after line ${p.line} (${p.id}):`,
  alreadyThere: (p) => `${p.n} already recorded, not written again`,
};

// render/reconcile/words.ts
export const levels: Zh['levels'] = {
  phone: 'phone',
  written: 'written',
  onsite: 'on-site',
  circular: 'circular',
  interview: 'interview',
};

// commands/reconcile.ts
export const reconcileCommand: Zh['reconcileCommand'] = {
  noPeriod:
    'give the period with --period: 2026H1 (first half), 2026H2 (second half) or 2026 (the whole year)',
  badPeriod: (p) => `invalid period ${p.value}: expected something like 2026H1, 2026H2 or 2026`,
  badDate: (p) => `invalid date ${p.value}: expected YYYY-MM-DD, e.g. 2026-07-05`,
  carryBeforeYearEnd: (p) =>
    `--carry-over is for the year-end reconciliation only (${p.end} or later); as of ${p.date} nothing is carried and the ledgers are unchanged`,
  carryHalf: (p) => `--carry-over is for the whole year only (--period ${p.year}), not for a half year`,
  writeFuture: (p) =>
    `the close-out day ${p.date} is after today ${p.today}: the ledgers would then fail reform check. Drop --date or give a day no later than today`,
  noTag: (p) =>
    `there is no baseline tag ${p.tag}. Reconciliation needs the list approved at the start of the year: tag the commit that holds it (git tag ${p.tag} <commit>, then git push origin ${p.tag}), or give --baseline with a git revision or a ledger folder.`,
  noTagShallow: (p) =>
    `there is no baseline tag ${p.tag}: this is a shallow clone, which may lack the tags and history. Run \`git fetch --unshallow --tags\`; in CI check out the full history (actions/checkout with fetch-depth: 0).`,
  brokenBaseline: (p) =>
    `Note: the baseline has ${p.n} format problems; entries that cannot be read are left out.`,
  writeFailed: (p) => `could not write ${p.file}: ${p.reason} (the file is unchanged)`,
};
