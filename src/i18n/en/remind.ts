// `reform remind`: reminder lists, notices and messages. (English; the shape is checked against the Chinese catalogue.)
import { didYouMean } from './shared.js';
import type { Zh } from '../zh/index.js';

// render/remind/messages.ts
export const remind: Zh['remind'] = {
  phone: 'phone',
  written: 'written',
  onsite: 'on-site',
  circular: 'circular',
  interview: 'interview',
  tasks: 'task',
  pilots: 'pilot',
  problems: 'problem',
  title: (p) => `Five-level reminders · ${p.date} · ${p.office}`,
  totals: (p) =>
    `${p.all} reminders (${p.fresh} new today, ${p.old} still being chased); ${p.upcoming} advance notices`,
  workdays: 'days behind are counted in working days (statutory holidays and make-up days)',
  filters: (p) => `filters: ${p.list}`,
  filterUnit: (p) => `unit ${p.unit}`,
  filterLevel: (p) => `${p.level} and above`,
  filterNew: 'new only',
  sectionNew: (p) => `1. New reminders today (${p.n})`,
  sectionOld: (p) => `2. Still being chased (${p.n})`,
  sectionUpcoming: (p) => `3. Advance notices (${p.n}: nodes due within ${p.days} days)`,
  none: '(none)',
  nothing: 'nothing to chase or announce today.',
  issuer: (p) => `assigned by ${p.issuer}`,
  contact: (p) => `contact: ${p.name} ${p.phone}`,
  noContact: 'no contact on file',
  colLevel: 'level',
  colItem: 'id',
  colTitle: 'item',
  colNode: 'node',
  colDue: 'due',
  colDays: 'behind',
  colLeft: 'left',
  colUnit: 'unit',
  colIssuer: 'assigned by',
  colNew: 'new',
  colApprovedDue: 'approved due',
  colNote: 'note',
  colLedger: 'ledger',
  colKind: 'kind',
  colContact: 'contact',
  colPhone: 'phone',
  kindReminder: 'reminder',
  kindUpcoming: 'advance notice',
  kindUnreported: 'no progress report',
  unreportedNote: (p) => `no progress reported for ${p.month} (due by ${p.dueBy})`,
  yes: 'yes',
  no: 'no',
  days: (p) => `${p.n} d`,
  workdaysN: (p) => `${p.n} working d`,
  dueToday: 'due today',
  newMark: 'new',
  recorded: (p) => `recorded ${p.n} reminders in ${p.file} (by ${p.by}).`,
  candidatesNotRecorded: (p) =>
    `${p.n} circular candidates not recorded: a circular is issued only after the committee confirms it; record its decision under the item's escalations (level: circular).`,
  circularCandidate: 'circular (to be confirmed)',
  scheduleBaseline: (p) =>
    `dates as approved: baseline ${p.rev} (${p.sha}, ${p.date}) moved only by approved adjustments`,
  scheduleUnapproved: (p) => `※ ${p.n} nodes moved without approval, counted at their approved dates`,
  scheduleDeleted: (p) => `※ ${p.n} items deleted since the baseline, still counted at the baseline dates`,
  scheduleLate: (p) => `※ ${p.n} adjustments recorded after the change, to be reviewed`,
  scheduleNoGit:
    'the ledger folder is not in a git repository: dates as written (not checked against a baseline)',
  scheduleNoBaseline: (p) => `no baseline ${p.rev}: dates as written (not checked against a baseline)`,
  scheduleOff: 'baseline not read (--no-baseline): dates as written',
  markWritten: (p) => `※ ${p.node}: written ${p.written}, not approved, counted at ${p.approved}`,
  markDeleted: (p) => `※ deleted since the baseline (no withdrawal decided), still counted at ${p.approved}`,
  markDeletedNode: (p) => `※ ${p.node}: deleted since the baseline, still counted at ${p.approved}`,
  recordedNone: 'no new reminders to record (already recorded today, or none).',
  recordFuture: (p) => `cannot record reminders dated ${p.date}, after today (${p.today})`,
  byUnknown: 'unsigned',
  badDate: (p) => `invalid date ${p.value}: expected a real date YYYY-MM-DD, such as 2026-11-20`,
  unknownUnit: (p) =>
    `unit ${p.value} is not in units.yaml (give its name or an alias)${didYouMean(p.suggest)}`,
  unknownLevel: (p) => `invalid level ${p.value}: expected phone, written, onsite, circular or interview`,
  uncovered: (p) =>
    `note: no holiday data for ${p.years} (the package covers ${p.from}–${p.to}); those years are counted with weekends only. Add them under calendar in policy.yaml.`,
  badCalendar: (p) => `calendar in policy.yaml is wrong: ${p.reason}`,
  recordFailed: (p) => `cannot write ${p.file}: ${p.reason} (the reminder log is unchanged)`,
};

// render/remind/notice.ts
export const remindNotice: Zh['remindNotice'] = {
  noticesHead: (p) => `════ Written urging notices (${p.n}) ════`,
  smsHead: (p) => `════ Phone reminder messages (${p.n}) ════`,
  none: '(none)',
  separator: '────────────────────────────────────────',
  noticeTitle: 'Notice urging the implementation of reform items',
  salutation: (p) => `To ${p.unit}:`,
  opening: (p) =>
    `Under the principle that whoever assigns a task chases it, and the five-level reminder rules, a check against the ledgers shows that as of ${p.date} the following ${p.n} items led by your unit are behind schedule:`,
  itemTask: (p) =>
    `task "${p.title}" (${p.id}): milestone "${p.node}" was due ${p.due} and is not done; ${p.days} behind, level: ${p.level}.`,
  itemPilot: (p) =>
    `pilot "${p.title}" (${p.id}): node "${p.node}" was due ${p.due} and is not done; ${p.days} behind, level: ${p.level}.`,
  itemProblem: (p) =>
    `problem "${p.title}" (${p.id}): rectification was due ${p.due} and is not done; ${p.days} behind, level: ${p.level}.`,
  itemInterview: (p) =>
    `"${p.title}" (${p.id}): ${p.by} has decided to summon your unit's head over this item.`,
  interviewTail: (p) => ` ${p.by} has decided to summon your unit's head over this item.`,
  days: (p) => `${p.n} days`,
  workdays: (p) => `${p.n} working days`,
  request: (p) =>
    `Please give this your full attention, analyse the causes of the delay, take effective measures, and within 5 working days of receiving this notice report in writing to ${p.office} on progress, the causes of the delay and your next steps.`,
  onsite: (p) =>
    `For items more than ${p.days} days behind, ${p.office} will urge on site, by meeting or visit.`,
  circular: (p) =>
    `Items more than ${p.days} days behind will, once confirmed through the proper procedure, be named in a circular.`,
  interview: 'For the items where a summons has been decided, please prepare for it.',
  closing: '',
  contactLine: (p) => `Contact: ${p.name}, tel. ${p.phone}`,
  smsTo: (p) => `To: ${p.unit} ${p.who}`,
  smsNoContact: '(no contact on file: add one in units.yaml)',
  smsGreeting: (p) => `[${p.issuer}] Dear ${p.name}: `,
  smsGreetingAnon: (p) => `[${p.issuer}] `,
  smsOne: (p) =>
    `"${p.title}" (${p.id}), led by your unit: "${p.node}" was due ${p.due} and is ${p.days} behind.`,
  smsMany: (p) => `these items led by your unit are behind: ${p.list}.`,
  smsItem: (p) => `"${p.title}" (${p.id}) "${p.node}" due ${p.due}, ${p.days} behind`,
  smsEnd: (p) => `Please speed up and report progress promptly.${p.contact}`,
  smsContact: (p) => ` Contact: ${p.name} ${p.phone}`,
  unreportedHead: (p) => `════ Progress report reminders (${p.month}, ${p.n}) ════`,
  unreportedSms: (p) =>
    `${p.n} reform item(s) led by your unit have no progress reported for ${p.month} (due by ${p.dueBy}): ${p.list}. Please send this month's progress return as soon as possible.`,
  unreportedItem: (p) => `"${p.title}" (${p.id})`,
};
