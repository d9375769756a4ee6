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
  'return-unreadable': {
    zh: '无法读取该文件（{reason}），应为 reform returns 生成的 .xlsx 填报表',
    en: 'cannot read the file ({reason}); expected an .xlsx return made by reform returns',
  },
  'return-not-a-return': {
    zh: '不是 reform returns 生成的进展填报表（缺少 {reason}）',
    en: 'not a progress return made by reform returns (missing {reason})',
  },
  'return-wrong-unit': {
    zh: '填报单位 {unit} 不在 units.yaml 中',
    en: 'the return is for {unit}, not in units.yaml',
  },
  'return-wrong-month': {
    zh: '这是 {month} 的填报表，本月是 {current}',
    en: 'this return is for {month}; the current month is {current}',
  },
  'return-already-imported': {
    zh: '{unit} {month} 的这份填报表已经导入过（见 imports.yaml），不再重复导入',
    en: 'this return of {unit} for {month} was already imported (see imports.yaml)',
  },
  'return-duplicate': {
    zh: '{unit} {month} 的填报表在本次导入中重复（另见 {other}）',
    en: 'a second return of {unit} for {month} in this run (also {other})',
  },
  'return-locked-changed': {
    zh: '锁定单元格被改动：应为“{expected}”，现为“{found}”',
    en: 'a locked cell was changed: it said "{expected}", now "{found}"',
  },
  'return-unknown-item': { zh: '编号 {id} 不在台账中', en: 'id {id} is not in the ledger' },
  'return-not-unit-item': {
    zh: '事项 {id} 不是 {unit} 牵头的（台账中为 {owner}）',
    en: 'item {id} is not led by {unit} (the ledger says {owner})',
  },
  'return-unknown-node': {
    zh: '事项 {id} 在台账中没有节点“{node}”',
    en: 'item {id} has no node "{node}" in the ledger',
  },
  'return-bad-date': { zh: '“{value}”不是日期', en: '"{value}" is not a date' },
  'return-future-date': { zh: '日期 {date} 晚于今天（{today}）', en: 'date {date} is after today ({today})' },
  'return-done-before-start': {
    zh: '完成日期 {date} 早于事项开始日期 {start}',
    en: 'done on {date}, before the item started on {start}',
  },
  'return-conflict': {
    zh: '与台账不一致：{id} 的 {field} 台账中为 {ledger}，填报为 {value}（不会覆盖，请核实）',
    en: 'conflicts with the ledger: {field} of {id} is {ledger} there, {value} here (not overwritten; please check)',
  },
  'return-no-evidence': {
    zh: '事项 {id} 填写了完成日期但没有佐证材料',
    en: 'item {id} has a completion date but no evidence',
  },
  'return-breaks-check': {
    zh: '写入后台账将无法通过校验：{detail}',
    en: 'the ledger would fail the check after writing: {detail}',
  },
  'return-write-failed': { zh: '无法写入台账：{reason}', en: 'cannot write the ledger: {reason}' },
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
  'return-bad-date': { zh: '日期格式如 2026-12-03', en: 'a date looks like 2026-12-03' },
  'return-locked-changed': {
    zh: '灰色单元格为台账信息，请勿修改；请改回原值或重新生成填报表',
    en: 'grey cells come from the ledger; restore the value or make a new return',
  },
  'return-no-evidence': {
    zh: '在“佐证材料”中写明文件名称或文号',
    en: 'name the document or its reference under 佐证材料',
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
