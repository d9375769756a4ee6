// Monthly returns (reform returns, reform import), 本月未报送进展, and the 挂图作战 workbook
// (reform export).
type Counts = { notes: number; nodes: number; completed: number };

export const returns = {
  badMonth: (p: { value: string }) => `月份 ${p.value} 无效，格式为 YYYY-MM，例如 2026-12`,
  badDate: (p: { value: string }) => `日期 ${p.value} 无效，格式为 YYYY-MM-DD`,
  needOutput: '请用 -o 指定输出位置',
  needXlsx: (p: { file: string }) => `输出文件须以 .xlsx 结尾：${p.file}`,
  unknownUnit: (p: { value: string }) => `单位 ${p.value} 不在 units.yaml 中`,
  wroteReturn: (p: { file: string; items: number; rows: number }) =>
    `已生成 ${p.file}（${p.items} 个事项，${p.rows} 个未完成节点）`,
  returnsDone: (p: { n: number; rows: number; dir: string; month: string }) =>
    `共生成 ${p.n} 个单位的 ${p.month} 进展填报表（${p.rows} 行），保存在 ${p.dir}`,
  unreportedTitle: (p: { month: string; dueBy: string; n: number }) =>
    `本月未报送进展（${p.month}，报送时限 ${p.dueBy}）：${p.n} 个单位`,
  unreportedNone: (p: { month: string; dueBy: string }) =>
    `本月未报送进展：无（${p.month}，报送时限 ${p.dueBy}）`,
  unreportedNotDue: (p: { dueBy: string }) => `本月进展报送时限为 ${p.dueBy}，尚未到期`,
  unreportedUnit: (p: { unit: string; n: number }) => `${p.unit}（${p.n} 项）`,
  wroteExport: (p: { file: string; date: string; tasks: number; pilots: number; problems: number }) =>
    `已生成挂图作战表 ${p.file}（截至 ${p.date}：任务 ${p.tasks} 项、试点 ${p.pilots} 项、问题 ${p.problems} 项）`,
  importTitle: (p: { date: string }) => `进展填报导入（${p.date}）`,
  importDryRun: '（试运行，未写入任何文件）',
  importUnit: (p: Counts & { unit: string; month: string; file: string }) =>
    `${p.unit}（${p.month}，${p.file}）：新增进展 ${p.notes} 条，完成节点 ${p.nodes} 个，办结事项 ${p.completed} 项`,
  importSkipped: (p: { unit: string; file: string; n: number }) =>
    `${p.unit}（${p.file}）：${p.n} 个错误，未写入`,
  importTotal: (p: Counts & { units: number }) =>
    `合计：${p.units} 个单位，新增进展 ${p.notes} 条，完成节点 ${p.nodes} 个，办结事项 ${p.completed} 项`,
  importNothing: '没有写入任何内容。',
  importWrote: (p: { files: string }) => `已写入：${p.files}`,
  importFailed: (p: { n: number }) =>
    `填报表有 ${p.n} 个错误，未写入台账（改正后重新导入，或用 --partial 先导入没有错误的单位）`,
  importPartial: (p: { n: number }) => `填报表有 ${p.n} 个错误：有错误的单位未写入，其余已写入`,
  importChanged: '台账在导入过程中被修改，未写入；请重新运行导入',
};
