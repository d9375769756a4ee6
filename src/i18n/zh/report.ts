// `reform report`: the quarterly report, its sections, charts and CSV.

// report/scope.ts
import { didYouMean } from './shared.js';
export const reportScope = {
  unknownUnit: (p: { name: string | number; suggest: string | number }) =>
    `未知单位 ${p.name}（units.yaml 中没有该名称或简称）${didYouMean(p.suggest)}`,
  unknownGroup: (p: { name: string | number; suggest: string | number }) =>
    `未知专项小组 ${p.name}（units.yaml 中没有该名称或简称）${didYouMean(p.suggest)}`,
  notAGroup: (p: { name: string | number; kind: string | number }) =>
    `${p.name} 不是专项小组（units.yaml 中其类别为${p.kind}）`,
  office: '改革办',
  group: '专项小组',
  department: '部门',
  county: '县（市、区）',
};

// report/period.ts
export const reportPeriod = {
  badQuarter: (p: { text: string | number }) => `季度 ${p.text} 无效，格式为 2026Q3 或 2026-Q3`,
  badDate: (p: { text: string | number }) => `日期 ${p.text} 无效，格式为 YYYY-MM-DD，且须为真实日期`,
  outside: (p: {
    date: string | number;
    label: string | number;
    start: string | number;
    end: string | number;
  }) => `--date ${p.date} 不在 ${p.label}（${p.start} 至 ${p.end}）之内`,
  notStarted: (p: { label: string | number; today: string | number }) =>
    `${p.label} 尚未开始（今天是 ${p.today}）；如需按某日测算，请用 --date 指定该季度内的日期`,
};

// render/report/charts.ts
export const reportCharts = {
  count: (p: { n: string | number }) => `${p.n}项`,
  times: (p: { n: string | number }) => `${p.n}次`,
  asOf: (p: { date: string | number }) => `截至${p.date}`,
  rateLabel: (p: { rate: string | number; on: string | number; due: string | number }) =>
    `${p.rate}（${p.on}/${p.due}）`,
  month: (p: { m: string | number }) => `${p.m}月`,
  nodeTitle: (p: {
    id: string | number;
    title: string | number;
    node: string | number;
    due: string | number;
    outcome: string | number;
  }) => `${p.id} ${p.title}：${p.node}，时限${p.due}，${p.outcome}`,
  doneOn: (p: { date: string | number }) => `${p.date}完成`,
};

// render/report/csv.ts
export const reportCsv = {
  head: '序号,牵头单位,单位类别,事项数,已完成,正常推进,滞后,严重滞后,暂缓或撤销,本季到期节点,按期完成,逾期完成,尚未完成,按期完成率,最长连续滞后天数,最长滞后事项,最长滞后事项提醒档次,滞后事项编号',
  office: '改革办',
  group: '专项小组',
  department: '部门',
  county: '县（市、区）',
};

// render/report/document.ts
export const reportDocument = {
  title: (p: { office: string | number; scope: string | number; quarter: string | number }) =>
    `${p.office}关于${p.scope}${p.quarter}改革任务落实情况的督察报告`,
  titleHead: (p: { office: string | number; scope: string | number; quarter: string | number }) =>
    `${p.office}关于${p.scope}${p.quarter}`,
  titleTail: (_p: { scope: string | number; quarter: string | number }) => `改革任务落实情况的督察报告`,
  titleFeedback: (p: { office: string | number; scope: string | number; quarter: string | number }) =>
    `${p.office}关于${p.scope}${p.quarter}改革任务落实情况的督察反馈意见`,
  titleTailFeedback: (_p: { scope: string | number; quarter: string | number }) =>
    `改革任务落实情况的督察反馈意见`,
  leadFeedback: (p: { office: string | number; addressAs: string | number; date: string | number }) =>
    `按照“每季一分析”工作要求，${p.office}依据改革任务台账、改革试点台账、改革问题清单和催办记录，对截至${p.date}${p.addressAs}牵头的改革任务、改革试点和问题整改落实情况进行了督察。现将督察情况反馈如下。`,
  closingFeedback: (p: { office: string | number; addressAs: string | number }) =>
    `请${p.addressAs}对照本反馈意见，认真研究制定整改措施，明确责任领导、责任人和完成时限，对严重滞后事项逐项说明原因，于收到本意见之日起15个工作日内将整改落实情况书面报送${p.office}。`,
  attachmentTitle: '本季度和下季度到期关键节点明细',
  attachmentNote: (p: { title: string | number }) => `附件：${p.title}`,
  addresseeLine: (p: { name: string | number }) => `${p.name}：`,
  scopeEn: (p: { name: string | number }) => `${p.name}`,
  asOf: (p: { date: string | number }) => `（数据截至${p.date}）`,
  asOfOpen: (p: { date: string | number }) => `（数据截至${p.date}，本季度尚未结束）`,
  lead: (p: { office: string | number; date: string | number; scope: string | number }) =>
    `按照“每季一分析”工作要求，${p.office}依据改革任务台账、改革试点台账、改革问题清单和催办记录，对截至${p.date}${p.scope}的落实情况进行了全面梳理分析。现将有关情况报告如下。`,
  scopeAll: '全市改革任务、改革试点和问题整改',
  scopeUnit: (p: { name: string | number }) => `${p.name}牵头的改革事项`,
  scopeGroup: (p: { name: string | number }) => `${p.name}负责的改革事项`,
  sOverview: '总体情况',
  sUnits: '分单位推进情况',
  sSerious: '严重滞后事项',
  sInterview: '建议约谈事项',
  sReminders: '催办情况',
  sProblems: '问题整改情况',
  sPilots: '改革试点推进情况',
  sNext: '下季度到期节点',
  sCompare: '与上季度对比',
  sIssues: '存在的问题',
  sSuggestions: '下一步工作建议',
  sRequirements: '整改要求',
  sAppendix: '附件',
  appendixLead: '本季度和下季度到期的全部关键节点列示如下，报告中各项节点统计均可据此逐项核对。',
  timeline: '本季度关键节点挂图作战图',
  appendixCaption: '本季度关键节点明细',
  unit: '牵头单位',
  id: '编号',
  item: '事项名称',
  kind: '类别',
  node: '节点',
  due: '时限',
  done: '完成日期',
  outcome: '完成情况',
  table: (p: { n: string | number; caption: string | number }) => `表${p.n}　${p.caption}`,
  figure: (p: { n: string | number; caption: string | number }) => `图${p.n}　${p.caption}`,
  scheduleCaption: '未按台账所写时限计算的节点（未经批准改动时限或基线后删除）',
  scheduleWritten: '台账所写',
  scheduleApproved: '批准时限',
  scheduleDeletedMark: '已删除',
};

// render/report/section-books.ts
export const reportBooks = {
  found: (p: { n: string | number; modes: string | number }) => `本季度新发现问题${p.n}个，其中${p.modes}。`,
  foundNone: '本季度未新发现问题。',
  foundBy: (p: { mode: string | number; n: string | number }) => `${p.mode}发现${p.n}个`,
  rectified: (p: { r: string | number; v: string | number }) => `本季度完成整改${p.r}个，核实销账${p.v}个。`,
  rectifiedOnly: (p: { r: string | number }) => `本季度完成整改${p.r}个。`,
  rectifiedNone: '本季度没有完成整改的问题。',
  reviews: (p: { n: string | number; parts: string | number }) => `开展跟踪复查${p.n}次（${p.parts}）。`,
  reviewPart: (p: { result: string | number; n: string | number }) => `${p.result}${p.n}次`,
  standing: (p: {
    when: string | number;
    total: string | number;
    v: string | number;
    w: string | number;
    o: string | number;
    d: string | number;
  }) => {
    // a state with no problem in it is not named
    const parts = (
      [
        ['已核实销账', p.v],
        ['整改完成待核实', p.w],
        ['整改期内', p.o],
        ['逾期未整改', p.d],
      ] as const
    )
      .filter(([, n]) => Number(n) > 0)
      .map(([label, n]) => `${label}${n}个`);
    return `截至${p.when}，问题清单在账问题${p.total}个${parts.length ? `，其中${parts.join('，')}` : ''}。`;
  },
  foundCaption: '本季度发现问题（按督察方式）',
  mode: '督察方式',
  count: '问题数',
  ids: '问题编号',
  overdueCaption: '逾期未整改问题',
  id: '编号',
  problem: '问题',
  rectUnit: '整改单位',
  deadline: '整改时限',
  overdueDays: '逾期天数',
  level: '提醒档次',
  total: '合计',
  pilotsMix: (p: { total: string | number; levels: string | number; origins: string | number }) =>
    `试点台账在账试点${p.total}项，其中${p.levels}；${p.origins}。`,
  countItems: (p: { what: string | number; n: string | number }) => `${p.what}${p.n}项`,
  pilotsState: (p: { when: string | number; parts: string | number }) => `截至${p.when}，${p.parts}。`,
  active: (p: { n: string | number }) => `正在推进${p.n}项`,
  ending: (p: { when: string | number; n: string | number }) => `（其中将于${p.when}期满${p.n}项）`,
  pastTerm: (p: { n: string | number }) => `期满未完成${p.n}项`,
  completed: (p: { n: string | number }) => `已完成${p.n}项`,
  withdrawn: (p: { n: string | number }) => `已调出${p.n}项`,
  withdrawnInQuarter: (p: { n: string | number }) => `（本季度调出${p.n}项）`,
  notStarted: (p: { n: string | number }) => `尚未启动${p.n}项`,
  promoted: (p: { n: string | number; list: string | number }) =>
    `本季度有${p.n}项试点经验获上级推广：${p.list}。`,
  promotedItem: (p: { title: string | number; by: string | number }) => `${p.title}（${p.by}）`,
  promotedTotal: (p: { n: string | number }) => `累计已有${p.n}项试点经验获上级推广。`,
  pilotsCaption: '改革试点推进情况',
  pilot: '试点名称',
  pLevel: '层级',
  origin: '来源',
  unit: '牵头单位',
  term: '试点期限',
  status: '状态',
  remark: '备注',
  termCell: (p: { start: string | number; end: string | number }) => `${p.start}至${p.end}`,
  overdueRemark: (p: { n: string | number }) => `已超期${p.n}天`,
  withdrawnRemark: (p: { date: string | number }) => `${p.date}调出`,
  withdrawnWhy: (p: { title: string | number; date: string | number; reason: string | number }) =>
    `${p.title}于${p.date}调出，原因是：${p.reason}。`,
  promotedRemark: (p: { by: string | number }) => `经验获${p.by}推广`,
  nextLead: (p: {
    when: string | number;
    start: string | number;
    end: string | number;
    n: string | number;
    units: string | number;
    office: string | number;
    days: string | number;
  }) =>
    `${p.when}（${p.start}至${p.end}）共有${p.n}个关键节点到期，涉及${p.units}个单位。请各牵头单位提前谋划、倒排工期，确保按期完成；${p.office}将在节点到期前${p.days}天发出预告提醒。`,
  nextNone: (p: { when: string | number; start: string | number; end: string | number }) =>
    `${p.when}（${p.start}至${p.end}）没有到期的关键节点。`,
  nextCaption: (p: { when: string | number }) => `${p.when}各单位到期关键节点（个）`,
  nextDetailCaption: (p: { when: string | number }) => `${p.when}到期关键节点明细`,
  itemsInvolved: '涉及事项',
  nextSeeAppendix: '各节点明细见附件。',
  item: '事项名称',
  node: '节点',
  due: '时限',
};

// render/report/section-delays.ts
export const reportDelays = {
  seriousLead: (p: {
    date: string | number;
    days: string | number;
    n: string | number;
    kinds: string | number;
    units: string | number;
  }) =>
    `截至${p.date}，连续塌进度${p.days}天及以上、达到通报提醒档次的事项共${p.n}项（${p.kinds}），涉及${p.units}。`,
  seriousDecided: (p: { parts: string | number }) => `其中${p.parts}。`,
  decidedCircularN: (p: { n: string | number }) => `已决定通报${p.n}项`,
  decidedInterviewN: (p: { n: string | number }) => `已决定约谈${p.n}项`,
  candidateN: (p: { n: string | number }) => `通报候选（待确认）${p.n}项`,
  seriousAdvice: (p: { committee: string | number }) =>
    `建议对尚未决定通报的事项，报请${p.committee}确认后在一定范围内予以通报。`,
  seriousNone: (p: { date: string | number; days: string | number }) =>
    `截至${p.date}，没有连续塌进度${p.days}天及以上的事项。`,
  seriousCaption: '严重滞后事项：通报候选（待确认，报请确认）',
  seriousDecidedCaption: '严重滞后事项：已决定通报',
  id: '编号',
  item: '事项名称',
  unit: '牵头单位',
  node: '滞后节点',
  due: '节点时限',
  days: '连续滞后',
  reminded: '已催办情况',
  remark: '备注',
  noReminder: '无催办记录',
  decidedCircular: (p: { date: string | number }) => `已决定通报（${p.date}）`,
  decidedInterview: '已决定约谈',
  daysCell: (p: { n: string | number }) => `${p.n}天`,
  interviewRule: (p: { ci: string | number; es: string | number; committee: string | number }) =>
    `按照约谈提醒有关规定，对达到通报提醒档次的事项累计${p.ci}项及以上，或被决定约谈、通报累计${p.es}次及以上的单位，建议报请${p.committee}约谈其主要负责人。`,
  interviewFound: (p: { n: string | number; units: string | number }) =>
    `经梳理，符合条件的单位${p.n}个：${p.units}。`,
  interviewNone: '经梳理，本季度暂无符合约谈建议条件的单位。',
  interviewCaption: '建议约谈单位',
  circularItems: '通报级事项',
  escalations: '约谈、通报决定',
  reason: '建议理由',
  reasonCircular: (p: { n: string | number }) => `通报级事项${p.n}项`,
  reasonEscalations: (p: { n: string | number }) => `累计被决定约谈、通报${p.n}次`,
  pendingRemark: '已有约谈决定尚未实施',
  pendingLead: (p: { n: string | number }) => `另有已决定约谈、尚未实施的事项${p.n}项，请抓紧组织实施。`,
  pendingCaption: '已决定尚未实施的约谈',
  decidedOn: '决定日期',
  decidedBy: '决定主体',
  why: '事由',
  waiting: '已历时',
  remindersLead: (p: {
    date: string | number;
    total: string | number;
    items: string | number;
    levels: string | number;
  }) => `本季度（截至${p.date}）共发出提醒${p.total}次，涉及事项${p.items}项，其中${p.levels}。`,
  levelTimes: (p: { level: string | number; n: string | number }) => `${p.level}${p.n}次`,
  remindersNone: (p: { date: string | number }) => `本季度（截至${p.date}）台账中没有催办记录。`,
  unreminded: (p: { when: string | number; n: string | number; ids: string | number }) =>
    `截至${p.when}，有${p.n}项事项已达到相应提醒档次，但台账中尚无同级及以上的催办记录（${p.ids}），需按“谁交办、谁催办”原则及时跟进。`,
  levelsChart: '本季度提醒次数（按提醒级别）',
  remindersCaption: '本季度各单位被催办情况（次）',
  remindUnit: '被催办单位',
  unitPlain: '单位',
  total: '合计',
};

// render/report/section-overview.ts
export const reportOverview = {
  tasks: (p: { date: string | number; total: string | number; parts: string | number }) =>
    `截至${p.date}，改革任务台账在账任务${p.total}项。其中，${p.parts}。`,
  done: (p: { n: string | number; detail: string | number }) => `已完成${p.n}项（${p.detail}）`,
  doneOnTime: (p: { n: string | number }) => `按期完成${p.n}项`,
  doneLate: (p: { n: string | number }) => `逾期完成${p.n}项`,
  closed: (p: { n: string | number }) => `已对账销号${p.n}项`,
  onSchedule: (p: { n: string | number }) => `正常推进${p.n}项`,
  notYetDue: (p: { n: string | number }) => `尚未到首个节点${p.n}项`,
  behind: (p: { n: string | number }) => `滞后${p.n}项`,
  suspended: (p: { n: string | number }) => `暂缓实施${p.n}项`,
  withdrawn: (p: { n: string | number }) => `撤销${p.n}项`,
  bandsLead: (p: { parts: string | number }) => `滞后任务中，${p.parts}。`,
  bandInterview: (p: { n: string | number }) => `已决定约谈${p.n}项`,
  bandLevel: (p: { level: string | number; n: string | number }) => `达到${p.level}档次${p.n}项`,
  bandBelow: (p: { days: string | number; n: string | number }) => `滞后不足${p.days}天${p.n}项`,
  pilots: (p: { total: string | number; parts: string | number }) =>
    `试点台账在账试点${p.total}项，其中${p.parts}。`,
  pilotWithdrawn: (p: { n: string | number }) => `已调出${p.n}项`,
  pilotNotStarted: (p: { n: string | number }) => `尚未启动或未到节点${p.n}项`,
  problems: (p: { total: string | number; parts: string | number }) =>
    `问题清单在账问题${p.total}个，其中${p.parts}。`,
  problemDone: (p: { n: string | number; detail: string | number }) => `已整改${p.n}个（${p.detail}）`,
  problemDoneOnTime: (p: { n: string | number }) => `按期${p.n}个`,
  problemDoneLate: (p: { n: string | number }) => `逾期${p.n}个`,
  problemOpen: (p: { n: string | number }) => `整改期内${p.n}个`,
  problemOverdue: (p: { n: string | number }) => `逾期未整改${p.n}个`,
  nodes: (p: {
    start: string | number;
    end: string | number;
    due: string | number;
    onTime: string | number;
    late: string | number;
    open: string | number;
  }) =>
    `本季度（${p.start}至${p.end}）到期的关键节点${p.due}个，按期完成${p.onTime}个，逾期完成${p.late}个，尚未完成${p.open}个，按期完成率为`,
  nodesNone: (p: { date: string | number }) => `截至${p.date}，本季度尚无到期的关键节点。`,
  nodesPending: (p: { n: string | number }) => `另有${p.n}个节点将于本季度剩余时间内到期。`,
  compareLead: (p: { parts: string | number }) => `与上季度末相比，${p.parts}。`,
  cmpBehind: (p: { how: string | number }) => `滞后任务${p.how}`,
  cmpSerious: (p: { how: string | number }) => `严重滞后事项${p.how}`,
  cmpRate: (p: { from: string | number; dir: string | number; to: string | number }) =>
    `节点按期完成率由${p.from}${p.dir}至${p.to}`,
  up: (p: { n: string | number }) => `增加${p.n}项`,
  down: (p: { n: string | number }) => `减少${p.n}项`,
  same: (p: { n: string | number }) => `持平（${p.n}项）`,
  rateUp: '提高',
  rateDown: '下降',
  statesCaption: '改革任务、试点和问题状态统计',
  state: '状态',
  sOnTime: '按期完成',
  sLate: '逾期完成',
  sClosed: '已对账销号',
  sOnSchedule: '正常推进',
  sNotYetDue: '尚未到节点',
  sBehind: '滞后',
  sBand: (p: { level: string | number }) => `　其中：${p.level}`,
  sBandMore: (p: { level: string | number }) => `　　　　${p.level}`,
  sSuspended: '暂缓实施',
  sWithdrawn: '撤销（调出）',
  sTotal: '合计',
  nodesCaption: '本季度关键节点完成情况',
  category: '类别',
  nDue: '到期节点',
  nOnTime: '按期完成',
  nLate: '逾期完成',
  nOpen: '尚未完成',
  nRate: '按期完成率',
  nPending: '季内尚未到期',
};

// render/report/section-summary.ts
export const reportSummary = {
  compareLead: (p: { prev: string | number; now: string | number }) =>
    `以下各项指标均按同一口径，分别计算至上季度末（${p.prev}）和本季度末（${p.now}）。`,
  compareCaption: '主要指标与上季度对比',
  figure: '指标',
  previous: (p: { label: string | number }) => `上季度末（${p.label}）`,
  current: (p: { label: string | number }) => `本季度末（${p.label}）`,
  currentAsOf: (p: { date: string | number }) => `本期（截至${p.date}）`,
  delta: '增减',
  k_tasks: '在账改革任务（项）',
  k_tasksCompleted: '已完成任务（项）',
  k_tasksBehind: '滞后任务（项）',
  k_serious: '严重滞后事项（项）',
  k_nodesDue: '当季到期节点（个）',
  k_nodesOnTime: '　其中：按期完成（个）',
  k_nodesLate: '　　　　逾期完成（个）',
  k_nodesOpen: '　　　　尚未完成（个）',
  k_onTimeRate: '节点按期完成率',
  k_reminders: '当季发出提醒（次）',
  k_problemsFound: '当季新发现问题（个）',
  k_problemsRectified: '当季完成整改问题（个）',
  k_problemsOverdue: '逾期未整改问题（个）',
  k_pilotsActive: '正在推进的试点（项）',
  k_pilotsPastTerm: '期满未完成试点（项）',
  k_pilotsPromoted: '经验获推广试点（项）',
  k_interviewCandidates: '建议约谈单位（个）',
  issuesNone: '本季度台账数据未反映出突出问题，各项改革任务总体按计划推进。',
  issueBehind: (p: {
    when: string | number;
    n: string | number;
    kinds: string | number;
    days: string | number;
    s: string | number;
    where: string | number;
  }) =>
    `部分改革事项推进滞后。截至${p.when}，滞后事项${p.n}项（${p.kinds}），其中连续塌进度${p.days}天及以上的${p.s}项，${p.where}。`,
  whereAll: (p: { units: string | number }) => `涉及${p.units}`,
  whereMost: (p: { units: string | number }) => `主要集中在${p.units}等单位`,
  issueNodes: (p: {
    due: string | number;
    rate: string | number;
    late: string | number;
    open: string | number;
  }) =>
    `关键节点按期完成率有待提高。本季度到期节点${p.due}个，按期完成率为${p.rate}，逾期完成${p.late}个、尚未完成${p.open}个。`,
  issueReminders: (p: { n: string | number }) =>
    `催办跟进不够及时。${p.n}项事项已达到相应提醒档次，但台账中尚无同级及以上的催办记录。`,
  issueProblems: (p: { parts: string | number }) => `问题整改还不到位。${p.parts}。`,
  issueOverdue: (p: { n: string | number }) => `逾期未整改问题${p.n}个`,
  issueUnverified: (p: { n: string | number }) => `整改完成待核实销账${p.n}个`,
  issueBehindOne: (p: {
    when: string | number;
    unit: string | number;
    kind: string | number;
    id: string | number;
    serious: string | number;
  }) => `改革事项推进滞后。截至${p.when}，${p.unit}牵头的${p.kind}${p.id}推进滞后${p.serious}。`,
  seriousSince: (p: { days: string | number }) => `，已连续塌进度${p.days}天及以上`,
  issuePilotOne: (p: { title: string | number }) =>
    `试点期满未完成。${p.title}已超过试点期限仍未完成，需尽快总结评估或按程序调整。`,
  issueInterviewOne: (p: { days: string | number }) =>
    `约谈决定落实不及时。已决定的约谈尚未实施，已历时${p.days}天。`,
  progressLead: '从各单位报送的进展看，严重滞后事项的推进情况和滞后原因如下：',
  progressLeadUnit: (p: { addressAs: string | number }) =>
    `从${p.addressAs}报送的进展看，严重滞后事项的推进情况和滞后原因如下：`,
  roleLead: '牵头的',
  roleRectify: '负责整改的',
  progressItem: (p: {
    role: string | number;
    unit: string | number;
    title: string | number;
    id: string | number;
    days: string | number;
    date: string | number;
    note: string | number;
  }) =>
    `${p.unit}${p.role}“${p.title}”（${p.id}），已连续塌进度${p.days}天。${p.date}报送进展称：“${p.note}”。`,
  progressNone: (p: {
    role: string | number;
    unit: string | number;
    title: string | number;
    id: string | number;
    days: string | number;
  }) => `${p.unit}${p.role}“${p.title}”（${p.id}），已连续塌进度${p.days}天，至今未报送进展情况。`,
  issuePilots: (p: { n: string | number; titles: string | number }) =>
    `部分试点期满未完成。${p.n}项试点已超过试点期限仍未完成（${p.titles}），需尽快总结评估或按程序调整。`,
  issueInterviews: (p: { n: string | number; days: string | number }) =>
    `约谈决定落实不及时。已决定约谈的${p.n}项尚未实施，最长已历时${p.days}天。`,
  sugSerious: (p: { days: string | number; n: string | number; committee: string | number }) =>
    `严肃通报严重滞后事项。对连续塌进度${p.days}天及以上的${p.n}项事项，报请${p.committee}确认后在一定范围内通报，并督促责任单位书面说明原因、明确整改时限。`,
  sugInterview: (p: { units: string | number; pending: string | number }) =>
    `约谈问题突出单位。对${p.units}报请约谈主要负责人，指出问题、提出要求，督促整改落实${p.pending}。`,
  sugPending: '；对已决定的约谈抓紧组织实施',
  sugPendingOnly: (p: { n: string | number }) =>
    `落实约谈决定。对已决定约谈、尚未实施的${p.n}项抓紧组织实施。`,
  sugReminders: (p: { n: string | number }) =>
    `压实催办责任。按照“谁交办、谁催办”原则，对${p.n}项已达到提醒档次的事项及时补发相应级别提醒并记录备案。`,
  sugNext: (p: { when: string | number; n: string | number; days: string | number }) =>
    `抓好下季度节点。对${p.when}到期的${p.n}个关键节点，提前${p.days}天发出预告提醒，督促各牵头单位倒排工期、按期完成。`,
  sugProblems:
    '推进问题整改销账。督促逾期未整改问题的责任单位限期整改，对整改完成的问题及时组织核实，做到据实销账。',
  sugPilotsPast: (p: { n: string | number }) =>
    `加强试点跟踪管理。对期满未完成的${p.n}项试点督促开展总结评估，明确完成时限或按程序调出。`,
  sugPilotsEnding: (p: { when: string | number; n: string | number }) =>
    `提前做好试点总结。对将于${p.when}期满的${p.n}项试点提前做好验收评估和经验总结工作。`,
  // the 督察反馈意见 (--unit): what the unit is asked to do, addressed to it
  reqSerious: (p: { you: string; n: number; days: number }) =>
    `抓紧推进严重滞后事项。${p.you}对连续塌进度${p.days}天及以上的${p.n}项事项，要逐项分析滞后原因，明确整改措施、责任人和完成时限，确保尽快赶上进度。`,
  reqBehind: (p: { you: string; n: number }) =>
    `加快推进滞后事项。${p.you}对滞后的${p.n}项事项，要倒排工期、挂图作战，按期完成关键节点。`,
  reqInterview: (p: { you: string; committee: string }) =>
    `约谈提醒。${p.you}已达到约谈提醒条件，本办将按程序报请${p.committee}决定是否约谈${p.you}主要负责人。`,
  reqProblems: (p: { you: string }) =>
    `限期完成问题整改。${p.you}对逾期未整改的问题，要加快整改；整改完成的，及时报送佐证材料申请核实销账。`,
  reqNext: (p: { you: string; when: string; n: number }) =>
    `抓好下季度节点。${p.when}${p.you}有${p.n}个关键节点到期，请提前谋划，确保按期完成。`,
  reqDefault: (p: { you: string }) => `${p.you}要保持工作力度，按期推进各项改革任务，及时报送进展情况。`,
  sugDefault: '继续坚持每月一调度、每季一分析，保持督察力度不减。',
};

// render/report/section-units.ts
export const reportUnits = {
  byUnit: '分牵头单位情况',
  byGroup: '分专项小组情况',
  unitsLead: (p: { withNodes: string | number; allOnTime: string | number; names: string | number }) =>
    `本季度有关键节点到期的牵头单位${p.withNodes}个，其中到期节点全部按期完成且没有滞后事项的${p.allOnTime}个${p.names}。`,
  namesZh: (p: { names: string | number }) => `（${p.names}）`,
  behindOne: (p: { when: string | number; names: string | number }) =>
    `截至${p.when}有滞后事项的单位为${p.names}。`,
  behindLead: (p: { when: string | number; n: string | number; names: string | number }) =>
    `截至${p.when}有滞后事项的单位${p.n}个，滞后事项较多的是${p.names}。`,
  noBehind: (p: { when: string | number }) => `截至${p.when}，各牵头单位均无滞后事项。`,
  unitCount: (p: { unit: string | number; n: string | number }) => `${p.unit}（${p.n}项）`,
  groupsLead: (p: { n: string | number; items: string | number }) =>
    `按专项小组统计（问题按其关联任务归入专项小组），${p.n}个专项小组共统筹推进事项${p.items}项。`,
  groupsBehind: (p: { parts: string | number }) => `滞后事项分布在${p.parts}`,
  groupsBehindOne: (p: { parts: string | number }) => `滞后事项均属${p.parts}`,
  groupPart: (p: { group: string | number; behind: string | number }) => `${p.group}（${p.behind}项）`,
  groupsClear: (p: { names: string | number }) => `${p.names}所属事项均无滞后`,
  groupsAllClear: '各专项小组所属事项均无滞后',
  end: '。',
  noGroups: '台账中的任务未标注专项小组。',
  statesChart: '各牵头单位事项状态分布',
  rateChart: '各牵头单位本季度节点按期完成率',
  unitsCaption: '各牵头单位推进情况（按滞后程度排序）',
  groupsCaption: '各专项小组推进情况（按滞后程度排序）',
  unit: '牵头单位',
  group: '专项小组',
  items: '事项',
  due: '到期节点',
  onTime: '按期',
  late: '逾期',
  open: '未完成',
  rate: '按期率',
  behind: '滞后事项',
  serious: '其中严重滞后',
  worst: '最长连续滞后',
  worstCell: (p: { days: string | number; item: string | number }) => `${p.days}天（${p.item}）`,
};

// render/report/words.ts
export const report = {
  /** The first column of a numbered table. */
  no: '序号',
  levelPhone: '电话提醒',
  levelWritten: '书面提醒',
  levelOnsite: '现场提醒',
  levelCircular: '通报提醒',
  levelCircularCandidate: '通报候选（待确认）',
  levelInterview: '约谈提醒',
  levelBelow: '滞后未达提醒档次',
  shortPhone: '电话',
  shortWritten: '书面',
  shortOnsite: '现场',
  shortCircular: '通报',
  shortInterview: '约谈',
  ledgerTasks: '改革任务',
  ledgerPilots: '改革试点',
  ledgerProblems: '问题整改',
  kindTask: '任务',
  kindPilot: '试点',
  kindProblem: '问题',
  kindCount: (p: { kind: string | number; n: string | number }) => `${p.kind}${p.n}项`,
  /** 共5项（均为任务）: one kind has them all */
  kindAll: (p: { kind: string | number }) => `均为${p.kind}`,
  foundComprehensive: '全面督察',
  foundJoint: '联合督察',
  foundSpecial: '专项督察',
  foundPeriodic: '定期督察',
  foundDaily: '日常督察',
  foundUnannounced: '明察暗访',
  foundMedia: '媒体曝光',
  foundOther: '其他渠道',
  reviewPass: '通过',
  reviewPartial: '部分整改',
  reviewFail: '未通过',
  pilotNational: '国家级',
  pilotProvincial: '省级',
  pilotMunicipal: '市级',
  pilotCounty: '县级',
  originAssigned: '上级部署',
  originSelf: '自选',
  statusNotStarted: '尚未启动',
  statusActive: '正在推进',
  statusEnding: '下季度期满',
  statusEndingOpen: '本季度内或下季度期满',
  quarterEnd: '季末',
  restAnd: (p: { next: string | number }) => `本季度剩余时间及${p.next}`,
  statusPastTerm: '期满未完成',
  statusCompleted: '已完成',
  statusWithdrawn: '已调出',
  segCompleted: '已完成',
  segOnSchedule: '正常推进',
  segBehind: '滞后',
  segSerious: '严重滞后',
  segStopped: '暂缓或撤销',
  outcomeOnTime: '按期完成',
  outcomeLate: '逾期完成',
  outcomeOpen: '尚未完成',
  outcomePending: '尚未到期',
  days: (p: { n: string | number }) => `${p.n}天`,
  same: '持平',
  pointsUp: (p: { n: string | number }) => `上升${p.n}个百分点`,
  pointsDown: (p: { n: string | number }) => `下降${p.n}个百分点`,
  none: '无',
  dash: '—',
  listSep: '、',
  clauseSep: '，',
  andMore: (p: { n: string | number; rest: string | number }) => `等${p.n}项`,
  andMoreUnits: (p: { n: string | number; rest: string | number }) => `等${p.n}个单位`,
};

// commands/report.ts
export const reportCommand = {
  unknownExtension: (p: { file: string | number }) =>
    `无法从文件名 ${p.file} 判断输出格式：请使用 .md、.html、.json、.csv 或 .docx 扩展名，或用 --format 指定`,
  conflict: (p: { format: string | number; file: string | number }) =>
    `--format ${p.format} 与输出文件 ${p.file} 的扩展名不一致`,
  written: (p: { file: string | number; label: string | number; date: string | number }) =>
    `已写入 ${p.file}（${p.label}，数据截至 ${p.date}）`,
};
