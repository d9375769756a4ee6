// The wording of `reform returns`, `reform import` and `reform export`, Chinese and English.
import { messages } from '../i18n/index.js';

export const XM = messages({
  badMonth: { zh: '月份 {value} 无效，格式为 YYYY-MM，例如 2026-12', en: 'invalid month {value}; use YYYY-MM, e.g. 2026-12' },
  badDate: { zh: '日期 {value} 无效，格式为 YYYY-MM-DD', en: 'invalid date {value}; use YYYY-MM-DD' },
  needOutput: { zh: '请用 -o 指定输出位置', en: 'give the output with -o' },
  needXlsx: { zh: '输出文件须以 .xlsx 结尾：{file}', en: 'the output file must end in .xlsx: {file}' },
  unknownUnit: { zh: '单位 {value} 不在 units.yaml 中', en: 'unit {value} is not in units.yaml' },
  brokenLedger: {
    zh: '台账有 {n} 个错误，请先运行 reform check --ledgers {dir} 修正',
    en: 'the ledger has {n} errors; run reform check --ledgers {dir} and fix them first',
  },
  wroteReturn: {
    zh: '已生成 {file}（{items} 个事项，{rows} 个未完成节点）',
    en: 'wrote {file} ({items} items, {rows} open nodes)',
  },
  returnsDone: {
    zh: '共生成 {n} 个单位的 {month} 进展填报表（{rows} 行），保存在 {dir}',
    en: 'wrote {month} returns for {n} units ({rows} rows) to {dir}',
  },
  unreportedTitle: {
    zh: '本月未报送进展（{month}，报送时限 {dueBy}）：{n} 个单位',
    en: 'no progress reported this month ({month}, due by {dueBy}): {n} units',
  },
  unreportedNone: {
    zh: '本月未报送进展：无（{month}，报送时限 {dueBy}）',
    en: 'no progress reported this month: none ({month}, due by {dueBy})',
  },
  unreportedNotDue: {
    zh: '本月进展报送时限为 {dueBy}，尚未到期',
    en: "this month's progress is due by {dueBy}; not yet due",
  },
  unreportedUnit: { zh: '{unit}（{n} 项）', en: '{unit} ({n} items)' },
  wroteExport: {
    zh: '已生成挂图作战表 {file}（截至 {date}：任务 {tasks} 项、试点 {pilots} 项、问题 {problems} 项）',
    en: 'wrote the progress board {file} (as of {date}: {tasks} tasks, {pilots} pilots, {problems} problems)',
  },
  importNoFiles: { zh: '请给出要导入的填报表文件', en: 'give the return files to import' },
  importSummaryTitle: { zh: '进展填报导入（{date}）', en: 'returns imported ({date})' },
  importDryRun: { zh: '（试运行，未写入任何文件）', en: '(dry run: no file written)' },
  importUnit: {
    zh: '{unit}（{month}，{file}）：新增进展 {notes} 条，完成节点 {nodes} 个，办结事项 {completed} 项',
    en: '{unit} ({month}, {file}): {notes} notes added, {nodes} nodes done, {completed} items completed',
  },
  importSkipped: {
    zh: '{unit}（{file}）：有错误，未写入',
    en: '{unit} ({file}): has errors, not written',
  },
  importTotal: {
    zh: '合计：{units} 个单位，新增进展 {notes} 条，完成节点 {nodes} 个，办结事项 {completed} 项',
    en: 'total: {units} units, {notes} notes added, {nodes} nodes done, {completed} items completed',
  },
  importNothing: { zh: '没有写入任何内容。', en: 'nothing was written.' },
  importWrote: { zh: '已写入：{files}', en: 'written: {files}' },
  importFailed: {
    zh: '填报表有 {n} 个错误，未写入台账（改正后重新导入，或用 --partial 先导入没有错误的单位）',
    en: 'the returns have {n} errors; nothing was written (fix them and import again, or use --partial to import the units without errors)',
  },
  importPartial: {
    zh: '填报表有 {n} 个错误：有错误的单位未写入，其余已写入',
    en: 'the returns have {n} errors: the units with errors were not written, the others were',
  },
  writeFailed: { zh: '无法写入 {file}：{reason}', en: 'cannot write {file}: {reason}' },
});
