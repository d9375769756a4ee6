// The wording of every diagnostic, Chinese and English side by side: a message and, where it
// helps, a hint of the expected form.
import { messages } from '../i18n/index.js';
import type { Code, Params } from './types.js';

const MSG = messages({
  'file-unreadable': { zh: '无法读取文件：{reason}', en: 'cannot read the file: {reason}' },
  'not-utf8': {
    zh: '文件不是 UTF-8 编码（第 {line} 行起）',
    en: 'the file is not UTF-8 encoded (from line {line})',
  },
  'merge-conflict': {
    zh: '文件中残留合并冲突标记 {marker}',
    en: 'merge conflict marker {marker} left in the file',
  },
  'yaml-tab': { zh: '缩进中使用了制表符（Tab）', en: 'tab character used for indentation' },
  'yaml-syntax': { zh: 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
  'yaml-duplicate-key': { zh: '键 {key} 重复出现', en: 'key {key} appears more than once' },
  'yaml-alias': {
    zh: '台账中不允许使用锚点别名 *{name}',
    en: 'aliases (*{name}) are not allowed in ledgers',
  },
  'modeline-schema-missing': {
    zh: 'yaml-language-server 注释指定的结构文件 {schema} 不存在，编辑器将不再校验此文件',
    en: 'the modeline points at {schema}, which does not exist; editors will not validate this file',
  },
  'modeline-schema-kind': {
    zh: 'yaml-language-server 注释指定的结构文件 {schema} 属于 {other}，而此文件是 {kind}',
    en: 'the modeline points at the {other} schema {schema}, but this is a {kind} file',
  },
  'unknown-key': { zh: '未知字段 {key}', en: 'unknown field {key}' },
  'missing-field': { zh: '缺少必填字段 {key}（{title}）', en: 'required field {key} is missing ({title})' },
  'wrong-type': { zh: '类型错误：应为{expected}', en: 'wrong type: expected {expected}' },
  'empty-value': { zh: '{title}不能为空', en: '{title} must not be empty' },
  'invalid-date': { zh: '日期无效：{value}', en: 'invalid date: {value}' },
  'invalid-id': { zh: '编号格式无效：{value}', en: 'invalid id: {value}' },
  'invalid-value': { zh: '取值无效：{value}', en: 'invalid value: {value}' },
  'duplicate-id': {
    zh: '编号 {id} 重复（首次出现于 {first}）',
    en: 'duplicate id {id} (first used at {first})',
  },
  'duplicate-unit': { zh: '单位名称或简称 {name} 重复', en: 'unit name or alias {name} is defined twice' },
  'unknown-unit': { zh: '单位 {name} 不在 units.yaml 中', en: 'unit {name} is not in units.yaml' },
  'unit-alias': {
    zh: '{name} 是简称，请写全称 {canonical}',
    en: '{name} is an alias; write the full name {canonical}',
  },
  'not-a-group': {
    zh: '{name} 不是专项小组（类别为 {kind}）',
    en: '{name} is not a special group (its kind is {kind})',
  },
  'milestone-after-deadline': {
    zh: '节点“{name}”的时限 {due} 晚于完成时限 {deadline}',
    en: 'milestone "{name}" is due {due}, after the deadline {deadline}',
  },
  'done-before-start': {
    zh: '完成日期 {date} 早于开始日期 {start}',
    en: 'done on {date}, before the start {start}',
  },
  'end-before-start': {
    zh: '结束日期 {end} 早于开始日期 {start}',
    en: 'ends {end}, before it starts {start}',
  },
  'date-in-future': { zh: '日期 {date} 晚于今天（{today}）', en: 'date {date} is after today ({today})' },
  'completed-without-evidence': {
    zh: '已填写完成日期但没有佐证材料（evidence），不能销号',
    en: 'completed_on is set but there is no evidence; it cannot be closed',
  },
  'closed-unfinished': { zh: '事项尚未完成却已销号', en: 'closed, but the item is not finished' },
  'pilot-term-over-max': {
    zh: '试点期限 {years} 年，超过最长 {max} 年',
    en: 'pilot term of {years} years exceeds the maximum of {max}',
  },
  'pilot-term-over-usual': {
    zh: '试点期限 {years} 年，超过一般期限 {usual} 年',
    en: 'pilot term of {years} years exceeds the usual {usual}',
  },
  'pilot-not-filed': {
    zh: '自选试点未填写备案日期（filed_on）',
    en: 'self-chosen pilot has no filed_on (filing with the level above)',
  },
  'unknown-related': { zh: '关联事项 {id} 不存在', en: 'related item {id} does not exist' },
  'verified-before-rectified': {
    zh: '核实日期 {verified} 早于整改完成日期 {rectified}',
    en: 'verified on {verified}, before it was rectified on {rectified}',
  },
  'verified-not-rectified': {
    zh: '尚无整改完成日期（rectified_on）却已核实销账',
    en: 'verified, but there is no rectified_on',
  },
  'unknown-reminder-item': {
    zh: '催办记录中的事项 {id} 不存在',
    en: 'the reminder names an unknown item {id}',
  },
  'unapproved-postponement': {
    zh: '{field} 由 {from} 推迟到 {to}，没有经批准的调整记录（adjustments）',
    en: '{field} moved from {from} to {to} without an approved adjustment record',
  },
  'entry-removed': { zh: '条目 {id} 自 {rev} 以来被删除', en: 'entry {id} was removed since {rev}' },
});

const HINT = messages({
  'not-utf8': {
    zh: '可能是 GBK 编码（Windows 工具常见）。请用 WPS 或记事本“另存为 UTF-8”，或运行 iconv -f GBK -t UTF-8。{gbk}',
    en: 'probably GBK (common with Windows tools). Save it as UTF-8, or run iconv -f GBK -t UTF-8.{gbk}',
  },
  'merge-conflict': {
    zh: '合并冲突未解决：保留正确内容，删除 <<<<<<<、======= 和 >>>>>>> 行',
    en: 'unresolved merge conflict: keep the right content and delete the <<<<<<<, ======= and >>>>>>> lines',
  },
  'yaml-tab': {
    zh: 'YAML 只能用空格缩进，请把 Tab 换成两个空格',
    en: 'YAML indents with spaces only; replace the tab with two spaces',
  },
  'yaml-duplicate-key': { zh: '同一条目中每个字段只能写一次', en: 'each field may appear once per entry' },
  'yaml-alias': {
    zh: '请把内容直接写出，不要用 & 和 * 引用',
    en: 'write the content out instead of using & and *',
  },
  'unknown-key': {
    zh: '字段名可能拼写错误{suggest}；本办自定义字段请以 x_ 开头',
    en: 'perhaps a typo{suggest}; an office’s own fields start with x_',
  },
  'modeline-schema-missing': {
    zh: '按此文件所在位置改写相对路径（如 ledgers/tasks/ 下的文件写 ../../schemas/{kind}.schema.json），或删去该行（仓库的 .vscode/settings.json 已按目录指定结构）',
    en: 'make the path relative to where this file lies (a file under ledgers/tasks/ writes ../../schemas/{kind}.schema.json), or delete the line (.vscode/settings.json maps the folders)',
  },
  'modeline-schema-kind': {
    zh: '改为 {kind}.schema.json',
    en: 'point it at {kind}.schema.json',
  },
  'missing-field': { zh: '请补充：{key}: …', en: 'add: {key}: …' },
  'invalid-date': {
    zh: '{reason}格式为 YYYY-MM-DD，例如 {key}: 2026-06-30',
    en: '{reason}the form is YYYY-MM-DD, e.g. {key}: 2026-06-30',
  },
  'invalid-id': {
    zh: '编号由字母、数字和连字符组成，以字母开头，如 RW-2026-001',
    en: 'ids are letters, digits and hyphens, starting with a letter, e.g. RW-2026-001',
  },
  'invalid-value': { zh: '可选值：{options}', en: 'allowed: {options}' },
  'unknown-unit': {
    zh: '请使用 units.yaml 中的单位全称，或在其中登记该单位{suggest}',
    en: 'use a unit name from units.yaml or add the unit there{suggest}',
  },
  'completed-without-evidence': {
    zh: '补充 evidence: 文件名或文号',
    en: 'add evidence: a document name or reference',
  },
  'unapproved-postponement': {
    zh: '在该条目下补充 adjustments 记录：on、field、from、to、approved_by',
    en: 'add an adjustments record to the entry: on, field, from, to, approved_by',
  },
});

export function diagnosticMessage(code: Code, params: Params = {}): string {
  return MSG[code](params);
}

export function diagnosticHint(code: Code, params: Params = {}): string | undefined {
  const h = (HINT as Record<string, ((p: Params) => string) | undefined>)[code];
  return h ? h({ suggest: '', gbk: '', reason: '', ...params }) : undefined;
}

export function hasHint(code: Code): boolean {
  return code in HINT;
}
