// The commander program. Only commander and the message catalogue load at start-up; each
// subcommand's module is imported inside its action, so `--version` and `--help` stay fast.
import { Command, CommanderError, Help, Option } from 'commander';
import { detectLang, getLang, messages, setLang } from './i18n/index.js';
import { UsageError, EXIT_USAGE } from './cli/errors.js';
import { VERSION } from './version.js';
import { displayWidth } from './render/width.js';

const M = messages({
  description: {
    zh: '改革落实台账工具：台账校验、五级提醒、季度督察报告、对账销号',
    en: 'Reform-implementation ledgers: check, five-level reminders, quarterly report, reconciliation',
  },
  version: { zh: '显示版本号', en: 'show the version number' },
  help: { zh: '显示帮助', en: 'show help' },
  helpCommand: { zh: '显示某个命令的帮助', en: 'show help for a command' },
  lang: { zh: '界面语言：zh（默认）或 en', en: 'language: zh (default) or en' },
  debug: { zh: '出错时显示调试信息（堆栈）', en: 'show debugging details (stack traces) on failure' },
  ledgers: { zh: '台账目录', en: 'ledger folder' },
  checkDesc: {
    zh: '校验台账文件（格式、必填项、日期、跨台账一致性），供 CI 使用',
    en: 'validate the ledger files (format, required fields, dates, cross-ledger rules); for CI',
  },
  format: { zh: '输出格式', en: 'output format' },
  checkFormat: {
    zh: '输出格式：text、json、github（GitHub 注释）、junit（JUnit XML）、gitlab（GitLab 代码质量报告）',
    en: 'output format: text, json, github (annotations), junit (JUnit XML), gitlab (GitLab Code Quality)',
  },
  remindDesc: {
    zh: '五级提醒：列出今日要催办的单位和事项（按交办主体、单位分组）及提前预告',
    en: 'five-level reminders: whom to chase today (by issuer and unit), and advance notices',
  },
  remindDate: {
    zh: '按哪一天计算（YYYY-MM-DD，默认为政策时区的今天）',
    en: 'the as-of day (YYYY-MM-DD; default: today in the policy time zone)',
  },
  remindUnit: { zh: '只看某个单位（全称或简称）', en: 'only this unit (name or alias)' },
  remindLevel: {
    zh: '只看该级别及以上：phone 电话、written 书面、onsite 现场、circular 通报、interview 约谈',
    en: 'only this level and above: phone, written, onsite, circular, interview',
  },
  remindNew: { zh: '只看今日新提醒', en: "only the new reminders (today's work)" },
  remindFormat: {
    zh: '输出格式：text 表格、json、markdown、csv（Excel/WPS 可直接打开）、notice 催办通知和提醒短信',
    en: 'output format: text, json, markdown, csv (opens in Excel/WPS), notice (urging notices and messages)',
  },
  remindRecord: {
    zh: '把今日新提醒记入 reminders.yaml（同一天重复运行不会重复记录）',
    en: 'append the new reminders to reminders.yaml (idempotent on the same day)',
  },
  remindBy: {
    zh: '经办人（默认取 git config user.name）',
    en: 'who sends them (default: git config user.name)',
  },
  reportDesc: {
    zh: '生成季度督察报告（总体情况、分单位、严重滞后、建议约谈、催办、问题整改、试点、下季度节点、与上季度对比）',
    en: 'write the quarterly supervision report (overview, units, serious delays, interviews, reminders, problems, pilots, next quarter, change)',
  },
  reportQuarter: {
    zh: '季度，如 2026Q3 或 2026-Q3（默认：今天所在季度；已结束的季度按其最后一天统计）',
    en: 'quarter, e.g. 2026Q3 or 2026-Q3 (default: the quarter of today; a finished quarter is taken as of its last day)',
  },
  reportDate: { zh: '统计截至日期 YYYY-MM-DD，须在该季度内', en: 'as-of day YYYY-MM-DD, within the quarter' },
  reportFormat: {
    zh: '输出格式（默认 markdown；指定 -o 时按扩展名判断）',
    en: 'output format (default markdown; with -o, from the file extension)',
  },
  reportOutput: {
    zh: '写入文件（.md、.html、.json、.csv），原子写入',
    en: 'write to a file (.md, .html, .json, .csv), atomically',
  },
  reportUnit: {
    zh: '只统计该牵头单位的事项（可用简称）',
    en: 'only the items this unit leads (an alias is accepted)',
  },
  reportGroup: {
    zh: '只统计该专项小组的事项（可用简称）',
    en: 'only the items of this special group (an alias is accepted)',
  },
  strict: { zh: '警告也视为失败（退出码 1）', en: 'treat warnings as failures (exit code 1)' },
  choices: { zh: '可选 ', en: 'choices: ' },
  defaults: { zh: '默认 ', en: 'default: ' },
  invalidChoice: {
    zh: '选项 {opt} 的取值 {arg} 无效，可选：{choices}',
    en: 'option {opt}: {arg} is not one of {choices}',
  },
  usageError: { zh: '错误：{msg}', en: 'error: {msg}' },
  unknownOption: { zh: '未知选项 {arg}', en: 'unknown option {arg}' },
  unknownCommand: {
    zh: '未知命令 {arg}（可用 reform --help 查看命令）',
    en: 'unknown command {arg} (see reform --help)',
  },
  missingArgument: { zh: '缺少参数 {arg}', en: 'missing argument {arg}' },
  optionMissingArgument: { zh: '选项 {arg} 缺少取值', en: 'option {arg} needs a value' },
  excessArguments: { zh: '参数过多', en: 'too many arguments' },
  internal: {
    zh: '内部错误：{msg}（加 --debug 可查看详情，请向维护者报告）',
    en: 'internal error: {msg} (run with --debug for details and report it to the maintainers)',
  },
  checkSince: {
    zh: '同时检查自 git 版本 REV 以来未经批准的延期和被删除的条目（视为错误）',
    en: 'also report unapproved postponements and deleted entries since git revision REV (as errors)',
  },
  diffDesc: {
    zh: '比较两个 git 版本的台账：新增、删除、逐字段修改的条目，以及延期是否经过批准',
    en: 'compare the ledgers of two git revisions: entries added, removed and changed field by field, and whether postponements were approved',
  },
  diffFrom: {
    zh: '旧版本（默认 HEAD；也可写 FROM..TO）',
    en: 'the older revision (default HEAD; FROM..TO also accepted)',
  },
  diffTo: { zh: '新版本（默认为工作区）', en: 'the newer revision (default: the working tree)' },
  diffFormat: {
    zh: '输出格式：text、markdown（用于合并请求评论）、json',
    en: 'output format: text, markdown (for a pull request comment), json',
  },
  reconcileDesc: {
    zh: '对账销号：按批准的清单（基线版本）逐项对账，分单位统计，可写入销号和结转',
    en: 'reconcile the ledger against the approved list (a baseline revision), per unit; optionally write close-outs and carry-overs',
  },
  period: {
    zh: '对账期：2026H1、2026H2 或 2026（全年）',
    en: 'the period: 2026H1, 2026H2 or 2026 (the whole year)',
  },
  baseline: {
    zh: '基线：git 版本（标签、分支、提交）或台账目录；默认为标签 baseline/<年份>',
    en: 'the baseline: a git revision (tag, branch, commit) or a ledger folder; default: the tag baseline/<year>',
  },
  reconcileFormat: {
    zh: '输出格式：text、markdown、json、csv',
    en: 'output format: text, markdown, json, csv',
  },
  reconcileDate: {
    zh: '今天的日期（YYYY-MM-DD，默认为政策时区的今天）：销号、结转的日期；对账截至期末或今天',
    en: 'today (YYYY-MM-DD; default: today in the policy time zone): the close-out day; the reconciliation is as of the period end or today',
  },
  close: {
    zh: '把销号（closed）写入每项可销号的任务',
    en: 'write the close-out (closed) into every closable task',
  },
  carryOver: {
    zh: '全年对账时，把结转（carried_over）写入每项未完成的任务',
    en: 'for the whole year, write the carry-over (carried_over) into every unfinished task',
  },
  calendarDesc: {
    zh: '关键节点日历（.ics）：每个未完成节点一个全天日程，提前预告天数前提醒；手机、Outlook 可订阅或导入',
    en: 'milestone calendar (.ics): each open node as an all-day event with an alarm prewarn_days before; for phones and Outlook',
  },
  calendarUnit: {
    zh: '只含该单位牵头的事项（全称或简称）',
    en: 'only the items this unit leads (name or alias)',
  },
  calendarOutput: {
    zh: '写入文件（.ics），原子写入；缺省输出到屏幕',
    en: 'write to a file (.ics), atomically; default: standard output',
  },
  calendarDate: {
    zh: '按哪一天计算（YYYY-MM-DD，默认为政策时区的今天）',
    en: 'the as-of day (YYYY-MM-DD; default: today in the policy time zone)',
  },
  initDesc: {
    zh: '新建本办的台账仓库：台账模板、结构文件、编辑器设置、提交前检查和所用代码托管平台的 CI',
    en: "create an office's ledger repository: ledger template, schemas, editor settings, pre-commit check and CI for its forge",
  },
  initDir: {
    zh: '目录（默认当前目录；须为空目录）',
    en: 'the folder (default: the current one; must be empty)',
  },
  initOffice: { zh: '改革办名称，如 市委改革办', en: "the office's short name, e.g. 市委改革办" },
  initCity: { zh: '市（县、区）名称，如 云岭市', en: 'the city or county, e.g. 云岭市' },
  initForge: {
    zh: '代码托管平台：github、gitlab 或 gitea（决定生成哪种 CI 配置）',
    en: 'the forge: github, gitlab or gitea (which CI definition to write)',
  },
  initForce: {
    zh: '目录不为空时也补建缺少的文件（已有文件不覆盖）',
    en: 'also in a folder that is not empty: add the missing files (existing files are kept)',
  },
  dryRun: {
    zh: '只显示将要写入的内容，不修改文件',
    en: 'show what would be written without changing any file',
  },
});

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
  if (option.argChoices) extra.push(`${M.choices()}${option.argChoices.join(' | ')}`);
  if (option.defaultValue !== undefined && !option.negate)
    extra.push(`${M.defaults()}${String(option.defaultValue)}`);
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

/** Options every ledger-reading subcommand takes. */
export function ledgerOptions(cmd: Command): Command {
  return cmd
    .option('-l, --ledgers <dir>', M.ledgers(), 'ledgers')
    .addOption(new Option('--lang <lang>', M.lang()).choices(['zh', 'en']))
    .option('--debug', M.debug());
}

function formatCommanderError(err: CommanderError): string {
  const arg = /'([^']*)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'commander.unknownOption':
      return M.unknownOption({ arg });
    case 'commander.unknownCommand':
      return M.unknownCommand({ arg });
    case 'commander.missingArgument':
      return M.missingArgument({ arg });
    case 'commander.optionMissingArgument':
      return M.optionMissingArgument({ arg });
    case 'commander.invalidArgument': {
      const m =
        /option '(?:-\w, )?(--[\w-]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(
          err.message,
        );
      return m
        ? M.invalidChoice({ opt: m[1]!, arg: m[2]!, choices: m[3]! })
        : err.message.replace(/^error: /, '');
    }
    case 'commander.excessArguments':
      return M.excessArguments();
    default:
      return err.message.replace(/^error: /, '');
  }
}

export function buildProgram(lang: 'zh' | 'en', setExit: (code: number) => void): Command {
  const program = new Command('reform');
  program
    .description(M.description())
    .version(VERSION, '-V, --version', M.version())
    .helpOption('-h, --help', M.help())
    .helpCommand('help [command]', M.helpCommand())
    .addOption(new Option('--lang <lang>', M.lang()).choices(['zh', 'en']))
    .option('--debug', M.debug())
    .showSuggestionAfterError(false)
    .configureHelp(helpConfig(lang))
    .exitOverride()
    .configureOutput({ writeErr: () => {} });

  ledgerOptions(
    program
      .command('check')
      .description(M.checkDesc())
      .addOption(
        new Option('-f, --format <format>', M.checkFormat())
          .choices(['text', 'json', 'github', 'junit', 'gitlab'])
          .default('text'),
      )
      .option('--strict', M.strict())
      .option('--since <rev>', M.checkSince()),
  ).action(async (opts) => {
    const { runCheck } = await import('./commands/check.js');
    setExit(await runCheck(opts));
  });

  ledgerOptions(
    program
      .command('remind')
      .description(M.remindDesc())
      .option('-d, --date <date>', M.remindDate())
      .option('-u, --unit <unit>', M.remindUnit())
      .option('--level <level>', M.remindLevel())
      .option('--new', M.remindNew())
      .addOption(
        new Option('-f, --format <format>', M.remindFormat())
          .choices(['text', 'json', 'markdown', 'csv', 'notice'])
          .default('text'),
      )
      .option('--record', M.remindRecord())
      .option('--by <name>', M.remindBy()),
  ).action(async (opts) => {
    const { runRemind } = await import('./commands/remind.js');
    setExit(await runRemind(opts));
  });

  ledgerOptions(
    program
      .command('diff')
      .description(M.diffDesc())
      .argument('[from]', M.diffFrom())
      .argument('[to]', M.diffTo())
      .addOption(
        new Option('-f, --format <format>', M.diffFormat())
          .choices(['text', 'markdown', 'json'])
          .default('text'),
      ),
  ).action(async (from: string | undefined, to: string | undefined, opts) => {
    const { runDiff } = await import('./commands/diff.js');
    setExit(await runDiff({ ...opts, from, to }));
  });

  ledgerOptions(
    program
      .command('report')
      .description(M.reportDesc())
      .option('-q, --quarter <quarter>', M.reportQuarter())
      .option('-d, --date <date>', M.reportDate())
      .addOption(
        new Option('-f, --format <format>', M.reportFormat()).choices(['markdown', 'html', 'json', 'csv']),
      )
      .option('-o, --output <file>', M.reportOutput())
      .option('-u, --unit <unit>', M.reportUnit())
      .option('-g, --group <group>', M.reportGroup()),
  ).action(async (opts) => {
    const { runReport } = await import('./commands/report.js');
    setExit(await runReport(opts));
  });

  ledgerOptions(
    program
      .command('reconcile')
      .description(M.reconcileDesc())
      .option('-p, --period <period>', M.period())
      .option('-b, --baseline <rev>', M.baseline())
      .addOption(
        new Option('-f, --format <format>', M.reconcileFormat())
          .choices(['text', 'markdown', 'json', 'csv'])
          .default('text'),
      )
      .option('--date <date>', M.reconcileDate())
      .option('--close', M.close())
      .option('--carry-over', M.carryOver())
      .option('--dry-run', M.dryRun()),
  ).action(async (opts) => {
    const { runReconcile } = await import('./commands/reconcile.js');
    setExit(await runReconcile(opts));
  });

  ledgerOptions(
    program
      .command('calendar')
      .description(M.calendarDesc())
      .option('-u, --unit <unit>', M.calendarUnit())
      .option('-o, --output <file>', M.calendarOutput())
      .option('-d, --date <date>', M.calendarDate()),
  ).action(async (opts) => {
    const { runCalendar } = await import('./commands/calendar.js');
    setExit(await runCalendar(opts));
  });

  program
    .command('init')
    .description(M.initDesc())
    .argument('[dir]', M.initDir())
    .option('--office <name>', M.initOffice())
    .option('--city <name>', M.initCity())
    .addOption(
      new Option('--forge <forge>', M.initForge()).choices(['github', 'gitlab', 'gitea']).default('github'),
    )
    .option('--force', M.initForce())
    .addOption(new Option('--lang <lang>', M.lang()).choices(['zh', 'en']))
    .option('--debug', M.debug())
    .action(async (dir: string | undefined, opts) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit({ ...opts, dir }));
    });

  for (const cmd of program.commands) {
    cmd
      .helpOption('-h, --help', M.help())
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
  const debug = argv.includes('--debug');
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
    process.stderr.write(M.usageError({ msg: formatCommanderError(err) }) + '\n');
    return EXIT_USAGE;
  }
  if (err instanceof UsageError) {
    process.stderr.write(M.usageError({ msg: err.message }) + '\n');
    if (debug) process.stderr.write(String(err.stack) + '\n');
    return err.exitCode;
  }
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(M.internal({ msg }) + '\n');
  if (debug && err instanceof Error) process.stderr.write(String(err.stack) + '\n');
  return 3;
}
