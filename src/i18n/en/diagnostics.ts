// Diagnostics: each finding's message (by code), its hint, and the check summary. (English; the shape is checked against the Chinese catalogue.)
import type { DateReason } from '../zh/diagnostics.js';
import type { Zh } from '../zh/index.js';
import { diff } from './diff.js';
import { didYouMean } from './shared.js';

// render/common/diagnostics.ts
export const diagnosticsText: Zh['diagnosticsText'] = {
  error: 'error',
  warning: 'warning',
  summary: (p) =>
    `checked ${p.files} files, ${p.entries} entries: ${p.errors} errors, ${p.warnings} warnings`,
  ok: 'the ledgers pass.',
  failed: 'the ledgers fail the check.',
};

/** Why a file could not be read, by error code. */
const UNREADABLE_EN: Record<string | number, string> = {
  EISDIR: 'it is a directory, not a file',
  ELOOP: 'a symbolic link that loops (to itself or in a circle)',
  ENOENT: 'a symbolic link to a file that does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  NOTFILE: 'not a regular file (a named pipe or a device)',
};

// diagnostics/messages.ts
const EXPECTED_EN: Record<string | number, string> = {
  date: 'a date (YYYY-MM-DD)',
  text: 'text',
  list: 'a list (items start with "- ")',
  mapping: 'a mapping (key: value)',
  number: 'a number',
  boolean: 'true or false',
  'text-or-list': 'text or a list of texts',
};

const dateWhy = (p: DateReason) =>
  p.why === 'month'
    ? `there is no month ${p.month}. `
    : p.why === 'day'
      ? `${p.year}-${String(p.month).padStart(2, '0')} has no day ${p.day}. `
      : '';

export const diagnostic: Zh['diagnostic'] = {
  'file-unreadable': (p) => `cannot read the file: ${UNREADABLE_EN[p.reason] ?? p.reason}`,
  'not-utf8': (p) => `the file is not UTF-8 encoded (from line ${p.line})`,
  'merge-conflict': (p) => `merge conflict marker ${p.marker} left in the file`,
  'yaml-tab': 'tab character used for indentation',
  'yaml-syntax': (p) => `YAML syntax error: ${p.detail}`,
  'yaml-duplicate-key': (p) => `key ${p.key} appears more than once`,
  'yaml-alias': (p) => `aliases (*${p.name}) are not allowed in ledgers`,
  'yaml-anchor': (p) => `anchors (&${p.name}) are not allowed in ledgers`,
  'yaml-tag': (p) => `tags (${p.name}) are not allowed in ledgers`,
  'yaml-control-char': (p) => `control character ${p.char} in the file (YAML forbids it)`,
  'yaml-too-deep': (p) => `nested more than ${p.max} levels deep`,
  'too-large': (p) => `entry or value too large (${p.size} characters); the limit is ${p.max}`,
  'modeline-schema-missing': (p) =>
    `the modeline points at ${p.schema}, which does not exist; editors will not validate this file`,
  'modeline-schema-kind': (p) =>
    `the modeline points at the ${p.other} schema ${p.schema}, but this is a ${p.kind} file`,
  'unknown-key': (p) => `unknown field ${p.key}`,
  'missing-field': (p) => `required field ${p.key} is missing`,
  'wrong-type': (p) =>
    `wrong type: expected ${p.expected === 'file-mapping' ? `a mapping starting with "${p.first}:"` : (EXPECTED_EN[p.expected] ?? p.expected)}`,
  'empty-value': (p) => `${p.key || 'the item'} must not be empty`,
  'invalid-date': (p) => `invalid date: ${p.value}`,
  'invalid-id': (p) => `invalid id: ${p.value}`,
  'invalid-value': (p) => `invalid value: ${p.value}`,
  'duplicate-id': (p) => `duplicate id ${p.id} (first used at ${p.first})`,
  'duplicate-unit': (p) => `unit name or alias ${p.name} is defined twice`,
  'unknown-unit': (p) => `unit ${p.name} is not in units.yaml`,
  'units-empty': (p) =>
    `units.yaml lists no units, so the units the ledgers name (such as ${p.name}) cannot be checked`,
  'unit-alias': (p) => `${p.name} is an alias; write the full name ${p.canonical}`,
  'unknown-leader': (p) => `leading official ${p.name} is not in the leaders list of units.yaml (leaders:)`,
  'bands-out-of-order': (p) =>
    `reminder band ${p.key} (from day ${p.days}) does not start after the level below, ${p.lower} (from day ${p.lowerDays}): a level would be skipped`,
  'not-a-group': (p) => `${p.name} is not a special group (its kind is ${p.kind})`,
  'milestone-after-deadline': (p) =>
    `milestone "${p.name}" is due ${p.due}, after the deadline ${p.deadline}`,
  'done-before-start': (p) => `done on ${p.date}, before the start ${p.start}`,
  'end-before-start': (p) => `ends ${p.end}, before it starts ${p.start}`,
  'date-in-future': (p) => `date ${p.date} is after today (${p.today})`,
  'completed-without-evidence': 'completed_on is set but there is no evidence; it cannot be closed',
  'closed-unfinished': 'closed, but the item is not finished',
  'pilot-term-over-max': (p) => `pilot term of ${p.years} years exceeds the maximum of ${p.max}`,
  'pilot-term-over-usual': (p) => `pilot term of ${p.years} years exceeds the usual ${p.usual}`,
  'pilot-not-filed': 'self-chosen pilot has no filed_on (filing with the level above)',
  'unknown-related': (p) => `related item ${p.id} does not exist`,
  'verified-before-rectified': (p) => `verified on ${p.verified}, before it was rectified on ${p.rectified}`,
  'verified-not-rectified': 'verified, but there is no rectified_on',
  'unknown-reminder-item': (p) => `the reminder names an unknown item ${p.id}`,
  'unapproved-postponement': (p) => `${p.field} moved from ${p.from} to ${p.to}: ${diff.verdictReason(p)}`,
  'late-record': (p) => `${p.field} moved from ${p.from} to ${p.to}: ${diff.verdictReason(p)}`,
  'entry-removed': (p) => `entry ${p.id} was removed since ${p.rev}`,
  'return-unreadable': (p) =>
    `cannot read the file (${p.reason}); expected an .xlsx return made by reform returns`,
  'return-not-a-return': (p) => `not a progress return made by reform returns (missing ${p.reason})`,
  'return-wrong-unit': (p) => `the return is for ${p.unit}, not in units.yaml`,
  'return-wrong-month': (p) => `this return is for ${p.month}; the current month is ${p.current}`,
  'return-already-imported': (p) =>
    `this return of ${p.unit} for ${p.month} was already imported (see imports.yaml)`,
  'return-duplicate': (p) => `a second return of ${p.unit} for ${p.month} in this run (also ${p.other})`,
  'return-locked-changed': (p) => `a locked cell was changed: it said "${p.expected}", now "${p.found}"`,
  'return-unknown-item': (p) => `id ${p.id} is not in the ledger`,
  'return-not-unit-item': (p) => `item ${p.id} is not led by ${p.unit} (the ledger says ${p.owner})`,
  'return-unknown-node': (p) => `item ${p.id} has no node "${p.node}" in the ledger`,
  'return-bad-date': (p) => `"${p.value}" is not a date`,
  'return-future-date': (p) => `date ${p.date} is after today (${p.today})`,
  'return-done-before-start': (p) => `done on ${p.date}, before the item started on ${p.start}`,
  'return-conflict': (p) =>
    `conflicts with the ledger: ${p.field} of ${p.id} is ${p.ledger} there, ${p.value} here (not overwritten; please check)`,
  'return-no-evidence': (p) => `item ${p.id} has a completion date but no evidence`,
  'return-breaks-check': (p) => `the ledger would fail the check after writing: ${p.detail}`,
  'return-write-failed': (p) => `cannot write the ledger: ${p.reason}`,
};

// diagnostics/messages.ts
export const hint: Zh['hint'] = {
  'not-utf8': (p) =>
    `probably GBK (common with Windows tools). Save it as UTF-8, or run iconv -f GBK -t UTF-8.${p.gbk}`,
  'merge-conflict':
    'unresolved merge conflict: keep the right content and delete the <<<<<<<, ======= and >>>>>>> lines',
  'yaml-tab': 'YAML indents with spaces only; replace the tab with two spaces',
  'yaml-duplicate-key': 'each field may appear once per entry',
  'yaml-alias': 'write the content out instead of using & and *',
  'yaml-anchor': 'delete the & and its name; write the content out',
  'yaml-tag': 'delete the tag starting with !; write the text as it is',
  'yaml-control-char': 'delete the character (text pasted from other systems often carries one)',
  'yaml-too-deep': 'a ledger entry needs only a few levels of indentation; check the indentation',
  'too-large': 'keep a summary in the ledger; put long texts in an attachment and name it here',
  'units-empty': 'list the units under units: in units.yaml (name, kind), or delete the empty units.yaml',
  'unknown-key': (p) => `perhaps a typo${didYouMean(p.suggest)}; an office’s own fields start with x_`,
  'modeline-schema-missing': (p) =>
    `make the path relative to where this file lies (a file under ledgers/tasks/ writes ../../schemas/${p.kind}.schema.json), or delete the line (.vscode/settings.json maps the folders)`,
  'modeline-schema-kind': (p) => `point it at ${p.kind}.schema.json`,
  'missing-field': (p) => `add: ${p.key}: …`,
  'invalid-date': (p) => `${dateWhy(p)}the form is YYYY-MM-DD, e.g. ${p.key}: 2026-06-30`,
  'invalid-id': 'ids are letters, digits and hyphens, starting with a letter, e.g. RW-2026-001',
  'invalid-value': (p) => `allowed: ${p.options}`,
  'unknown-leader': (p) =>
    `write a name listed under leaders: in units.yaml, or add the leader there${didYouMean(p.near)}`,
  'bands-out-of-order':
    'each band must start later than the one below: phone < written < onsite < circular, e.g. 15, 31, 46, 61',
  'unknown-unit': (p) => `use a unit name from units.yaml or add the unit there${didYouMean(p.suggest)}`,
  'completed-without-evidence': 'add evidence: a document name or reference',
  'unapproved-postponement': 'add an adjustments record to the entry: on, field, from, to, approved_by',
  'return-bad-date': 'a date looks like 2026-12-03',
  'return-locked-changed': 'grey cells come from the ledger; restore the value or make a new return',
  'return-no-evidence': 'name the document or its reference under 佐证材料',
};
