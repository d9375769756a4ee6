// `reform reconcile`: the reconciliation against the baseline, close-outs and carry-overs.

// render/reconcile/words.ts
export const reconcile = {
  title: (p: {
    period: string | number;
    start: string | number;
    end: string | number;
    asOf: string | number;
  }) => `对账：${p.period}（${p.start} 至 ${p.end}），截至 ${p.asOf}`,
  early: (p: { today: string | number }) => `期末未到，按今天（${p.today}）计算。`,
  baselineRev: (p: { rev: string | number; subject: string | number }) => `基线：${p.rev}“${p.subject}”`,
  baselineFolder: (p: { folder: string | number }) =>
    `基线：台账目录 ${p.folder}（不是 git 版本，延期的批准日期按今天判断）`,
  overall: (p: {
    due: string | number;
    done: string | number;
    onTime: string | number;
    open: string | number;
    removed: string | number;
    rate: string | number;
    notDue: string | number;
    excused: string | number;
    unapproved: string | number;
  }) =>
    `总体：应办 ${p.due} 项，已办 ${p.done} 项（按时 ${p.onTime} 项），未办 ${p.open} 项，被删除 ${p.removed} 项；完成率 ${p.rate}。未到期 ${p.notDue} 项，暂缓或撤销 ${p.excused} 项，未经批准的延期 ${p.unapproved} 处。`,
  workdays: '落后天数按工作日计算。',
  units: '分单位（最差在前）',
  colUnit: '单位',
  colDue: '应办',
  colDone: '已办',
  colOnTime: '按时',
  colOpen: '未办',
  colRate: '完成率',
  colRemoved: '被删除',
  colUnapproved: '未批延期',
  colNotDue: '未到期',
  colId: '编号',
  colLedger: '台账',
  colTitle: '名称',
  colClass: '对账结果',
  colNodes: '期内节点',
  colCompleted: '完成日期',
  colEvidence: '佐证',
  colClosable: '可销号',
  colClosed: '已销号',
  colDays: '落后天数',
  colLevel: '提醒级别',
  colPostponed: '延期',
  colChanges: '变更',
  colNote: '说明',
  colPeriod: '对账期',
  yes: '是',
  no: '否',
  'class.removed': '被删除',
  'class.behind': '到期未办',
  'class.done-no-evidence': '已办但无佐证材料、不能销号',
  'class.not-due': '未到期',
  'class.done': '已办',
  'class.suspended': '暂缓',
  'class.withdrawn': '撤销',
  changed: '自基线以来有变更',
  added: '基线之后新增',
  addedInPeriod: '期内有节点',
  none: '无',
  progressAdded: (p: { n: string | number }) => `progress: + ${p.n} 条进展`,
  progressOnly: (p: { n: string | number }) => `另有 ${p.n} 项只新增了进展记录（--format json 列出每一条）。`,
  progressRemoved: (p: { n: string | number }) => `progress: − ${p.n} 条进展`,
  behind: (p: { days: string | number }) => `落后 ${p.days} 天`,
  dueNotDone: (p: { node: string | number; due: string | number }) => `${p.node} ${p.due} 到期，未完成`,
  lateNode: (p: { node: string | number; due: string | number }) => `${p.node} ${p.due}`,
  closable: '可销号',
  closedOn: (p: { on: string | number; period: string | number }) => `已销号（${p.on}，${p.period}）`,
  carryReason: (p: { reason: string | number }) => `申请结转：${p.reason}`,
  carryUnexplained: '未说明原因（无 carry_over 记录，不结转）',
  carried: (p: { to: string | number }) => `已结转至 ${p.to}`,
  onTime: '按时完成',
  late: '逾期完成',
  nodesDone: '期内节点已完成，任务未办结',
  completedOn: (p: { date: string | number }) => `${p.date} 完成`,
  closeTitle: '销号与结转',
  dryRun: '（试运行，未写入任何文件）',
  closeSummary: (p: { closed: string | number; carried: string | number }) =>
    `销号 ${p.closed} 项，结转 ${p.carried} 项。`,
  closeNothing: '没有需要写入的内容（已写过的不会重复写入）。',
  fileWritten: (p: { file: string | number }) => `已写入 ${p.file}：`,
  fileWould: (p: { file: string | number }) => `将写入 ${p.file}：`,
  fileFailed: (p: { file: string | number; reason: string | number }) => `${p.file} 未修改：${p.reason}`,
  insertAfter: (p: { line: string | number; id: string | number }) => `第 ${p.line} 行后（${p.id}）：`,
  alreadyThere: (p: { n: string | number }) => `${p.n} 项已有记录，未重复写入`,
};

// render/reconcile/words.ts
export const levels = {
  phone: '电话提醒',
  written: '书面提醒',
  onsite: '现场提醒',
  circular: '通报提醒',
  interview: '约谈提醒',
};

// commands/reconcile.ts
export const reconcileCommand = {
  noPeriod: '请用 --period 指定对账期：2026H1（上半年）、2026H2（下半年）或 2026（全年）',
  badPeriod: (p: { value: string | number }) =>
    `对账期 ${p.value} 无效：应为 2026H1、2026H2 或 2026 这样的写法`,
  badDate: (p: { value: string | number }) => `日期 ${p.value} 无效：应为 YYYY-MM-DD，例如 2026-07-05`,
  carryBeforeYearEnd: (p: { date: string | number; end: string | number }) =>
    `--carry-over 只在年终对账时使用（${p.end} 及以后）；按 ${p.date} 对账不结转，台账未改动`,
  carryHalf: (p: { year: string | number }) =>
    `--carry-over 只用于全年对账（--period ${p.year}），上下半年对账不结转`,
  writeFuture: (p: { date: string | number; today: string | number }) =>
    `销号、结转的日期 ${p.date} 晚于今天 ${p.today}：这样写入的台账过不了 reform check。请去掉 --date 或给出不晚于今天的日期`,
  noTag: (p: { tag: string | number }) =>
    `找不到基线标签 ${p.tag}。对账要以年初批准的清单为准：请在批准清单的那次提交上打标签（git tag ${p.tag} <提交>，再 git push origin ${p.tag}），或用 --baseline 指定 git 版本或台账目录。`,
  noTagShallow: (p: { tag: string | number }) =>
    `找不到基线标签 ${p.tag}：当前仓库是浅克隆，可能没有取回标签和历史。请运行 git fetch --unshallow --tags；在 CI 中请检出完整历史（actions/checkout 设置 fetch-depth: 0）。`,
  brokenBaseline: (p: { n: string | number }) =>
    `注意：基线中有 ${p.n} 处格式问题，无法读取的条目不参与对账。`,
  writeFailed: (p: { file: string | number; reason: string | number }) =>
    `未能写入 ${p.file}：${p.reason}（该文件保持原样）`,
};
