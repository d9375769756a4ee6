// `reform assess` and `reform dashboard`: the year-end assessment (年终考核) and the leaders' one page.
export const assess = {
  desc: '年终改革工作考核：按 policy.yaml 中的考核办法逐项计分，给出各单位得分、等次、名次和扣分加分明细',
  year: '考核年度，如 2026（默认为今天所在年度）',
  date: '考核截至日期 YYYY-MM-DD，须在该年度内（默认为年末；年度未结束时为今天，结果为阶段性结果）',
  unit: '只看该单位：输出其对账确认单（逐项结果和计分，单位签字确认）',
  format: '输出格式：text、markdown、json、csv、xlsx、docx（考核情况报告；指定 -o 时可按扩展名判断）',
  output: '写入文件（原子写入）；xlsx、docx 必须指定',
  baseline:
    '年初批准清单的基线：git 版本或台账目录（默认为标签 baseline/<年度>），用于“未经批准延期”“删除事项”两项扣分',
  dashboardDesc:
    '领导一页纸：各单位红黄绿、最严重的十项、重点改革事项、市领导领衔事项、上级部署与本地事项、考核排名（一页 A4 HTML）',
  dashboardDate: '截至日期 YYYY-MM-DD（默认为今天）',
  dashboardOutput: '写入的 HTML 文件',
  // errors
  noRules:
    'policy.yaml 中没有考核办法（assessment:），无法计分。请按本改革办的考核办法及评分细则填写，格式和示例见 docs/reference/assess.md',
  badYear: (p: { value: string }) => `考核年度 ${p.value} 无效：应为四位年份，如 2026`,
  badDate: (p: { value: string }) => `日期 ${p.value} 无效：应为 YYYY-MM-DD，例如 2026-12-31`,
  dateOutside: (p: { date: string; year: number }) => `考核截至日期 ${p.date} 不在 ${p.year} 年度内`,
  futureYear: (p: { year: number; today: string }) => `${p.year} 年度尚未开始（今天是 ${p.today}），无法考核`,
  unknownUnit: (p: { value: string }) => `找不到单位“${p.value}”：请使用 units.yaml 中的名称或简称`,
  notAssessed: (p: { unit: string }) => `单位“${p.unit}”不在考核对象中（见 assessment.units）`,
  needOutput: (p: { format: string }) => `--format ${p.format} 须用 -o 指定输出文件`,
  unknownExtension: (p: { file: string }) =>
    `无法从文件名 ${p.file} 判断输出格式：请使用 .txt、.md、.json、.csv、.xlsx 或 .docx，或用 --format 指定`,
  conflict: (p: { format: string; file: string }) =>
    `--format ${p.format} 与输出文件 ${p.file} 的扩展名不一致`,
  cannotWrite: (p: { file: string; reason: string }) => `无法写入 ${p.file}：${p.reason}`,
  written: (p: { file: string; date: string }) => `已写入 ${p.file}（数据截至 ${p.date}）`,
  brokenLedger: (p: { n: number }) =>
    `台账未通过 reform check（${p.n} 个错误），不据此考核；请先运行 reform check 查看详情并修正`,
  notApplied: (p: { rules: string }) =>
    `注意：没有年初批准清单的基线（标签 baseline/<年度> 不存在，也未用 --baseline 指定），“${p.rules}”未计分`,
  // titles and labels
  title: (p: { office: string; year: number }) => `${p.office}${p.year}年度改革工作考核结果`,
  reportTitle: (p: { year: number }) => `关于${p.year}年度全面深化改革工作考核情况的报告`,
  asOf: (p: { date: string }) => `考核截至 ${p.date}`,
  interim: (p: { date: string }) =>
    `阶段性结果：年度尚未结束，以下按截至 ${p.date} 的台账计算，仅供参考，不作为年终考核结论。`,
  final: '年终考核结果。',
  quota: (p: { n: number }) => `优秀等次不超过 ${p.n} 个单位。`,
  units: '各单位得分和等次',
  groups: '各专项小组得分（按所属任务）',
  details: '扣分、加分明细',
  named: '点名通报',
  namedGrade: '等次',
  namedDeductions: (p: { n: number }) => `扣分 ${p.n} 条`,
  noneNamed: '无',
  noEntries: '无扣分、加分。',
  colRank: '名次',
  colUnit: '单位',
  colGroup: '专项小组',
  colScore: '得分',
  colGrade: '等次',
  colMinus: '扣分',
  colPlus: '加分',
  colCount: '扣分条数',
  colNamed: '点名通报',
  colDate: '日期',
  colRule: '计分项',
  colItem: '事项',
  colNode: '节点',
  colPoints: '分值',
  colNo: '序号',
  colTitle: '事项名称',
  colRole: '角色',
  colResult: '结果',
  colDone: '完成日期',
  colBase: '基础分',
  colKind: '类别',
  kindUnit: '单位',
  kindGroup: '专项小组',
  yes: '是',
  roleLead: '牵头',
  roleShared: '责任（分担）',
  unitLine: (p: { unit: string; score: string; grade: string; rank: number; n: number }) =>
    `${p.unit}：得分 ${p.score}，${p.grade}，第 ${p.rank} 名（共 ${p.n} 个）`,
  // 对账确认单
  confirmTitle: (p: { unit: string; year: number }) => `${p.unit}${p.year}年度改革工作考核对账确认单`,
  confirmSummary: (p: {
    date: string;
    score: string;
    grade: string;
    rank: number;
    n: number;
    base: string;
  }) =>
    `考核截至 ${p.date}；基础分 ${p.base}，得分 ${p.score}，等次 ${p.grade}，第 ${p.rank} 名（共 ${p.n} 个单位）`,
  confirmItems: '一、事项逐项对账',
  confirmEntries: '二、扣分、加分明细',
  confirmOpinion: '三、单位意见',
  confirmOpinionText: '□ 无异议    □ 有异议（请逐项附说明和佐证材料）',
  confirmSign: '单位负责人（签字）：____________    （单位盖章）',
  confirmDate: '日期：        年    月    日',
  confirmNote: (p: { office: string }) =>
    `请于收到后 5 个工作日内核对签字盖章，报送${p.office}。逾期未报送的视为无异议。`,
  noItems: '本年度无计分事项。',
  // report (docx)
  reportIntro: (p: { office: string; year: number; n: number; date: string }) =>
    `根据年度改革工作考核办法及评分细则，${p.office}对照改革任务台账、试点台账和问题清单，对 ${p.n} 个单位${p.year}年度改革工作逐一对账、集中考核（数据截至${p.date}）。现将考核情况报告如下。`,
  reportOverall: (p: { excellent: number; good: number; fair: number; poor: number }) =>
    `考核结果：优秀 ${p.excellent} 个，良好 ${p.good} 个，一般 ${p.fair} 个，较差 ${p.poor} 个。`,
  reportNamed: (p: { units: string }) =>
    `${p.units}在年度改革绩效目标考核中扣分多、工作不达标，建议予以点名通报。`,
  reportNoNamed: '本年度没有需要点名通报的单位。',
  reportAttach: '附件：各单位扣分、加分明细',
  sectionResult: '一、考核结果',
  sectionGroups: '二、专项小组',
  sectionNamed: '三、点名通报',
  sectionAdvice: '四、下一步工作',
  advice:
    '请各单位对照扣分明细逐项整改，对逾期未完成的事项明确完成时限；对因客观原因未完成的任务按程序结转下一年度。',
  grade: { excellent: '优秀', good: '良好', fair: '一般', poor: '较差' } as Record<string, string>,
  rule: {
    reminder: '提醒',
    promoted: '试点经验推广',
    late_node: '节点逾期完成',
    open_node: '节点逾期未完成',
    'reminder.phone': '电话提醒',
    'reminder.written': '书面提醒',
    'reminder.onsite': '现场提醒',
    'reminder.circular': '通报提醒',
    circular: '决定通报',
    interview: '决定约谈',
    unapproved_postponement: '未经批准延期',
    deleted_item: '擅自删除事项',
    problem_late: '问题逾期整改',
    problem_open: '问题逾期未整改',
    pilot_over_term: '试点期满未完成',
    'promoted.national': '试点经验获国家级推广',
    'promoted.provincial': '试点经验获省级推广',
    'promoted.municipal': '试点经验获市级推广',
    early: '提前完成',
    'cap.deductions': '扣分封顶冲回',
    'cap.additions': '加分封顶冲回',
  } as Record<string, string>,
  capRule: (p: { rule: string }) => `${p.rule}封顶冲回`,
  sharedRule: (p: { rule: string }) => `${p.rule}（分担）`,
  result: {
    'done-early': '提前完成',
    'done-on-time': '按期完成',
    'done-late': '逾期完成',
    behind: '滞后',
    open: '推进中',
    deleted: '被删除（未经批准）',
    excluded: '不计分',
    suspended: '暂缓',
    withdrawn: '撤销',
  } as Record<string, string>,
  excludedBy: {
    suspended: '经批准暂缓',
    withdrawn: '经批准撤销',
    carried_over: '结转下年',
    listed: '经研究不纳入考核',
  } as Record<string, string>,
  behindDays: (p: { days: number }) => `滞后 ${p.days} 天`,
};
