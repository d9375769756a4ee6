import type { Zh } from '../zh/index.js';

export const documentFrame: Zh['documentFrame'] = {
  attachments: 'Attachments: ',
  attachment: 'Attachment',
  cc: 'Copied to: ',
  printed: (p) => `Issued by ${p.by}, ${p.date}`,
  signer: (p) => `Signed off by: ${p.name}`,
  listSep: ', ',
  end: '.',
  page: (p) => `— ${p.n} —`,
};

export const documentChain: Zh['documentChain'] = {
  kindTask: 'reform tasks',
  kindPilot: 'reform pilots',
  kindProblem: 'problems under rectification',
  kindsJoin: ' and ',
  days: (p) => `${p.n} days`,
  workdays: (p) => `${p.n} working days`,
  itemTask: (p) =>
    `"${p.title}" (${p.id}): milestone "${p.node}" was due ${p.due} and is not done; ${p.days} behind.`,
  itemPilot: (p) =>
    `"${p.title}" (${p.id}): pilot node "${p.node}" was due ${p.due} and is not done; ${p.days} behind.`,
  itemProblem: (p) =>
    `"${p.title}" (${p.id}): ${p.description} Rectification was due ${p.due} and is not done; ${p.days} overdue.`,
  unitItem: (p) => `${p.item} (lead unit: ${p.unit})`,
  contactNote: (p) => `(Contact: ${p.name}, tel. ${p.phone})`,
  allUnits: 'All special groups, municipal departments and counties',
  blankDate: '____-__-__',
  blankSigner: '______',
  writtenTitle: (p) => `Notice urging the implementation of ${p.kinds}`,
  writtenOpening: (p) =>
    `Under the five-level reminder rules, a check against the ledgers shows that as of ${p.date} the following ${p.n} ${p.kinds} led by ${p.you} are more than ${p.days} days behind schedule, at the written-reminder level:`,
  writtenRequest: (p) =>
    `${p.you} is asked to analyse the causes of the delay, take effective measures, and report in writing to ${p.office} by ${p.reply} on progress, causes and next steps (with the reply form).`,
  writtenNext: (p) => `Items still behind after ${p.days} days will be supervised on site by ${p.office}.`,
  closingNotice: '',
  receiptTitle: 'Reply form',
  receiptHead: ['Item', 'Title', 'Cause of delay', 'Measures', 'Expected completion'],
  receiptSign: 'Unit (seal):            Filled in by:            Tel.:',
  onsiteTitle: (p) => `Notice of on-site supervision of ${p.kinds}`,
  onsiteOpening: (p) =>
    `As of ${p.date}, the following ${p.n} ${p.kinds} led by ${p.you} are more than ${p.days} days behind after phone and written reminders: on-site supervision is decided, as follows:`,
  onsiteItems: 'Items',
  onsiteCandidate: (p) =>
    `At the circular level: to be submitted to ${p.committee} for confirmation of a circular.`,
  onsiteWhen: 'Time and form',
  onsiteWhenText: (p) => `${p.office} will visit ${p.you} on ${p.blank}: briefing, documents and site visit.`,
  onsiteAsk: 'Requirements',
  onsiteAskText: (p) =>
    `${p.you}'s responsible leader and lead section attend with a written briefing; send the attendance form by ${p.reply}.`,
  onsiteReceiptTitle: 'Attendance form (on-site supervision)',
  attendHead: ['Name', 'Unit and post', 'Tel.'],
  requestTitle: (p) => `Request to circulate ${p.n} items behind schedule`,
  requestOpening: (p) =>
    `Under the five-level reminder rules, items more than ${p.days} days behind are named in a circular once ${p.committee} confirms it. As of ${p.date}, these ${p.n} items have reached that level after phone, written and on-site reminders:`,
  requestItem: (p) => `${p.unit}: ${p.text}${p.level ? ` (${p.level} issued)` : ''}`,
  requestAsk: (p) => `We propose to name them in a circular ${p.scope}.`,
  requestScope: 'across the city',
  requestEnd: 'Submitted for your approval.',
  circularTitle: (p) => `Circular on ${p.n} reform items behind schedule`,
  circularOpening: (p) => `As approved by ${p.by} (${p.on}), the following items behind schedule are named:`,
  circularFacts: 'Facts',
  circularItem: (p) => `${p.unit}: ${p.text} ${p.reason}`,
  circularAsk: 'Requirements',
  circularAskNamed: (p) =>
    `The units named report their rectification in writing to ${p.office} by ${p.reply}.`,
  circularAskAll: 'All units check their own items against the ledgers and act on any delay.',
  interviewTitle: (p) => `Notice of an interview with the head of ${p.unit}`,
  interviewOpening: (p) =>
    `${p.by} decided (${p.on}) to summon the head of ${p.you} over ${p.item} (${p.reason}), as follows:`,
  interviewWhen: 'Time',
  interviewWhenText: (p) => `${p.blank}, __:__.`,
  interviewWhere: 'Place',
  interviewWhereText: '____________ (to be announced).',
  interviewWho: 'Attending',
  interviewWhoText: (p) =>
    `The head, the responsible leader and the lead section of ${p.you}; leaders of ${p.office}.`,
  interviewAsk: 'Requirements',
  interviewAskText: (p) =>
    `${p.you} submits a written self-examination, signed by its head, to ${p.office} by ${p.reply}, and the attendance form.`,
  interviewReceiptTitle: 'Attendance form (interview)',
  rectifyTitle: 'Notice urging the rectification of problems',
  rectifyOpening: (p) =>
    `As of ${p.date}, the following ${p.n} problems to be rectified by ${p.you}${p.refs} are past their rectification deadline:`,
  rectifyRefs: (p) => ` (rectification notice ${p.refs})`,
  rectifyRequest: (p) =>
    `${p.you} reports its rectification progress in writing to ${p.office} by ${p.reply} (with the reply form), and the evidence once done.`,
  rectifyNext: (p) => `Problems still not rectified will be escalated by ${p.office}.`,
  rectifyReceiptTitle: 'Rectification reply form',
  rectifyReceiptHead: ['Problem', 'Title', 'Cause', 'Measures', 'Expected completion'],
  phoneTitle: (p) => `Phone reminders (${p.date})`,
  phoneLead: (p) => `${p.n} units to phone; send the SMS to mobiles only; record each call.`,
  phoneUnit: (p) => `${p.unit} (${p.who})`,
  phoneWho: (p) => `contact: ${p.name}, tel. ${p.phone}`,
  phoneNoContact: 'no contact on file',
  phoneScript: (p) =>
    `Script: This is ${p.office}. ${p.items} Please speed up and report progress by ${p.reply}. This call is recorded.`,
  smsTo: (p) => `SMS (to ${p.mobile}):`,
  smsNeedsCall: 'Call only (no mobile number on file).',
  smsPhone: (p) =>
    `[${p.office}] Dear ${p.name}: ${p.items} Please speed up and report progress by ${p.reply}. ${p.contact}`,
  smsContact: (p) => `Contact: ${p.name}, ${p.phone}.`,
  smsItem: (p) => `"${p.title}" (${p.id}) "${p.node}" was due ${p.due}, ${p.days} behind.`,
  smsYours: (p) => `Led by ${p.you}: ${p.items}`,
  smsProblem: (p) => `problem "${p.title}" (${p.id}) was due for rectification ${p.due}, ${p.days} overdue.`,
  prewarnTitle: (p) => `Advance notices (${p.date})`,
  prewarnLead: (p) => `${p.n} units have key nodes due within ${p.days} days: SMS to mobiles only.`,
  prewarnItem: (p) => `"${p.title}" (${p.id}) "${p.node}" due ${p.due} (in ${p.left} days)`,
  smsPrewarn: (p) =>
    `[${p.office}] Dear ${p.name}: led by ${p.you}: ${p.items}. Please plan to meet it and report with evidence. ${p.contact}`,
  itemsJoin: '; ',
  levelNames: {
    phone: 'phone reminder',
    written: 'written reminder',
    onsite: 'on-site reminder',
    circular: 'circular',
    interview: 'interview',
  },
  fileKinds: {
    prewarn: 'prewarn-sms',
    phone: 'phone',
    written: 'written-notice',
    onsite: 'onsite-notice',
    request: 'circular-request',
    circular: 'circular',
    interview: 'interview-notice',
    rectify: 'rectification-notice',
  },
};

export const notices: Zh['notices'] = {
  badDate: (p) => `invalid date ${p.value}: use YYYY-MM-DD`,
  badKind: (p) => `unknown document kind ${p.value}: use ${p.kinds}`,
  badFormat: (p) => `unknown format ${p.value}: use docx, md or txt`,
  noOutput: 'give the output folder with -o DIR',
  notDir: (p) => `${p.dir} is not a folder: -o takes a folder`,
  unknownUnit: (p) => `unknown unit ${p.value}: use a name or alias from units.yaml`,
  recordFuture: (p) => `cannot record documents dated ${p.date}, after today (${p.today})`,
  badCalendar: (p) => `holiday settings are wrong: ${p.reason}`,
  written: (p) => `${p.n} documents written to ${p.dir}`,
  none: (p) => `no documents to issue on ${p.date}`,
  recorded: (p) => `${p.n} reminders recorded in ${p.file}`,
  recordedNone: 'nothing new to record (already recorded today)',
  docxNeedsOutput: 'the docx format needs a file: -o report.docx',
  recordFailed: (p) => `could not write ${p.file}: ${p.reason}`,
};
