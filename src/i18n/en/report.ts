// `reform report`: the quarterly report, its sections, charts and CSV. (English; the shape is checked against the Chinese catalogue.)
import { didYouMean } from './shared.js';
import type { Zh } from '../zh/index.js';

// report/scope.ts
export const reportScope: Zh['reportScope'] = {
  unknownUnit: (p) => `unknown unit ${p.name} (no such name or alias in units.yaml)${didYouMean(p.suggest)}`,
  unknownGroup: (p) =>
    `unknown special group ${p.name} (no such name or alias in units.yaml)${didYouMean(p.suggest)}`,
  notAGroup: (p) => `${p.name} is not a special group (its kind in units.yaml is ${p.kind})`,
  office: 'office',
  group: 'special group',
  department: 'department',
  county: 'county',
};

// report/period.ts
export const reportPeriod: Zh['reportPeriod'] = {
  badQuarter: (p) => `invalid quarter ${p.text}: write it as 2026Q3 or 2026-Q3`,
  badDate: (p) => `invalid date ${p.text}: use a real date as YYYY-MM-DD`,
  outside: (p) => `--date ${p.date} is not within ${p.label} (${p.start} to ${p.end})`,
  notStarted: (p) =>
    `${p.label} has not begun (today is ${p.today}); to project, give a day within it with --date`,
};

// render/report/charts.ts
export const reportCharts: Zh['reportCharts'] = {
  count: (p) => `${p.n}`,
  times: (p) => `${p.n}`,
  asOf: (p) => `as of ${p.date}`,
  rateLabel: (p) => `${p.rate} (${p.on}/${p.due})`,
  month: (p) => `${p.m}`,
  nodeTitle: (p) => `${p.id} ${p.title}: ${p.node}, due ${p.due}, ${p.outcome}`,
  doneOn: (p) => `done ${p.date}`,
};

// render/report/csv.ts
export const reportCsv: Zh['reportCsv'] = {
  head: 'No.,Lead unit,Kind,Items,Completed,On schedule,Behind,Seriously behind,Suspended or withdrawn,Nodes due,On time,Late,Open,On-time rate,Longest delay (days),Longest-delayed item,Its level,Items behind',
  office: 'office',
  group: 'special group',
  department: 'department',
  county: 'county',
};

// render/report/document.ts
export const reportDocument: Zh['reportDocument'] = {
  title: (p) => `${p.office}: supervision report on reform implementation${p.scope}, ${p.quarter}`,
  titleHead: (p) => `${p.office}:`,
  titleTail: (p) => `supervision report on reform implementation${p.scope}, ${p.quarter}`,
  titleFeedback: (p) => `${p.office}: supervision feedback on reform implementation${p.scope}, ${p.quarter}`,
  titleTailFeedback: (p) => `supervision feedback on reform implementation${p.scope}, ${p.quarter}`,
  leadFeedback: (p) =>
    `As the quarterly analysis requires, ${p.office} has reviewed the reform tasks, pilots and problems led by your unit as of ${p.date} from the task ledger, the pilot ledger, the problem list and the reminder log. Its findings follow.`,
  closingFeedback: (p) =>
    `Please study this feedback, set out rectification measures with the responsible official, the person in charge and a deadline, explain each seriously delayed item, and report the rectification in writing to ${p.office} within 15 working days of receiving it.`,
  attachmentTitle: 'Key nodes due in this quarter and the next',
  attachmentNote: (p) => `Attachment: ${p.title}`,
  addresseeLine: (p) => `To: ${p.name}`,
  scopeEn: (p) => ` — ${p.name}`,
  asOf: (p) => `(figures as of ${p.date})`,
  asOfOpen: (p) => `(figures as of ${p.date}; the quarter is not over)`,
  lead: (p) =>
    `As the quarterly analysis requires, ${p.office} has reviewed the implementation of ${p.scope} as of ${p.date} from the task ledger, the pilot ledger, the problem list and the reminder log. This report sets out the findings.`,
  scopeAll: 'all reform tasks, pilots and problems',
  scopeUnit: (p) => `the items led by ${p.name}`,
  scopeGroup: (p) => `the items of ${p.name}`,
  sOverview: 'Overview',
  sUnits: 'Progress by unit and special group',
  sSerious: 'Seriously delayed items',
  sInterview: 'Proposed interviews',
  sReminders: 'Reminders issued',
  sProblems: 'Problems under rectification',
  sPilots: 'Pilots',
  sNext: 'Nodes due next quarter',
  sCompare: 'Change from the previous quarter',
  sIssues: 'Problems identified',
  sRequirements: 'What is required',
  sSuggestions: 'Proposals',
  sAppendix: 'Appendix',
  appendixLead:
    'Every key node due in this quarter and the next; each node figure of the report can be checked against these lists.',
  timeline: 'Timeline of the quarter’s key nodes (挂图作战)',
  appendixCaption: 'Key nodes due in the quarter',
  unit: 'Lead unit',
  id: 'ID',
  item: 'Item',
  kind: 'Kind',
  node: 'Node',
  due: 'Due',
  done: 'Done',
  outcome: 'Outcome',
  table: (p) => `Table ${p.n}. ${p.caption}`,
  figure: (p) => `Figure ${p.n}. ${p.caption}`,
  scheduleCaption:
    'Nodes not counted at their written dates (moved without approval, or deleted since the baseline)',
  scheduleWritten: 'Written',
  scheduleApproved: 'Approved',
  scheduleDeletedMark: 'deleted',
};

// render/report/section-books.ts
export const reportBooks: Zh['reportBooks'] = {
  found: (p) => `${p.n} problems were found in the quarter: ${p.modes}.`,
  foundNone: 'No problem was found in the quarter.',
  foundBy: (p) => `${p.n} by ${p.mode}`,
  rectified: (p) => `${p.r} were rectified in the quarter and ${p.v} verified and written off.`,
  rectifiedOnly: (p) => `Problems rectified in the quarter: ${p.r}.`,
  rectifiedNone: 'No problem was rectified in the quarter.',
  reviews: (p) => `${p.n} follow-up reviews were made (${p.parts}).`,
  reviewPart: (p) => `${p.n} ${p.result}`,
  standing: (p) => {
    const parts = (
      [
        [p.v, 'verified and written off'],
        [p.w, 'rectified awaiting verification'],
        [p.o, 'within their deadline'],
        [p.d, 'overdue'],
      ] as const
    )
      .filter(([n]) => Number(n) > 0)
      .map(([n, label]) => `${n} ${label}`);
    return `As of ${p.when} the list holds ${p.total} problems${parts.length ? `: ${parts.join(', ')}` : ''}.`;
  },
  foundCaption: 'Problems found in the quarter by supervision mode',
  mode: 'Mode',
  count: 'Problems',
  ids: 'IDs',
  overdueCaption: 'Overdue problems',
  id: 'ID',
  problem: 'Problem',
  rectUnit: 'Unit',
  deadline: 'Deadline',
  overdueDays: 'Days overdue',
  level: 'Level',
  total: 'Total',
  pilotsMix: (p) => `The pilot ledger holds ${p.total} pilots: ${p.levels}; ${p.origins}.`,
  countItems: (p) => `${p.n} ${p.what}`,
  pilotsState: (p) => `As of ${p.when}: ${p.parts}.`,
  active: (p) => `${p.n} under way`,
  ending: (p) => ` (${p.n} ending by the end of ${p.when})`,
  pastTerm: (p) => `${p.n} past their term`,
  completed: (p) => `${p.n} completed`,
  withdrawn: (p) => `${p.n} withdrawn`,
  withdrawnInQuarter: (p) => ` (${p.n} this quarter)`,
  notStarted: (p) => `${p.n} not yet started`,
  promoted: (p) => `Pilots whose experience higher levels promoted in the quarter (${p.n}): ${p.list}.`,
  promotedItem: (p) => `${p.title} (${p.by})`,
  promotedTotal: (p) => `Pilots with experience promoted so far: ${p.n}.`,
  pilotsCaption: 'Pilots',
  pilot: 'Pilot',
  pLevel: 'Level',
  origin: 'Origin',
  unit: 'Lead unit',
  term: 'Term',
  status: 'Status',
  remark: 'Remarks',
  termCell: (p) => `${p.start} to ${p.end}`,
  overdueRemark: (p) => `${p.n} days past`,
  withdrawnRemark: (p) => `withdrawn ${p.date}`,
  withdrawnWhy: (p) => `${p.title} was withdrawn on ${p.date}: ${p.reason}.`,
  promotedRemark: (p) => `promoted by ${p.by}`,
  nextLead: (p) =>
    `${p.n} key nodes fall due in ${p.when} (${p.start} to ${p.end}), in ${p.units} units. Lead units should plan ahead to meet them; ${p.office} will send advance notices ${p.days} days before each.`,
  nextNone: (p) => `No key node falls due in ${p.when} (${p.start} to ${p.end}).`,
  nextCaption: (p) => `Key nodes due in ${p.when} by unit`,
  nextDetailCaption: (p) => `Key nodes due in ${p.when}`,
  itemsInvolved: 'Items',
  nextSeeAppendix: 'Each node is listed in the appendix.',
  item: 'Item',
  node: 'Node',
  due: 'Due',
};

// render/report/section-delays.ts
export const reportDelays: Zh['reportDelays'] = {
  seriousLead: (p) =>
    `As of ${p.date}, ${p.n} items have been behind for ${p.days} days or more, at circular level (${p.kinds}), in ${p.units}.`,
  seriousDecided: (p) => `Of these, ${p.parts}.`,
  decidedCircularN: (p) => `a circular has been decided for ${p.n}`,
  decidedInterviewN: (p) => `an interview has been decided for ${p.n}`,
  candidateN: (p) => `${p.n} candidates for a circular (to be confirmed)`,
  seriousAdvice: (p) =>
    `For those without a decision, we propose to ask ${p.committee} to confirm a circular.`,
  seriousNone: (p) => `As of ${p.date} no item has been behind for ${p.days} days or more.`,
  seriousCaption: 'Seriously delayed items: candidates for a circular (to be confirmed)',
  seriousDecidedCaption: 'Seriously delayed items: circular decided',
  id: 'ID',
  item: 'Item',
  unit: 'Lead unit',
  node: 'Late node',
  due: 'Due',
  days: 'Days behind',
  reminded: 'Reminders issued',
  remark: 'Remarks',
  noReminder: 'none on record',
  decidedCircular: (p) => `circular decided (${p.date})`,
  decidedInterview: 'interview decided',
  daysCell: (p) => `${p.n}`,
  interviewRule: (p) =>
    `Under the interview rule, a unit with ${p.ci} or more items at circular level, or ${p.es} or more interview or circular decisions, is proposed for an interview of its head by ${p.committee}.`,
  interviewFound: (p) => `Units that qualify (${p.n}): ${p.units}.`,
  interviewNone: 'No unit qualifies this quarter.',
  interviewCaption: 'Units proposed for an interview',
  circularItems: 'Items at circular level',
  escalations: 'Interview/circular decisions',
  reason: 'Grounds',
  reasonCircular: (p) => `${p.n} items at circular level`,
  reasonEscalations: (p) => `${p.n} decisions`,
  pendingRemark: 'an interview decided, not yet held',
  pendingLead: (p) => `Interviews decided and not yet held (${p.n}) should be held without delay.`,
  pendingCaption: 'Interviews decided, not yet held',
  decidedOn: 'Decided',
  decidedBy: 'By',
  why: 'Reason',
  waiting: 'Waiting',
  remindersLead: (p) =>
    `In the quarter (to ${p.date}) ${p.total} reminders were issued on ${p.items} items: ${p.levels}.`,
  levelTimes: (p) => `${p.n} ${p.level}`,
  remindersNone: (p) => `No reminder was logged in the quarter (to ${p.date}).`,
  unreminded: (p) =>
    `As of ${p.when} ${p.n} items were at a reminder level with no reminder at that level or higher on record (${p.ids}); whoever assigned them should follow up.`,
  levelsChart: 'Reminders in the quarter by level',
  remindersCaption: 'Reminders in the quarter by unit',
  remindUnit: 'Unit',
  unitPlain: 'Unit',
  total: 'Total',
};

// render/report/section-overview.ts
export const reportOverview: Zh['reportOverview'] = {
  tasks: (p) => `As of ${p.date} the task ledger holds ${p.total} tasks: ${p.parts}.`,
  done: (p) => `${p.n} completed (${p.detail})`,
  doneOnTime: (p) => `${p.n} on time`,
  doneLate: (p) => `${p.n} late`,
  closed: (p) => `${p.n} closed out`,
  onSchedule: (p) => `${p.n} on schedule`,
  notYetDue: (p) => `${p.n} with no node due yet`,
  behind: (p) => `${p.n} behind`,
  suspended: (p) => `${p.n} suspended`,
  withdrawn: (p) => `${p.n} withdrawn`,
  bandsLead: (p) => `Of the tasks behind, ${p.parts}.`,
  bandInterview: (p) => `${p.n} under an interview decision`,
  bandLevel: (p) => `${p.n} at ${p.level} level`,
  bandBelow: (p) => `${p.n} behind by less than ${p.days} days`,
  pilots: (p) => `The pilot ledger holds ${p.total} pilots: ${p.parts}.`,
  pilotWithdrawn: (p) => `${p.n} withdrawn`,
  pilotNotStarted: (p) => `${p.n} not started or with no node due yet`,
  problems: (p) => `The problem list holds ${p.total} problems: ${p.parts}.`,
  problemDone: (p) => `${p.n} rectified (${p.detail})`,
  problemDoneOnTime: (p) => `${p.n} on time`,
  problemDoneLate: (p) => `${p.n} late`,
  problemOpen: (p) => `${p.n} within their deadline`,
  problemOverdue: (p) => `${p.n} overdue`,
  nodes: (p) =>
    `In the quarter (${p.start} to ${p.end}) ${p.due} key nodes fell due: ${p.onTime} met on time, ${p.late} met late and ${p.open} still open, an on-time rate of `,
  nodesNone: (p) => `As of ${p.date} no key node has fallen due in the quarter.`,
  nodesPending: (p) => `${p.n} more nodes fall due later in the quarter.`,
  compareLead: (p) => `Compared with the end of the previous quarter, ${p.parts}.`,
  cmpBehind: (p) => `tasks behind ${p.how}`,
  cmpSerious: (p) => `seriously delayed items ${p.how}`,
  cmpRate: (p) => `the on-time rate of nodes went from ${p.from} to ${p.to}`,
  up: (p) => `rose by ${p.n}`,
  down: (p) => `fell by ${p.n}`,
  same: (p) => `stayed at ${p.n}`,
  rateUp: 'up',
  rateDown: 'down',
  statesCaption: 'Tasks, pilots and problems by state',
  state: 'State',
  sOnTime: 'Completed on time',
  sLate: 'Completed late',
  sClosed: 'Closed out',
  sOnSchedule: 'On schedule',
  sNotYetDue: 'No node due yet',
  sBehind: 'Behind',
  sBand: (p) => `  of which: ${p.level}`,
  sBandMore: (p) => `  ${p.level}`,
  sSuspended: 'Suspended',
  sWithdrawn: 'Withdrawn',
  sTotal: 'Total',
  nodesCaption: 'Key nodes due in the quarter',
  category: 'Ledger',
  nDue: 'Due',
  nOnTime: 'On time',
  nLate: 'Late',
  nOpen: 'Open',
  nRate: 'On-time rate',
  nPending: 'Due later',
};

// render/report/section-summary.ts
export const reportSummary: Zh['reportSummary'] = {
  compareLead: (p) =>
    `Each figure below is computed the same way as of the end of the previous quarter (${p.prev}) and of this one (${p.now}).`,
  compareCaption: 'Headline figures against the previous quarter',
  figure: 'Figure',
  previous: (p) => `Previous (${p.label})`,
  current: (p) => `This quarter (${p.label})`,
  currentAsOf: (p) => `This period (to ${p.date})`,
  delta: 'Change',
  k_tasks: 'Tasks in the ledger',
  k_tasksCompleted: 'Tasks completed',
  k_tasksBehind: 'Tasks behind',
  k_serious: 'Seriously delayed items',
  k_nodesDue: 'Nodes due in the quarter',
  k_nodesOnTime: '  met on time',
  k_nodesLate: '  met late',
  k_nodesOpen: '  still open',
  k_onTimeRate: 'On-time rate of nodes',
  k_reminders: 'Reminders issued in the quarter',
  k_problemsFound: 'Problems found in the quarter',
  k_problemsRectified: 'Problems rectified in the quarter',
  k_problemsOverdue: 'Problems overdue',
  k_pilotsActive: 'Pilots under way',
  k_pilotsPastTerm: 'Pilots past their term',
  k_pilotsPromoted: 'Pilots with experience promoted',
  k_interviewCandidates: 'Units proposed for an interview',
  issuesNone: 'The ledgers show no marked problem this quarter; work is broadly on plan.',
  issueBehind: (p) =>
    `Some items are behind. As of ${p.when} ${p.n} items were behind (${p.kinds}), ${p.s} of them for ${p.days} days or more, ${p.where}.`,
  whereAll: (p) => `in ${p.units}`,
  whereMost: (p) => `mostly in ${p.units}`,
  issueNodes: (p) =>
    `Too few nodes are met on time. Of ${p.due} nodes due in the quarter ${p.rate} were met on time; ${p.late} were met late and ${p.open} are still open.`,
  issueReminders: (p) =>
    `Reminders lag behind. ${p.n} items are at a reminder level with no reminder at that level or higher on record.`,
  issueProblems: (p) => `Rectification is incomplete: ${p.parts}.`,
  issueOverdue: (p) => `${p.n} problems are overdue`,
  issueUnverified: (p) => `${p.n} rectified problems await verification`,
  issueBehindOne: (p) =>
    `An item is behind. As of ${p.when} ${p.kind} ${p.id} led by ${p.unit} was behind${p.serious}.`,
  seriousSince: (p) => `, for ${p.days} days or more`,
  issuePilotOne: (p) =>
    `A pilot is past its term. ${p.title} is unfinished beyond its term and should be evaluated or adjusted.`,
  issueInterviewOne: (p) =>
    `An interview decision waits. The interview decided has not been held after ${p.days} days.`,
  progressLead: 'The units’ latest reports on the seriously delayed items say:',
  progressLeadUnit: (_p) => 'Your latest reports on the seriously delayed items say:',
  roleLead: 'led by',
  roleRectify: 'to be rectified by',
  progressItem: (p) =>
    `${p.id} ${p.title} (${p.role} ${p.unit}), behind for ${p.days} days; reported on ${p.date}: “${p.note}”.`,
  progressNone: (p) =>
    `${p.id} ${p.title} (${p.role} ${p.unit}), behind for ${p.days} days, has reported no progress.`,
  issuePilots: (p) =>
    `Some pilots are past their term. Pilots unfinished beyond their term (${p.n}: ${p.titles}) should be evaluated or adjusted.`,
  issueInterviews: (p) =>
    `Interview decisions wait. Interviews decided and not held: ${p.n}; the oldest has waited ${p.days} days.`,
  sugSerious: (p) =>
    `Circulate the seriously delayed items: ask ${p.committee} to confirm a circular on the ${p.n} items behind for ${p.days} days or more, and have the units explain in writing and set a date.`,
  sugInterview: (p) =>
    `Interview the units most behind: propose an interview of the heads of ${p.units}${p.pending}.`,
  sugPending: ', and hold the interviews already decided',
  sugPendingOnly: (p) =>
    `Carry out interview decisions: hold the ${p.n} interviews already decided without delay.`,
  sugReminders: (p) =>
    `Keep reminders up: whoever assigned them should issue the due reminders on the ${p.n} items at a level, and log them.`,
  sugNext: (p) =>
    `Prepare next quarter: send advance notices ${p.days} days before each of the ${p.n} nodes due in ${p.when} and hold lead units to their schedules.`,
  sugProblems:
    'Close problems: press the units with overdue problems for a date, and verify rectified problems promptly so they are written off on facts.',
  sugPilotsPast: (p) =>
    `Follow the pilots: have the pilots past their term (${p.n}) evaluated, then set a date or withdraw them by the rules.`,
  sugPilotsEnding: (p) =>
    `Prepare the pilot reviews: plan the review and the lessons of the pilots ending by the end of ${p.when} (${p.n}).`,
  reqSerious: (p) =>
    `Catch up on the seriously delayed items: for each of the ${p.n} items ${p.days} days or more behind, ${p.you} analyses the cause and sets measures, owners and dates.`,
  reqBehind: (p) => `Speed up the ${p.n} delayed items: ${p.you} schedules each node back from its date.`,
  reqInterview: (p) =>
    `Interview: ${p.you} meet the conditions for an interview; the office will ask ${p.committee} to decide on interviewing the head.`,
  reqProblems: (p) =>
    `Finish the overdue rectifications; for each one done, ${p.you} send the evidence for verification.`,
  reqNext: (p) => `Next quarter (${p.when}) ${p.you} have ${p.n} key nodes due: plan ahead and meet them.`,
  reqDefault: (p) => `${p.you} keep up the pace and report progress on time.`,
  sugDefault: 'Keep the monthly dispatch and quarterly analysis going.',
};

// render/report/section-units.ts
export const reportUnits: Zh['reportUnits'] = {
  byUnit: 'By lead unit',
  byGroup: 'By special group',
  unitsLead: (p) =>
    `${p.withNodes} lead units had key nodes due in the quarter; ${p.allOnTime} met all of them on time and have nothing behind${p.names}.`,
  namesZh: (p) => ` (${p.names})`,
  behindOne: (p) => `As of ${p.when} only ${p.names} had items behind.`,
  behindLead: (p) => `As of ${p.when} ${p.n} units had items behind, most of all ${p.names}.`,
  noBehind: (p) => `As of ${p.when} no lead unit had an item behind.`,
  unitCount: (p) => `${p.unit} (${p.n})`,
  groupsLead: (p) =>
    `By special group (problems count with the group of their related task), ${p.n} groups oversee ${p.items} items. `,
  groupsBehind: (p) => `Items behind: ${p.parts}`,
  groupsBehindOne: (p) => `All items behind belong to ${p.parts}`,
  groupPart: (p) => `${p.group} (${p.behind})`,
  groupsClear: (p) => `${p.names}: none behind`,
  groupsAllClear: 'no group has an item behind',
  end: '.',
  noGroups: 'No task in the ledger names a special group.',
  statesChart: 'Items of each lead unit by state',
  rateChart: 'On-time rate of each lead unit’s nodes in the quarter',
  unitsCaption: 'Lead units, worst first',
  groupsCaption: 'Special groups, worst first',
  unit: 'Lead unit',
  group: 'Special group',
  items: 'Items',
  due: 'Nodes due',
  onTime: 'On time',
  late: 'Late',
  open: 'Open',
  rate: 'Rate',
  behind: 'Behind',
  serious: 'Seriously',
  worst: 'Longest delay',
  worstCell: (p) => `${p.days} d (${p.item})`,
};

// render/report/words.ts
export const report: Zh['report'] = {
  no: 'No.',
  levelPhone: 'phone',
  levelWritten: 'written',
  levelOnsite: 'on-site',
  levelCircular: 'circular',
  levelCircularCandidate: 'circular candidate (to be confirmed)',
  levelInterview: 'interview',
  levelBelow: 'behind, under the first band',
  shortPhone: 'Phone',
  shortWritten: 'Written',
  shortOnsite: 'On-site',
  shortCircular: 'Circular',
  shortInterview: 'Interview',
  ledgerTasks: 'Tasks',
  ledgerPilots: 'Pilots',
  ledgerProblems: 'Problems',
  kindTask: 'task',
  kindPilot: 'pilot',
  kindProblem: 'problem',
  kindCount: (p) => `${p.kind}s: ${p.n}`,
  kindAll: (p) => `all ${p.kind}s`,
  foundComprehensive: 'comprehensive supervision',
  foundJoint: 'joint supervision',
  foundSpecial: 'special supervision',
  foundPeriodic: 'periodic supervision',
  foundDaily: 'daily supervision',
  foundUnannounced: 'unannounced visits',
  foundMedia: 'media reports',
  foundOther: 'other channels',
  reviewPass: 'passed',
  reviewPartial: 'partly rectified',
  reviewFail: 'failed',
  pilotNational: 'national',
  pilotProvincial: 'provincial',
  pilotMunicipal: 'municipal',
  pilotCounty: 'county',
  originAssigned: 'assigned',
  originSelf: 'self-chosen',
  statusNotStarted: 'not started',
  statusActive: 'under way',
  statusEnding: 'ends next quarter',
  statusEndingOpen: 'ends this or next quarter',
  quarterEnd: 'the end of the period',
  restAnd: (p) => `the rest of this quarter and ${p.next}`,
  statusPastTerm: 'past its term',
  statusCompleted: 'completed',
  statusWithdrawn: 'withdrawn',
  segCompleted: 'Completed',
  segOnSchedule: 'On schedule',
  segBehind: 'Behind',
  segSerious: 'Seriously behind',
  segStopped: 'Suspended or withdrawn',
  outcomeOnTime: 'met on time',
  outcomeLate: 'met late',
  outcomeOpen: 'still open',
  outcomePending: 'not yet due',
  days: (p) => `${p.n} days`,
  same: 'unchanged',
  pointsUp: (p) => `up ${p.n} pt`,
  pointsDown: (p) => `down ${p.n} pt`,
  none: 'none',
  dash: '—',
  listSep: ', ',
  clauseSep: ', ',
  andMore: (p) => ` and ${p.rest} more`,
  andMoreUnits: (p) => ` and ${p.rest} more units`,
};

// commands/report.ts
export const reportCommand: Zh['reportCommand'] = {
  unknownExtension: (p) =>
    `cannot tell the format from ${p.file}: use .md, .html, .json, .csv or .docx, or give --format`,
  conflict: (p) => `--format ${p.format} does not match the extension of ${p.file}`,
  written: (p) => `wrote ${p.file} (${p.label}, figures as of ${p.date})`,
};
