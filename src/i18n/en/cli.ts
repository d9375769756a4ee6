// The command line in English; the shape is checked against the Chinese catalogue.
import type { Zh } from '../zh/index.js';

export const cli: Zh['cli'] = {
  description: 'Reform-implementation ledgers: check, five-level reminders, quarterly report, reconciliation',
  version: 'show the version number',
  help: 'show help',
  helpCommand: 'show help for a command',
  lang: 'language: zh (default) or en',
  debug: 'show debugging details (stack traces) on failure',
  noCache: 'neither use nor write the parse cache (also: REFORM_NO_CACHE=1)',
  ledgers: 'ledger folder',
  checkDesc: 'validate the ledger files (format, required fields, dates, cross-ledger rules); for CI',
  format: 'output format',
  noticesDesc:
    'documents: the urging chain (advance SMS, phone script, written, on-site, request, circular, interview, rectification notices), one file each',
  noticesDate: 'the day (YYYY-MM-DD; default: today in the policy time zone)',
  noticesKind: 'only these kinds: prewarn, phone, written, onsite, request, circular, interview, rectify',
  noticesUnit: 'only documents to this unit (name or alias)',
  noticesFormat: 'file format: docx (GB/T 9704 layout), md, txt',
  noticesOutput: 'output folder (files named by date, kind and unit)',
  noticesRecord: 'log the documents issued in reminders.yaml (locked, atomic; once per day)',
  checkFormat:
    'output format: text, json, github (annotations), junit (JUnit XML), gitlab (GitLab Code Quality)',
  calendarDesc:
    'milestone calendar (.ics): each open node as an all-day event with an alarm prewarn_days before; for phones and Outlook',
  calendarUnit: 'only the items this unit leads (name or alias)',
  calendarOutput: 'write to a file (.ics), atomically; default: standard output',
  calendarDate: 'the as-of day (YYYY-MM-DD; default: today in the policy time zone)',
  initDesc:
    "create an office's ledger repository: ledger template, schemas, editor settings, pre-commit check and CI for its forge",
  initDir: 'the folder (default: the current one; must be empty)',
  initOffice: "the office's short name, e.g. 市委改革办",
  initCity: 'the city or county, e.g. 云岭市',
  initForge: 'the forge: github, gitlab or gitea (which CI definition to write)',
  initForce: 'also in a folder that is not empty: add the missing files (existing files are kept)',
  remindDesc: 'five-level reminders: whom to chase today (by issuer and unit), and advance notices',
  remindDate: 'the as-of day (YYYY-MM-DD; default: today in the policy time zone)',
  remindUnit: 'only this unit (name or alias)',
  remindLevel: 'only this level and above: phone, written, onsite, circular, interview',
  remindNew: "only the new reminders (today's work)",
  remindFormat:
    'output format: text, json, markdown, csv (opens in Excel/WPS), notice (urging notices and messages)',
  remindRecord: 'append the new reminders to reminders.yaml (idempotent on the same day)',
  remindBy: 'who sends them (default: git config user.name)',
  scheduleBaseline:
    'the baseline the approved dates come from (a git revision; default: the tag baseline/<year>)',
  scheduleNoBaseline: 'do not read the baseline: dates as written',
  reportDesc:
    'write the quarterly supervision report (overview, units, serious delays, interviews, reminders, problems, pilots, next quarter, change)',
  reportQuarter:
    'quarter, e.g. 2026Q3 or 2026-Q3 (default: the quarter of today; a finished quarter is taken as of its last day)',
  reportDate: 'as-of day YYYY-MM-DD, within the quarter',
  reportFormat: 'output format (default markdown; with -o, from the file extension)',
  reportOutput: 'write to a file (.md, .html, .json, .csv, .docx), atomically',
  reportUnit: 'only the items this unit leads (an alias is accepted)',
  reportGroup: 'only the items of this special group (an alias is accepted)',
  strict: 'treat warnings as failures (exit code 1)',
  choices: 'choices: ',
  defaults: 'default: ',
  invalidChoice: (p) => `option ${p.opt}: ${p.arg} is not one of ${p.choices}`,
  usageError: (p) => `error: ${p.msg}`,
  unknownOption: (p) => `unknown option ${p.arg}`,
  unknownCommand: (p) => `unknown command ${p.arg} (see reform --help)`,
  missingArgument: (p) => `missing argument ${p.arg}`,
  optionMissingArgument: (p) => `option ${p.arg} needs a value`,
  excessArguments: 'too many arguments',
  internal: (p) => `internal error: ${p.msg} (run with --debug for details and report it to the maintainers)`,
  checkSince: 'also report unapproved postponements and deleted entries since git revision REV (as errors)',
  diffDesc:
    'compare the ledgers of two git revisions: entries added, removed and changed field by field, and whether postponements were approved',
  diffFrom: 'the older revision (default HEAD; FROM..TO also accepted)',
  diffTo: 'the newer revision (default: the working tree)',
  diffFormat: 'output format: text, markdown (for a pull request comment), json',
  reconcileDesc:
    'reconcile the ledger against the approved list (a baseline revision), per unit; optionally write close-outs and carry-overs',
  period: 'the period: 2026H1, 2026H2 or 2026 (the whole year)',
  baseline:
    'the baseline: a git revision (tag, branch, commit) or a ledger folder; default: the tag baseline/<year>',
  reconcileFormat: 'output format: text, markdown, json, csv',
  reconcileDate:
    'today (YYYY-MM-DD; default: today in the policy time zone): the close-out day; the reconciliation is as of the period end or today',
  close: 'write the close-out (closed) into every closable task',
  carryOver: 'for the whole year, write the carry-over (carried_over) into every unfinished task',
  dryRun: 'show what would be written without changing any file',
  badTodayEnv: (p) => `REFORM_TODAY (for tests only) is ${p.value}, not a valid date YYYY-MM-DD`,
  returnsDesc:
    'write the monthly returns: one .xlsx per unit to fill in (progress, node dates, evidence), and list the units that have not reported',
  returnsMonth: 'the month YYYY-MM (default: this month)',
  returnsUnit: 'only this unit (name or alias)',
  returnsOutput: 'output folder',
  returnsDate: 'the as-of day for states and days behind (YYYY-MM-DD; default: today)',
  importDesc:
    'import returned progress forms: every cell validated; progress, dates and evidence written into the ledger (comments and layout kept)',
  importFiles: 'return files (.xlsx)',
  importDryRun: 'validate and show what would be written; change nothing',
  importPartial:
    'per unit: units with errors are not written, the others are (default: any error stops all writing)',
  importDate: 'the import day (YYYY-MM-DD; default: today): the date of the progress notes',
  exportDesc:
    'write the progress board workbook (.xlsx): tasks, pilots, problems and one sheet per special group; every node with state, days behind and level',
  exportDate: 'as-of day YYYY-MM-DD (default: today)',
  exportOutput: 'output file (.xlsx)',
};
