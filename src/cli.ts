// The commander program. Only commander and the message catalogue load at start-up; each
// subcommand's module is imported inside its action, so `--version` and `--help` stay fast.
import { Command, CommanderError, Help, Option } from 'commander';
import { detectLang, getLang, setLang, t } from './i18n/index.js';
import { UsageError, EXIT_USAGE } from './cli/errors.js';
import { VERSION } from './version.js';
import { displayWidth } from './render/common/width.js';
import { applyColourEnv } from './render/common/colour.js';
import { guardStream } from './render/common/workflow-commands.js';

const HEADINGS_ZH: [RegExp, string][] = [
  [/^Usage:/gm, '用法：'],
  [/^Arguments:/gm, '参数：'],
  [/^Options:/gm, '选项：'],
  [/^Commands:/gm, '命令：'],
  [/^Global Options:/gm, '全局选项：'],
  [/\[options\]/g, '[选项]'],
  [/\[command\]/g, '[命令]'],
];

/** An option's description with its choices and default, worded in the active language. */
function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`${t().cli.choices}${option.argChoices.join(' | ')}`);
  if (option.defaultValue !== undefined && !option.negate)
    extra.push(`${t().cli.defaults}${String(option.defaultValue)}`);
  if (!extra.length) return option.description;
  return getLang() === 'en'
    ? `${option.description} (${extra.join('; ')})`
    : `${option.description}（${extra.join('；')}）`;
}

function localiseHelp(text: string, lang: 'zh' | 'en'): string {
  if (lang === 'en') return text;
  let out = text;
  for (const [re, zh] of HEADINGS_ZH) out = out.replace(re, zh);
  return out;
}

/** Help in the active language, laid out by terminal width (a Chinese character takes two columns). */
function helpConfig(lang: 'zh' | 'en'): Partial<Help> {
  return {
    optionDescription,
    displayWidth: (s: string) => displayWidth(s.replace(/\x1b\[[0-9;]*m/g, '')),
    subcommandTerm: (cmd: Command) => localiseHelp(Help.prototype.subcommandTerm.call(new Help(), cmd), lang),
    formatHelp: (cmd: Command, helper: Help) =>
      localiseHelp(Help.prototype.formatHelp.call(helper, cmd, helper), lang),
  };
}

/** The approved schedule's options (remind, report and the commands that judge by it). */
export function scheduleOptions(cmd: Command): Command {
  return cmd
    .option('-b, --baseline <rev>', t().cli.scheduleBaseline)
    .option('--no-baseline', t().cli.scheduleNoBaseline);
}

/** Options every ledger-reading subcommand takes. */
export function ledgerOptions(cmd: Command): Command {
  return cmd
    .option('-l, --ledgers <dir>', t().cli.ledgers, 'ledgers')
    .addOption(choice('--lang <lang>', t().cli.lang, ['zh', 'en']))
    .option('--debug', t().cli.debug)
    .option('--no-cache', t().cli.noCache);
}

/** An option with a fixed set of values; a value outside it is a usage error worded by us. */
function choice(flags: string, description: string, values: readonly string[], fallback?: string): Option {
  const option = new Option(flags, description).choices(values);
  option.argParser((arg: string) => {
    if (!values.includes(arg))
      throw new UsageError(
        t().cli.invalidChoice({ opt: option.long ?? flags, arg, choices: values.join(', ') }),
      );
    return arg;
  });
  return fallback === undefined ? option : option.default(fallback);
}

/**
 * commander with its parse errors worded from our catalogue: each error is thrown as a
 * UsageError where commander finds it, with the offending argument as data (commander's own
 * English text is never shown or parsed).
 */
class ReformCommand extends Command {
  override createCommand(name?: string): Command {
    return new ReformCommand(name);
  }
  unknownOption(flag: string): never {
    throw new UsageError(t().cli.unknownOption({ arg: flag }));
  }
  unknownCommand(): never {
    throw new UsageError(t().cli.unknownCommand({ arg: this.args[0] ?? '' }));
  }
  missingArgument(name: string): never {
    throw new UsageError(t().cli.missingArgument({ arg: name }));
  }
  optionMissingArgument(option: Option): never {
    throw new UsageError(t().cli.optionMissingArgument({ arg: option.flags }));
  }
  _excessArguments(received: string[]): never {
    // the program's own action (no command: help) takes no arguments, so a word there is a command
    if (!this.parent) throw new UsageError(t().cli.unknownCommand({ arg: received[0] ?? '' }));
    throw new UsageError(t().cli.excessArguments);
  }
}

type SetExit = (code: number) => void;

function addCheck(program: Command, setExit: SetExit): void {
  ledgerOptions(
    program
      .command('check')
      .description(t().cli.checkDesc)
      .addOption(
        choice(
          '-f, --format <format>',
          t().cli.checkFormat,
          ['text', 'json', 'github', 'junit', 'gitlab'],
          'text',
        ),
      )
      .option('--strict', t().cli.strict)
      .option('--since <rev>', t().cli.checkSince),
  ).action(async (opts) => {
    const { runCheck } = await import('./commands/check.js');
    setExit(await runCheck(opts));
  });
}

function addRemind(program: Command, setExit: SetExit): void {
  scheduleOptions(
    ledgerOptions(
      program
        .command('remind')
        .description(t().cli.remindDesc)
        .option('-d, --date <date>', t().cli.remindDate)
        .option('-u, --unit <unit>', t().cli.remindUnit)
        .option('--level <level>', t().cli.remindLevel)
        .option('--new', t().cli.remindNew)
        .addOption(
          choice(
            '-f, --format <format>',
            t().cli.remindFormat,
            ['text', 'json', 'markdown', 'csv', 'notice'],
            'text',
          ),
        )
        .option('--record', t().cli.remindRecord)
        .option('--by <name>', t().cli.remindBy),
    ),
  ).action(async (opts) => {
    const { runRemind } = await import('./commands/remind.js');
    setExit(await runRemind(opts));
  });
}

function addNotices(program: Command, setExit: SetExit): void {
  scheduleOptions(
    ledgerOptions(
      program
        .command('notices')
        .description(t().cli.noticesDesc)
        .option('-d, --date <date>', t().cli.noticesDate)
        .option('-k, --kind <kind...>', t().cli.noticesKind)
        .option('-u, --unit <unit>', t().cli.noticesUnit)
        .addOption(choice('-f, --format <format>', t().cli.noticesFormat, ['docx', 'md', 'txt'], 'docx'))
        .option('-o, --output <dir>', t().cli.noticesOutput)
        .option('--record', t().cli.noticesRecord)
        .option('--by <name>', t().cli.remindBy),
    ),
  ).action(async (opts) => {
    const { runNotices } = await import('./commands/notices.js');
    setExit(await runNotices(opts));
  });
}

function addDiff(program: Command, setExit: SetExit): void {
  ledgerOptions(
    program
      .command('diff')
      .description(t().cli.diffDesc)
      .argument('[from]', t().cli.diffFrom)
      .argument('[to]', t().cli.diffTo)
      .addOption(choice('-f, --format <format>', t().cli.diffFormat, ['text', 'markdown', 'json'], 'text')),
  ).action(async (from: string | undefined, to: string | undefined, opts) => {
    const { runDiff } = await import('./commands/diff.js');
    setExit(await runDiff({ ...opts, from, to }));
  });
}

function addReport(program: Command, setExit: SetExit): void {
  scheduleOptions(
    ledgerOptions(
      program
        .command('report')
        .description(t().cli.reportDesc)
        .option('-q, --quarter <quarter>', t().cli.reportQuarter)
        .option('-d, --date <date>', t().cli.reportDate)
        .addOption(
          choice('-f, --format <format>', t().cli.reportFormat, ['markdown', 'html', 'json', 'csv', 'docx']),
        )
        .option('-o, --output <file>', t().cli.reportOutput)
        .option('-u, --unit <unit>', t().cli.reportUnit)
        .option('-g, --group <group>', t().cli.reportGroup),
    ),
  ).action(async (opts) => {
    const { runReport } = await import('./commands/report.js');
    setExit(await runReport(opts));
  });
}

function addReconcile(program: Command, setExit: SetExit): void {
  ledgerOptions(
    program
      .command('reconcile')
      .description(t().cli.reconcileDesc)
      .option('-p, --period <period>', t().cli.period)
      .option('-b, --baseline <rev>', t().cli.baseline)
      .addOption(
        choice('-f, --format <format>', t().cli.reconcileFormat, ['text', 'markdown', 'json', 'csv'], 'text'),
      )
      .option('--date <date>', t().cli.reconcileDate)
      .option('--close', t().cli.close)
      .option('--carry-over', t().cli.carryOver)
      .option('--dry-run', t().cli.dryRun),
  ).action(async (opts) => {
    const { runReconcile } = await import('./commands/reconcile.js');
    setExit(await runReconcile(opts));
  });
}

/** The Excel loop: returns out, returns in, and the 挂图作战 workbook. */
function addWorkbooks(program: Command, setExit: SetExit): void {
  ledgerOptions(
    scheduleOptions(program.command('returns'))
      .description(t().cli.returnsDesc)
      .option('-m, --month <month>', t().cli.returnsMonth)
      .option('-u, --unit <unit>', t().cli.returnsUnit)
      .option('-o, --output <dir>', t().cli.returnsOutput)
      .option('-d, --date <date>', t().cli.returnsDate),
  ).action(async (opts) => {
    const { runReturns } = await import('./commands/returns.js');
    setExit(await runReturns(opts));
  });

  ledgerOptions(
    program
      .command('import')
      .description(t().cli.importDesc)
      .argument('<files...>', t().cli.importFiles)
      .option('--dry-run', t().cli.importDryRun)
      .option('--partial', t().cli.importPartial)
      .option('-d, --date <date>', t().cli.importDate)
      .addOption(choice('-f, --format <format>', t().cli.format, ['text', 'json'], 'text')),
  ).action(async (files: string[], opts) => {
    const { runImport } = await import('./commands/import.js');
    setExit(await runImport({ ...opts, files }));
  });

  ledgerOptions(
    scheduleOptions(program.command('export'))
      .description(t().cli.exportDesc)
      .option('-d, --date <date>', t().cli.exportDate)
      .option('-o, --output <file>', t().cli.exportOutput),
  ).action(async (opts) => {
    const { runExport } = await import('./commands/export.js');
    setExit(await runExport(opts));
  });
}

function addCalendar(program: Command, setExit: SetExit): void {
  ledgerOptions(
    scheduleOptions(program.command('calendar'))
      .description(t().cli.calendarDesc)
      .option('-u, --unit <unit>', t().cli.calendarUnit)
      .option('-o, --output <file>', t().cli.calendarOutput)
      .option('-d, --date <date>', t().cli.calendarDate),
  ).action(async (opts) => {
    const { runCalendar } = await import('./commands/calendar.js');
    setExit(await runCalendar(opts));
  });
}

function addInit(program: Command, setExit: SetExit): void {
  program
    .command('init')
    .description(t().cli.initDesc)
    .argument('[dir]', t().cli.initDir)
    .option('--office <name>', t().cli.initOffice)
    .option('--city <name>', t().cli.initCity)
    .addOption(choice('--forge <forge>', t().cli.initForge, ['github', 'gitlab', 'gitea'], 'github'))
    .option('--force', t().cli.initForce)
    .addOption(choice('--lang <lang>', t().cli.lang, ['zh', 'en']))
    .option('--debug', t().cli.debug)
    .action(async (dir: string | undefined, opts) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit({ ...opts, dir }));
    });
}

/** The year-end assessment and the leaders' one page. */
function addAssessment(program: Command, setExit: SetExit): void {
  ledgerOptions(
    scheduleOptions(program.command('assess'))
      .description(t().assess.desc)
      .option('-y, --year <year>', t().assess.year)
      .option('-d, --date <date>', t().assess.date)
      .option('-u, --unit <unit>', t().assess.unit)
      .addOption(
        choice('-f, --format <format>', t().assess.format, [
          'text',
          'markdown',
          'json',
          'csv',
          'xlsx',
          'docx',
        ]),
      )
      .option('-o, --output <file>', t().assess.output),
  ).action(async (opts) => {
    const { runAssess } = await import('./commands/assess.js');
    setExit(await runAssess(opts));
  });

  ledgerOptions(
    scheduleOptions(program.command('dashboard'))
      .description(t().assess.dashboardDesc)
      .option('-d, --date <date>', t().assess.dashboardDate)
      .option('-o, --output <file>', t().assess.dashboardOutput),
  ).action(async (opts) => {
    const { runDashboard } = await import('./commands/dashboard.js');
    setExit(await runDashboard(opts));
  });
}

export function buildProgram(lang: 'zh' | 'en', setExit: SetExit): Command {
  const program = new ReformCommand('reform');
  program
    .description(t().cli.description)
    .version(VERSION, '-V, --version', t().cli.version)
    .helpOption('-h, --help', t().cli.help)
    .helpCommand('help [command]', t().cli.helpCommand)
    .addOption(choice('--lang <lang>', t().cli.lang, ['zh', 'en']))
    .option('--debug', t().cli.debug)
    // no command: show what there is (on stdout, exit 0), not silence
    .action(() => {
      process.stdout.write(program.helpInformation());
    });
  for (const add of [
    addCheck,
    addRemind,
    addNotices,
    addDiff,
    addReport,
    addReconcile,
    addWorkbooks,
    addCalendar,
    addInit,
    addAssessment,
  ])
    add(program, setExit);
  for (const cmd of [program, ...program.commands]) {
    cmd
      .helpOption('-h, --help', t().cli.help)
      .showSuggestionAfterError(false)
      .configureHelp(helpConfig(lang))
      .exitOverride()
      .configureOutput({ writeErr: () => {} });
  }
  return program;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  // the language is needed before the program is built: its help texts are worded in it
  const lang = detectLang(argv);
  setLang(lang);
  applyColourEnv();
  // no line of ledger text may become a GitHub workflow command, in any format
  guardStream(process.stdout);
  guardStream(process.stderr);
  let exitCode = 0;
  let debug = false;
  let noCache = false;
  const program = buildProgram(lang, (c) => (exitCode = c));
  // what the chosen command's options say about the whole run, once commander has parsed them
  program.hook('preAction', (_root, command) => {
    debug = Boolean(command.optsWithGlobals().debug);
    // --no-cache reaches the ledger loader of every command through the environment, for this run only
    noCache = command.opts().cache === false && process.env.REFORM_NO_CACHE === undefined;
    if (noCache) process.env.REFORM_NO_CACHE = '1';
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    return handleError(err, debug);
  } finally {
    if (noCache) delete process.env.REFORM_NO_CACHE;
  }
}

function handleError(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) {
    if (
      err.code === 'commander.helpDisplayed' ||
      err.code === 'commander.version' ||
      err.code === 'commander.help'
    ) {
      return 0;
    }
    // what commander still words itself (none of its parse errors reach here: see ReformCommand)
    process.stderr.write(t().cli.usageError({ msg: err.message.replace(/^error: /, '') }) + '\n');
    return EXIT_USAGE;
  }
  if (err instanceof UsageError) {
    process.stderr.write(t().cli.usageError({ msg: err.message }) + '\n');
    if (debug) process.stderr.write(String(err.stack) + '\n');
    return err.exitCode;
  }
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(t().cli.internal({ msg }) + '\n');
  if (debug && err instanceof Error) process.stderr.write(String(err.stack) + '\n');
  return 3;
}
