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
    .addOption(new Option('--lang <lang>', t().cli.lang).choices(['zh', 'en']))
    .option('--debug', t().cli.debug)
    .option('--no-cache', t().cli.noCache);
}

function formatCommanderError(err: CommanderError): string {
  const arg = /'([^']*)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'commander.unknownOption':
      return t().cli.unknownOption({ arg });
    case 'commander.unknownCommand':
      return t().cli.unknownCommand({ arg });
    case 'commander.missingArgument':
      return t().cli.missingArgument({ arg });
    case 'commander.optionMissingArgument':
      return t().cli.optionMissingArgument({ arg });
    case 'commander.invalidArgument': {
      const m =
        /option '(?:-\w, )?(--[\w-]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(
          err.message,
        );
      return m
        ? t().cli.invalidChoice({ opt: m[1]!, arg: m[2]!, choices: m[3]! })
        : err.message.replace(/^error: /, '');
    }
    case 'commander.excessArguments':
      return t().cli.excessArguments;
    default:
      return err.message.replace(/^error: /, '');
  }
}

export function buildProgram(lang: 'zh' | 'en', setExit: (code: number) => void): Command {
  const program = new Command('reform');
  program
    .description(t().cli.description)
    .version(VERSION, '-V, --version', t().cli.version)
    .helpOption('-h, --help', t().cli.help)
    .helpCommand('help [command]', t().cli.helpCommand)
    .addOption(new Option('--lang <lang>', t().cli.lang).choices(['zh', 'en']))
    .option('--debug', t().cli.debug)
    .showSuggestionAfterError(false)
    .configureHelp(helpConfig(lang))
    .exitOverride()
    .configureOutput({ writeErr: () => {} });

  ledgerOptions(
    program
      .command('check')
      .description(t().cli.checkDesc)
      .addOption(
        new Option('-f, --format <format>', t().cli.checkFormat)
          .choices(['text', 'json', 'github', 'junit', 'gitlab'])
          .default('text'),
      )
      .option('--strict', t().cli.strict)
      .option('--since <rev>', t().cli.checkSince),
  ).action(async (opts) => {
    const { runCheck } = await import('./commands/check.js');
    setExit(await runCheck(opts));
  });

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
          new Option('-f, --format <format>', t().cli.remindFormat)
            .choices(['text', 'json', 'markdown', 'csv', 'notice'])
            .default('text'),
        )
        .option('--record', t().cli.remindRecord)
        .option('--by <name>', t().cli.remindBy),
    ),
  ).action(async (opts) => {
    const { runRemind } = await import('./commands/remind.js');
    setExit(await runRemind(opts));
  });

  scheduleOptions(
    ledgerOptions(
      program
        .command('notices')
        .description(t().cli.noticesDesc)
        .option('-d, --date <date>', t().cli.noticesDate)
        .option('-k, --kind <kind...>', t().cli.noticesKind)
        .option('-u, --unit <unit>', t().cli.noticesUnit)
        .addOption(
          new Option('-f, --format <format>', t().cli.noticesFormat)
            .choices(['docx', 'md', 'txt'])
            .default('docx'),
        )
        .option('-o, --output <dir>', t().cli.noticesOutput)
        .option('--record', t().cli.noticesRecord)
        .option('--by <name>', t().cli.remindBy),
    ),
  ).action(async (opts) => {
    const { runNotices } = await import('./commands/notices.js');
    setExit(await runNotices(opts));
  });

  ledgerOptions(
    program
      .command('diff')
      .description(t().cli.diffDesc)
      .argument('[from]', t().cli.diffFrom)
      .argument('[to]', t().cli.diffTo)
      .addOption(
        new Option('-f, --format <format>', t().cli.diffFormat)
          .choices(['text', 'markdown', 'json'])
          .default('text'),
      ),
  ).action(async (from: string | undefined, to: string | undefined, opts) => {
    const { runDiff } = await import('./commands/diff.js');
    setExit(await runDiff({ ...opts, from, to }));
  });

  scheduleOptions(
    ledgerOptions(
      program
        .command('report')
        .description(t().cli.reportDesc)
        .option('-q, --quarter <quarter>', t().cli.reportQuarter)
        .option('-d, --date <date>', t().cli.reportDate)
        .addOption(
          new Option('-f, --format <format>', t().cli.reportFormat).choices([
            'markdown',
            'html',
            'json',
            'csv',
            'docx',
          ]),
        )
        .option('-o, --output <file>', t().cli.reportOutput)
        .option('-u, --unit <unit>', t().cli.reportUnit)
        .option('-g, --group <group>', t().cli.reportGroup),
    ),
  ).action(async (opts) => {
    const { runReport } = await import('./commands/report.js');
    setExit(await runReport(opts));
  });

  ledgerOptions(
    program
      .command('reconcile')
      .description(t().cli.reconcileDesc)
      .option('-p, --period <period>', t().cli.period)
      .option('-b, --baseline <rev>', t().cli.baseline)
      .addOption(
        new Option('-f, --format <format>', t().cli.reconcileFormat)
          .choices(['text', 'markdown', 'json', 'csv'])
          .default('text'),
      )
      .option('--date <date>', t().cli.reconcileDate)
      .option('--close', t().cli.close)
      .option('--carry-over', t().cli.carryOver)
      .option('--dry-run', t().cli.dryRun),
  ).action(async (opts) => {
    const { runReconcile } = await import('./commands/reconcile.js');
    setExit(await runReconcile(opts));
  });

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
      .addOption(
        new Option('-f, --format <format>', t().cli.format).choices(['text', 'json']).default('text'),
      ),
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

  program
    .command('init')
    .description(t().cli.initDesc)
    .argument('[dir]', t().cli.initDir)
    .option('--office <name>', t().cli.initOffice)
    .option('--city <name>', t().cli.initCity)
    .addOption(
      new Option('--forge <forge>', t().cli.initForge)
        .choices(['github', 'gitlab', 'gitea'])
        .default('github'),
    )
    .option('--force', t().cli.initForce)
    .addOption(new Option('--lang <lang>', t().cli.lang).choices(['zh', 'en']))
    .option('--debug', t().cli.debug)
    .action(async (dir: string | undefined, opts) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit({ ...opts, dir }));
    });

  ledgerOptions(
    scheduleOptions(program.command('assess'))
      .description(t().assess.desc)
      .option('-y, --year <year>', t().assess.year)
      .option('-d, --date <date>', t().assess.date)
      .option('-u, --unit <unit>', t().assess.unit)
      .addOption(
        new Option('-f, --format <format>', t().assess.format).choices([
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

  for (const cmd of program.commands) {
    cmd
      .helpOption('-h, --help', t().cli.help)
      .configureHelp(helpConfig(lang))
      .exitOverride()
      .configureOutput({ writeErr: () => {} });
  }
  return program;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  const lang = detectLang(argv);
  setLang(lang);
  applyColourEnv();
  // no line of ledger text may become a GitHub workflow command, in any format
  guardStream(process.stdout);
  guardStream(process.stderr);
  const debug = argv.includes('--debug');
  // --no-cache reaches the ledger loader of every command through the environment, for this run only
  const noCache = argv.includes('--no-cache') && process.env.REFORM_NO_CACHE === undefined;
  if (noCache) process.env.REFORM_NO_CACHE = '1';
  let exitCode = 0;
  const program = buildProgram(lang, (c) => (exitCode = c));
  let code = 0;
  try {
    if (!argv.some((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang')) {
      // no command: show what there is, not silence
      if (!argv.includes('--help') && !argv.includes('-h')) {
        process.stdout.write(program.helpInformation());
        return 0;
      }
    }
    await program.parseAsync(argv, { from: 'user' });
    code = exitCode;
  } catch (err) {
    code = handleError(err, debug);
  } finally {
    if (noCache) delete process.env.REFORM_NO_CACHE;
  }
  return code;
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
    process.stderr.write(t().cli.usageError({ msg: formatCommanderError(err) }) + '\n');
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
