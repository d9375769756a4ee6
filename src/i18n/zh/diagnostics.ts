// Diagnostics: each finding's message (by code), its hint, and the check summary.
import { diff } from './diff.js';
import { didYouMean } from './shared.js';

/** A postponement's verdict as data (reconcile/approval.ts verdictParams), with the field moved. */
type VerdictDiagnostic = Parameters<typeof diff.verdictReason>[0] & {
  field: string;
  from: string;
  to: string;
};

// render/common/diagnostics.ts
export const diagnosticsText = {
  error: '错误',
  warning: '警告',
  summary: (p: {
    files: string | number;
    entries: string | number;
    errors: string | number;
    warnings: string | number;
  }) => `检查了 ${p.files} 个文件、${p.entries} 个条目：${p.errors} 个错误，${p.warnings} 个警告`,
  ok: '台账检查通过。',
  failed: '台账检查未通过。',
};

/** Why a file could not be read, by error code. */
const UNREADABLE_ZH: Record<string | number, string> = {
  EISDIR: '这是一个目录，不是文件',
  ELOOP: '符号链接成环（指向自身或互相指向）',
  ENOENT: '符号链接指向的文件不存在',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  NOTFILE: '不是普通文件（如命名管道或设备）',
};

/** What a value should have been (ledger/schema-issues.ts expectedKind). */
const EXPECTED_ZH: Record<string | number, string> = {
  date: '日期（YYYY-MM-DD）',
  text: '文本',
  list: '列表（每项以“- ”开头）',
  mapping: '映射（字段: 值）',
  number: '数字',
  boolean: 'true 或 false',
  'text-or-list': '文本或文本列表',
};

/** Why a date is not a real one, as data (ledger/schema-issues.ts dateReason). */
export interface DateReason {
  why: string | number;
  year: string | number;
  month: string | number;
  day: string | number;
}

const dateWhy = (p: DateReason) =>
  p.why === 'month' ? `没有${p.month}月。` : p.why === 'day' ? `${p.year}年${p.month}月没有${p.day}日。` : '';

// diagnostics/messages.ts
export const diagnostic = {
  'file-unreadable': (p: { reason: string | number }) =>
    `无法读取文件：${UNREADABLE_ZH[p.reason] ?? p.reason}`,
  'not-utf8': (p: { line: string | number }) => `文件不是 UTF-8 编码（第 ${p.line} 行起）`,
  'merge-conflict': (p: { marker: string | number }) => `文件中残留合并冲突标记 ${p.marker}`,
  'yaml-tab': '缩进中使用了制表符（Tab）',
  'yaml-syntax': (p: { detail: string | number }) => `YAML 语法错误：${p.detail}`,
  'yaml-duplicate-key': (p: { key: string | number }) => `键 ${p.key} 重复出现`,
  'yaml-alias': (p: { name: string | number }) => `台账中不允许使用锚点别名 *${p.name}`,
  'yaml-anchor': (p: { name: string | number }) => `台账中不允许使用锚点 &${p.name}`,
  'yaml-tag': (p: { name: string | number }) => `台账中不允许使用标签 ${p.name}`,
  'yaml-control-char': (p: { char: string | number }) => `文件中有控制字符 ${p.char}（YAML 不允许）`,
  'yaml-too-deep': (p: { max: string | number }) => `嵌套层级超过 ${p.max} 层`,
  'too-large': (p: { size: string | number; max: string | number }) =>
    `条目或字段过大（${p.size} 个字符），超过上限 ${p.max} 个字符`,
  'modeline-schema-missing': (p: { schema: string | number }) =>
    `yaml-language-server 注释指定的结构文件 ${p.schema} 不存在，编辑器将不再校验此文件`,
  'modeline-schema-kind': (p: { schema: string | number; other: string | number; kind: string | number }) =>
    `yaml-language-server 注释指定的结构文件 ${p.schema} 属于 ${p.other}，而此文件是 ${p.kind}`,
  'unknown-key': (p: { key: string | number }) => `未知字段 ${p.key}`,
  'missing-field': (p: { key: string | number; title: string | number }) =>
    `缺少必填字段 ${p.key}（${p.title}）`,
  'wrong-type': (p: { expected: string | number; first: string | number }) =>
    `类型错误：应为${p.expected === 'file-mapping' ? `映射，以“${p.first}:”开头` : (EXPECTED_ZH[p.expected] ?? p.expected)}`,
  'empty-value': (p: { key: string | number; title: string | number }) => `${p.title || '该项'}不能为空`,
  'invalid-date': (p: { value: string | number }) => `日期无效：${p.value}`,
  'invalid-id': (p: { value: string | number }) => `编号格式无效：${p.value}`,
  'invalid-value': (p: { value: string | number }) => `取值无效：${p.value}`,
  'duplicate-id': (p: { id: string | number; first: string | number }) =>
    `编号 ${p.id} 重复（首次出现于 ${p.first}）`,
  'duplicate-unit': (p: { name: string | number }) => `单位名称或简称 ${p.name} 重复`,
  'unknown-unit': (p: { name: string | number }) => `单位 ${p.name} 不在 units.yaml 中`,
  'units-empty': (p: { name: string | number }) =>
    `units.yaml 中没有任何单位，无法核对台账引用的单位（如 ${p.name}）`,
  'unit-alias': (p: { name: string | number; canonical: string | number }) =>
    `${p.name} 是简称，请写全称 ${p.canonical}`,
  'unknown-leader': (p: { name: string | number }) =>
    `牵头领导 ${p.name} 不在 units.yaml 的领导名单（leaders:）中`,
  'bands-out-of-order': (p: {
    key: string | number;
    days: string | number;
    lower: string | number;
    lowerDays: string | number;
  }) =>
    `提醒档次 ${p.key}（第 ${p.days} 天起）不晚于低一级的 ${p.lower}（第 ${p.lowerDays} 天起），会漏掉一级提醒`,
  'not-a-group': (p: { name: string | number; kind: string | number }) =>
    `${p.name} 不是专项小组（类别为 ${p.kind}）`,
  'milestone-after-deadline': (p: {
    name: string | number;
    due: string | number;
    deadline: string | number;
  }) => `节点“${p.name}”的时限 ${p.due} 晚于完成时限 ${p.deadline}`,
  'done-before-start': (p: { date: string | number; start: string | number }) =>
    `完成日期 ${p.date} 早于开始日期 ${p.start}`,
  'end-before-start': (p: { end: string | number; start: string | number }) =>
    `结束日期 ${p.end} 早于开始日期 ${p.start}`,
  'date-in-future': (p: { date: string | number; today: string | number }) =>
    `日期 ${p.date} 晚于今天（${p.today}）`,
  'completed-without-evidence': '已填写完成日期但没有佐证材料（evidence），不能销号',
  'closed-unfinished': '事项尚未完成却已销号',
  'pilot-term-over-max': (p: { years: string | number; max: string | number }) =>
    `试点期限 ${p.years} 年，超过最长 ${p.max} 年`,
  'pilot-term-over-usual': (p: { years: string | number; usual: string | number }) =>
    `试点期限 ${p.years} 年，超过一般期限 ${p.usual} 年`,
  'pilot-not-filed': '自选试点未填写备案日期（filed_on）',
  'unknown-related': (p: { id: string | number }) => `关联事项 ${p.id} 不存在`,
  'verified-before-rectified': (p: { verified: string | number; rectified: string | number }) =>
    `核实日期 ${p.verified} 早于整改完成日期 ${p.rectified}`,
  'verified-not-rectified': '尚无整改完成日期（rectified_on）却已核实销账',
  'unknown-reminder-item': (p: { id: string | number }) => `催办记录中的事项 ${p.id} 不存在`,
  'unapproved-postponement': (p: VerdictDiagnostic) =>
    `${p.field} 由 ${p.from} 推迟到 ${p.to}，${diff.verdictReason(p)}`,
  'late-record': (p: VerdictDiagnostic) => `${p.field} 由 ${p.from} 推迟到 ${p.to}，${diff.verdictReason(p)}`,
  'entry-removed': (p: { id: string | number; rev: string | number }) =>
    `条目 ${p.id} 自 ${p.rev} 以来被删除`,
  'return-unreadable': (p: { reason: string | number }) =>
    `无法读取该文件（${p.reason}），应为 reform returns 生成的 .xlsx 填报表`,
  'return-not-a-return': (p: { reason: string | number }) =>
    `不是 reform returns 生成的进展填报表（缺少 ${p.reason}）`,
  'return-wrong-unit': (p: { unit: string | number }) => `填报单位 ${p.unit} 不在 units.yaml 中`,
  'return-wrong-month': (p: { month: string | number; current: string | number }) =>
    `这是 ${p.month} 的填报表，本月是 ${p.current}`,
  'return-already-imported': (p: { unit: string | number; month: string | number }) =>
    `${p.unit} ${p.month} 的这份填报表已经导入过（见 imports.yaml），不再重复导入`,
  'return-duplicate': (p: { unit: string | number; month: string | number; other: string | number }) =>
    `${p.unit} ${p.month} 的填报表在本次导入中重复（另见 ${p.other}）`,
  'return-locked-changed': (p: { expected: string | number; found: string | number }) =>
    `锁定单元格被改动：应为“${p.expected}”，现为“${p.found}”`,
  'return-unknown-item': (p: { id: string | number }) => `编号 ${p.id} 不在台账中`,
  'return-not-unit-item': (p: { id: string | number; unit: string | number; owner: string | number }) =>
    `事项 ${p.id} 不是 ${p.unit} 牵头的（台账中为 ${p.owner}）`,
  'return-unknown-node': (p: { id: string | number; node: string | number }) =>
    `事项 ${p.id} 在台账中没有节点“${p.node}”`,
  'return-bad-date': (p: { value: string | number }) => `“${p.value}”不是日期`,
  'return-future-date': (p: { date: string | number; today: string | number }) =>
    `日期 ${p.date} 晚于今天（${p.today}）`,
  'return-done-before-start': (p: { date: string | number; start: string | number }) =>
    `完成日期 ${p.date} 早于事项开始日期 ${p.start}`,
  'return-conflict': (p: {
    id: string | number;
    field: string | number;
    ledger: string | number;
    value: string | number;
  }) => `与台账不一致：${p.id} 的 ${p.field} 台账中为 ${p.ledger}，填报为 ${p.value}（不会覆盖，请核实）`,
  'return-no-evidence': (p: { id: string | number }) => `事项 ${p.id} 填写了完成日期但没有佐证材料`,
  'return-breaks-check': (p: { detail: string | number }) => `写入后台账将无法通过校验：${p.detail}`,
  'return-write-failed': (p: { reason: string | number }) => `无法写入台账：${p.reason}`,
};

// diagnostics/messages.ts
export const hint = {
  'not-utf8': (p: { gbk: string | number }) =>
    `可能是 GBK 编码（Windows 工具常见）。请用 WPS 或记事本“另存为 UTF-8”，或运行 iconv -f GBK -t UTF-8。${p.gbk}`,
  'merge-conflict': '合并冲突未解决：保留正确内容，删除 <<<<<<<、======= 和 >>>>>>> 行',
  'yaml-tab': 'YAML 只能用空格缩进，请把 Tab 换成两个空格',
  'yaml-duplicate-key': '同一条目中每个字段只能写一次',
  'yaml-alias': '请把内容直接写出，不要用 & 和 * 引用',
  'yaml-anchor': '删除 & 及其后的名称，把内容直接写出',
  'yaml-tag': '删除以 ! 开头的标签，直接写出文本',
  'yaml-control-char': '删除该字符（常见于从其他系统复制粘贴的文本）',
  'yaml-too-deep': '台账条目只需几层缩进，请检查缩进是否错位',
  'too-large': '台账中只写摘要，长文本请放在附件中，台账里写附件名称',
  'units-empty': '在 units.yaml 的 units: 下列出本地区的单位（名称、类别），或删除空的 units.yaml',
  'unknown-key': (p: { suggest: string | number }) =>
    `字段名可能拼写错误${didYouMean(p.suggest)}；本办自定义字段请以 x_ 开头`,
  'modeline-schema-missing': (p: { kind: string | number }) =>
    `按此文件所在位置改写相对路径（如 ledgers/tasks/ 下的文件写 ../../schemas/${p.kind}.schema.json），或删去该行（仓库的 .vscode/settings.json 已按目录指定结构）`,
  'modeline-schema-kind': (p: { kind: string | number }) => `改为 ${p.kind}.schema.json`,
  'missing-field': (p: { key: string | number }) => `请补充：${p.key}: …`,
  'invalid-date': (p: DateReason & { key: string | number }) =>
    `${dateWhy(p)}格式为 YYYY-MM-DD，例如 ${p.key}: 2026-06-30`,
  'invalid-id': '编号由字母、数字和连字符组成，以字母开头，如 RW-2026-001',
  'invalid-value': (p: { options: string | number }) => `可选值：${p.options}`,
  'unknown-leader': (p: { near: string | number }) =>
    `lead_leader 填写 units.yaml 中 leaders: 列出的姓名，或在其中登记该领导${didYouMean(p.near)}`,
  'bands-out-of-order': '各级起始天数须逐级递增：phone < written < onsite < circular，如 15、31、46、61',
  'unknown-unit': (p: { suggest: string | number }) =>
    `请使用 units.yaml 中的单位全称，或在其中登记该单位${didYouMean(p.suggest)}`,
  'completed-without-evidence': '补充 evidence: 文件名或文号',
  'unapproved-postponement': '在该条目下补充 adjustments 记录：on、field、from、to、approved_by',
  'return-bad-date': '日期格式如 2026-12-03',
  'return-locked-changed': '灰色单元格为台账信息，请勿修改；请改回原值或重新生成填报表',
  'return-no-evidence': '在“佐证材料”中写明文件名称或文号',
};
