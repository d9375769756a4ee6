// The ledger template of a new office: one commented file per kind, each with one example entry,
// units and policy filled from `reform init --office --city`. Pure: the day is an argument. The
// field reference in each header comes from the schemas, so new fields appear by themselves;
// policy keys that exist only in newer schemas are written only when the schema has them.
import type { FileKind } from '../schema/index.js';
import { jsonSchema } from '../schema/json-schema.js';
import { addDays, addYears } from '../domain/dates.js';
import { fieldReference } from './field-docs.js';

export interface TemplateOptions {
  /** The office's short name, e.g. 市委改革办. */
  office?: string;
  /** The city (or county), e.g. 云岭市; 云岭 is read as 云岭市. */
  city?: string;
  /** Today, YYYY-MM-DD: example dates are laid around it. */
  today: string;
  /** The schemas folder as seen from ledgers/ (for the modelines). */
  schemas?: string;
}

export interface Identity {
  city?: string;
  /** 市, 县, 区…: the level the office works at. */
  level: string;
  office: string;
  officeFull?: string;
  committee?: string;
  docPrefix?: string;
  /** How the office calls itself with the place: 云岭市委改革办. */
  localName: string;
}

/** Names derived from the flags: 云岭 → 云岭市, 市委改革办, 中共云岭市委全面深化改革委员会办公室, 云改办督. */
export function identity(opts: { office?: string; city?: string }): Identity {
  const raw = opts.city?.trim();
  const city = raw ? (/[市县区州盟旗]$/.test(raw) ? raw : `${raw}市`) : undefined;
  const level = city ? city.slice(-1) : '市';
  const office = opts.office?.trim() || `${level}委改革办`;
  if (!city) return { level, office, localName: office };
  return {
    city,
    localName: office.startsWith(level) ? `${city}${office.slice(1)}` : `${city}${office}`,
    level,
    office,
    officeFull: `中共${city}委全面深化改革委员会办公室`,
    committee: `${level}委全面深化改革委员会`,
    docPrefix: `${city[0]}改办督`,
  };
}

/** A YAML plain scalar when safe, otherwise double-quoted. */
function q(s: string): string {
  return /^[^\s#:'"{}[\],&*!|>%@`?-][^#:{}[\],]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s);
}

function head(kind: FileKind, schemas: string, lines: string[]): string {
  return [
    `# yaml-language-server: $schema=${schemas}/${kind}.schema.json`,
    ...lines,
    '#',
    ...fieldReference(kind),
    '',
  ].join('\n');
}

const SPLIT = (kind: string) => [
  `# 条目多时可拆分为目录 ledgers/${kind}/（其中每个 .yaml 文件同样以 ${kind}: 开头）。拆分后的文件首行`,
  `# 应写 # yaml-language-server: $schema=../../schemas/${kind}.schema.json（多一层 ../），`,
  '# 或删去该行：VS Code 按仓库中的 .vscode/settings.json 为 ledgers/ 下的文件指定结构。',
];

export function ledgerTemplate(opts: TemplateOptions): Record<FileKind, string> {
  const id = identity(opts);
  const schemas = opts.schemas ?? '../schemas';
  const t = opts.today;
  const y = t.slice(0, 4);
  const where = id.city ?? '';
  const dept = `${id.level}发展改革委`;
  const county = '示例县';
  const group = '经济体制改革专项小组';
  const policyProps = (jsonSchema('policy').properties ?? {}) as Record<string, unknown>;
  const has = (key: string) => key in policyProps;

  const tasks = [
    head('tasks', schemas, [
      `# ${where}改革任务（总）台账（${id.office} 编号登记）`,
      '# 每项任务写明“六个明确”：改革事项 title、牵头领导 lead_leader、责任主体（牵头单位 lead_unit 和',
      '# 责任单位 responsible_units）、任务措施 measures、成果形式 deliverable、完成时限 deadline。',
      '# 节点完成后填写 done_on；任务办结须同时填写 completed_on 和 evidence（佐证材料）。',
      '# 调整完成时限须经批准并在 adjustments 中登记。日期一律写作 YYYY-MM-DD。',
      '# 以下为示例条目（标题以“示例”开头），正式使用前请改写或删除。',
      ...SPLIT('tasks'),
    ]),
    'tasks:',
    `  - id: RW-${y}-001`,
    '    title: 示例：推行政务服务“一件事一次办”改革',
    '    lead_leader: 王明',
    `    lead_unit: ${q(dept)}`,
    `    responsible_units: [${q(county)}]`,
    `    group: ${q(group)}`,
    '    lists: [annual, key]',
    '    source: municipal',
    '    measures: 梳理高频“一件事”清单，整合办事流程，推行一表申请、一窗受理、一次办结',
    '    deliverable: 出台实施方案，上线“一件事一次办”专区',
    `    deadline: ${addDays(t, 210)}`,
    '    milestones:',
    `      - {name: 上报方案, due: ${addDays(t, 30)}}`,
    `      - {name: 文件出台, due: ${addDays(t, 90)}}`,
    `      - {name: 启动实施, due: ${addDays(t, 150)}}`,
    '    progress:',
    `      - {date: ${t}, note: 已完成调研，方案初稿正在征求意见}`,
    '',
  ].join('\n');

  const pilots = [
    head('pilots', schemas, [
      `# ${where}改革试点台账（上级部署试点 + 自选试点）`,
      '# 每个试点做到“一名牵头领导、一个推进方案、一套工作班子”；试点期限一般为1年，最长不超过2年。',
      '# 自选试点（origin: self）须报上级备案并填写 filed_on。以下为示例条目，正式使用前请改写或删除。',
      ...SPLIT('pilots'),
    ]),
    'pilots:',
    `  - id: SD-${y}-01`,
    '    title: 示例：省级营商环境创新试点',
    '    level: provincial',
    '    origin: assigned',
    '    lead_leader: 王明',
    `    lead_unit: ${q(dept)}`,
    '    plan: 《营商环境创新试点实施方案》',
    '    team:',
    '      - 组长：王明',
    `      - 成员：${dept}、${county}`,
    `    start: ${t}`,
    `    end: ${addDays(addYears(t, 1), -1)}`,
    '    milestones:',
    `      - {name: 上报方案, due: ${addDays(t, 45)}}`,
    '',
  ].join('\n');

  const problems = [
    head('problems', schemas, [
      `# ${where}改革问题清单（挂账整改）`,
      '# 整改通知 notice、跟踪复查 reviews；整改完成填写 rectified_on 和 evidence，经复核属实后',
      `# 由${id.office}填写 verified（据实销账）。以下为示例条目，正式使用前请改写或删除。`,
      ...SPLIT('problems'),
    ]),
    'problems:',
    `  - id: WT-${y}-001`,
    '    title: 示例：改革方案“六个明确”要素不全',
    `    found_on: ${t}`,
    '    found_by: daily',
    '    description: 报送的改革方案未明确成果形式，任务措施表述笼统，缺少时间节点',
    `    unit: ${q(county)}`,
    `    deadline: ${addDays(t, 60)}`,
    `    related: RW-${y}-001`,
    '',
  ].join('\n');

  const officeAliases = id.localName !== id.office ? `\n    aliases: [${q(id.localName)}]` : '';
  const units = [
    head('units', schemas, [
      `# ${where}全面深化改革责任单位名录`,
      '# 台账中的牵头单位、责任单位、整改单位都须在此登记；写简称也能识别，但 reform check 会提示改用全称。',
      '# contact 为改革工作联络员，电话提醒、书面提醒发给联络员。',
    ]),
    'units:',
    `  - name: ${q(id.office)}`,
    `    kind: office${officeAliases}`,
    '    # contact: {name: 联络员姓名, phone: "0871-00000000"}',
    `  - name: ${q(group)}`,
    '    kind: group',
    `  - name: ${q(dept)}`,
    '    kind: department',
    `    aliases: [${q(`${id.level}发改委`)}]`,
    `  - name: ${q(county)}`,
    '    kind: county',
    '',
    'leaders:',
    '  - name: 王明',
    `    title: 副${id.level === '市' ? '市长' : `${id.level}长`}（示例）`,
    '',
  ].join('\n');

  const policy = [
    head('policy', schemas, [
      `# ${id.localName}督察督办规则（reform 据此计算五级提醒、提前预告和季度报告）`,
      '# 依据本地的五级提醒制度填写；各项均可省略，省略时按昆明市五级提醒办法（15/31/46/61天）。',
    ]),
    `office: ${q(id.office)}`,
    ...(has('office_full') && id.officeFull ? [`office_full: ${q(id.officeFull)}`] : []),
    ...(has('committee') && id.committee ? [`committee: ${q(id.committee)}`] : []),
    ...(has('doc_prefix') && id.docPrefix ? [`doc_prefix: ${q(id.docPrefix)}`] : []),
    'timezone: Asia/Shanghai',
    '',
    '# 五级提醒：各级别的起始天数（连续塌进度天数，含当天）；约谈提醒由委员会研究决定',
    'bands:',
    '  phone: 15',
    '  written: 31',
    '  onsite: 46',
    '  circular: 61',
    '',
    '# 关键节点到期前几天发出提前预告提醒',
    'prewarn_days: 7',
    '',
    '# 试点期限：一般1年，最长不超过2年',
    'pilot:',
    '  usual_years: 1',
    '  max_years: 2',
    '',
    '# 计日方式：calendar 自然日，workdays 工作日（按国家法定节假日和调休）',
    'day_count: calendar',
    '',
  ].join('\n');

  const reminders = [
    head('reminders', schemas, [
      '# 催办记录（五级提醒记录备案）：只追加，不改动已有记录。',
      '# 可由 reform remind --record 自动追加，也可手工补记。每条记录写在一行内（- {date: …, item: …}）：',
      '# 两人同时追加时，合并会保留双方的记录（见 .gitattributes 中的 merge=union，它按行合并）。',
      '# 以下为示例记录，正式使用前请删除。',
    ]),
    'reminders:',
    `  - {date: ${t}, item: RW-${y}-001, level: phone, to: ${q(dept)}, by: 经办人, note: 示例记录：电话提醒联络员按时报送方案}`,
    '',
  ].join('\n');

  const imports = [
    head('imports', schemas, [
      '# 进展填报表导入记录：由 reform import 写入，同一份填报表只导入一次，请勿手工修改。',
    ]),
    'imports: []',
    '',
  ].join('\n');

  return { tasks, pilots, problems, units, policy, reminders, imports };
}
