// `reform remind`: reminder lists, notices and messages.

// render/remind/messages.ts
import { didYouMean } from './shared.js';
export const remind = {
  phone: '电话提醒',
  written: '书面提醒',
  onsite: '现场提醒',
  circular: '通报提醒',
  interview: '约谈提醒',
  tasks: '改革任务',
  pilots: '改革试点',
  problems: '整改问题',
  title: (p: { date: string | number; office: string | number }) => `五级提醒 · ${p.date} · ${p.office}`,
  totals: (p: {
    all: string | number;
    fresh: string | number;
    old: string | number;
    upcoming: string | number;
  }) => `提醒 ${p.all} 项（今日新提醒 ${p.fresh} 项，仍在催办 ${p.old} 项）；提前预告 ${p.upcoming} 项`,
  workdays: '塌进度天数按工作日计（法定节假日和调休）',
  filters: (p: { list: string | number }) => `筛选：${p.list}`,
  filterUnit: (p: { unit: string | number }) => `单位 ${p.unit}`,
  filterLevel: (p: { level: string | number }) => `${p.level}及以上`,
  filterNew: '仅新提醒',
  sectionNew: (p: { n: string | number }) => `一、今日新提醒（${p.n} 项）`,
  sectionOld: (p: { n: string | number }) => `二、仍在催办（${p.n} 项）`,
  sectionUpcoming: (p: { n: string | number; days: string | number }) =>
    `三、提前预告（${p.n} 项，${p.days} 天内到期的节点）`,
  none: '（无）',
  nothing: '今日没有需要催办或预告的事项。',
  issuer: (p: { issuer: string | number }) => `交办：${p.issuer}`,
  contact: (p: { name: string | number; phone: string | number }) => `联络人：${p.name} ${p.phone}`,
  noContact: '未登记联络人',
  colLevel: '级别',
  colItem: '编号',
  colTitle: '事项',
  colNode: '节点',
  colDue: '时限',
  colDays: '塌进度',
  colLeft: '剩余',
  colUnit: '单位',
  colIssuer: '交办主体',
  colNew: '新提醒',
  colApprovedDue: '批准时限',
  colNote: '说明',
  colLedger: '台账',
  colKind: '类别',
  colContact: '联络人',
  colPhone: '电话',
  kindReminder: '提醒',
  kindUpcoming: '预告',
  kindUnreported: '未报送进展',
  unreportedNote: (p: { month: string; dueBy: string }) => `${p.month} 进展未报送（报送时限 ${p.dueBy}）`,
  yes: '是',
  no: '否',
  days: (p: { n: string | number }) => `${p.n} 天`,
  workdaysN: (p: { n: string | number }) => `${p.n} 个工作日`,
  dueToday: '今日到期',
  newMark: '新',
  recorded: (p: { file: string | number; n: string | number; by: string | number }) =>
    `已在 ${p.file} 记录 ${p.n} 条催办记录（经办人：${p.by}）。`,
  candidatesNotRecorded: (p: { n: string | number }) =>
    `通报提醒（待确认）${p.n} 项未记录：通报须经领导小组（改革委）确认后方可印发；确认后在该事项 escalations 中记录 level: circular 的决定。`,
  circularCandidate: '通报提醒（待确认）',
  scheduleBaseline: (p: { rev: string; sha: string; date: string }) =>
    `时限按基线 ${p.rev}（${p.sha}，${p.date}）和经批准的调整核定`,
  scheduleUnapproved: (p: { n: number }) => `※ 未经批准改动时限的节点 ${p.n} 个，按批准的时限计算`,
  scheduleDeleted: (p: { n: number }) => `※ 基线后被删除的事项 ${p.n} 项，仍按基线时限计算`,
  scheduleLate: (p: { n: number }) => `※ 事后补录的调整记录 ${p.n} 处，请复核`,
  scheduleNoGit: '台账目录不在 git 仓库中，时限按台账所写计算（未与基线核对）',
  scheduleNoBaseline: (p: { rev: string }) => `未找到基线 ${p.rev}，时限按台账所写计算（未与基线核对）`,
  scheduleOff: '未读基线（--no-baseline），时限按台账所写计算',
  markWritten: (p: { node: string; written: string; approved: string }) =>
    `※ ${p.node}：台账写 ${p.written}，未经批准，按 ${p.approved} 计`,
  markDeleted: (p: { approved: string }) =>
    `※ 该事项自基线后被删除（无撤销决定），仍按基线时限 ${p.approved} 计`,
  markDeletedNode: (p: { node: string; approved: string }) =>
    `※ ${p.node}：该节点自基线后被删除，仍按 ${p.approved} 计`,
  recordedNone: '没有需要记录的新提醒（今日已记录或无新提醒）。',
  recordFuture: (p: { date: string | number; today: string | number }) =>
    `不能以将来的日期 ${p.date} 记录催办（今天是 ${p.today}）`,
  byUnknown: '未署名',
  badDate: (p: { value: string | number }) =>
    `日期 ${p.value} 无效：应为 YYYY-MM-DD 格式的真实日期，如 2026-11-20`,
  unknownUnit: (p: { value: string | number; suggest: string | number }) =>
    `单位 ${p.value} 不在 units.yaml 中（可写全称或简称）${didYouMean(p.suggest)}`,
  unknownLevel: (p: { value: string | number }) =>
    `提醒级别 ${p.value} 无效：应为 phone（电话）、written（书面）、onsite（现场）、circular（通报）或 interview（约谈）`,
  uncovered: (p: { years: string | number; from: string | number; to: string | number }) =>
    `提示：节假日数据未覆盖 ${p.years} 年（数据包覆盖 ${p.from}–${p.to} 年），这些年份只按周末计算工作日；可在 policy.yaml 的 calendar 中补充。`,
  badCalendar: (p: { reason: string | number }) => `policy.yaml 的 calendar 有误：${p.reason}`,
  recordFailed: (p: { file: string | number; reason: string | number }) =>
    `无法写入 ${p.file}：${p.reason}（催办记录未改动）`,
};

// render/remind/notice.ts
export const remindNotice = {
  noticesHead: (p: { n: string | number }) => `════ 书面催办通知（${p.n} 份） ════`,
  smsHead: (p: { n: string | number }) => `════ 电话提醒短信（${p.n} 条） ════`,
  none: '（无）',
  separator: '────────────────────────────────────────',
  noticeTitle: '关于加快推进改革事项落实的催办通知',
  salutation: (p: { unit: string | number }) => `${p.unit}：`,
  opening: (p: { date: string | number; n: string | number }) =>
    `按照“谁交办、谁催办”原则和改革督察五级提醒制度，经对照台账核查，截至${p.date}，你单位牵头（负责）的下列${p.n}项改革事项未按规定时限完成，已连续塌进度：`,
  itemTask: (p: {
    title: string | number;
    id: string | number;
    node: string | number;
    due: string | number;
    days: string | number;
    level: string | number;
  }) =>
    `改革任务“${p.title}”（${p.id}）：关键节点“${p.node}”应于${p.due}前完成，至今未完成，已连续塌进度${p.days}，列为${p.level}。`,
  itemPilot: (p: {
    title: string | number;
    id: string | number;
    node: string | number;
    due: string | number;
    days: string | number;
    level: string | number;
  }) =>
    `改革试点“${p.title}”（${p.id}）：节点“${p.node}”应于${p.due}前完成，至今未完成，已连续塌进度${p.days}，列为${p.level}。`,
  itemProblem: (p: {
    title: string | number;
    id: string | number;
    due: string | number;
    days: string | number;
    level: string | number;
  }) =>
    `整改问题“${p.title}”（${p.id}）：整改时限为${p.due}，至今未完成整改，已连续塌进度${p.days}，列为${p.level}。`,
  itemInterview: (p: { title: string | number; id: string | number; by: string | number }) =>
    `“${p.title}”（${p.id}）：${p.by}已决定就该事项约谈你单位主要负责人。`,
  interviewTail: (p: { by: string | number }) => `${p.by}已决定就该事项约谈你单位主要负责人。`,
  days: (p: { n: string | number }) => `${p.n}天`,
  workdays: (p: { n: string | number }) => `${p.n}个工作日`,
  request: (p: { office: string | number }) =>
    `请你单位高度重视，认真分析滞后原因，采取有力措施加快推进，并于收到本通知后5个工作日内将推进情况、滞后原因及下一步工作措施书面报送${p.office}。`,
  onsite: (p: { days: string | number; office: string | number }) =>
    `对连续塌进度超过${p.days}天的事项，${p.office}将采取召开会议或上门督办的形式进行现场催办。`,
  circular: (p: { days: string | number }) =>
    `对连续塌进度超过${p.days}天的事项，将按程序报请确认后在一定范围内予以通报。`,
  interview: '对已决定约谈的事项，请做好约谈准备。',
  closing: '特此通知。',
  contactLine: (p: { name: string | number; phone: string | number }) =>
    `联系人：${p.name}，电话：${p.phone}`,
  smsTo: (p: { unit: string | number; who: string | number }) => `发送对象：${p.unit} ${p.who}`,
  smsNoContact: '（未登记联络人，请在 units.yaml 中补充）',
  smsGreeting: (p: { issuer: string | number; name: string | number }) =>
    `【${p.issuer}】${p.name}同志：您好！`,
  smsGreetingAnon: (p: { issuer: string | number }) => `【${p.issuer}】`,
  smsOne: (p: {
    title: string | number;
    id: string | number;
    node: string | number;
    due: string | number;
    days: string | number;
  }) => `你单位牵头的“${p.title}”（${p.id}）“${p.node}”节点时限为${p.due}，已连续塌进度${p.days}。`,
  smsMany: (p: { list: string | number }) => `你单位牵头的以下事项已塌进度：${p.list}。`,
  smsItem: (p: {
    title: string | number;
    id: string | number;
    node: string | number;
    due: string | number;
    days: string | number;
  }) => `“${p.title}”（${p.id}）“${p.node}”节点时限${p.due}，塌进度${p.days}`,
  smsEnd: (p: { contact: string | number }) => `请抓紧推进，并及时报送进展情况。${p.contact}`,
  smsContact: (p: { name: string | number; phone: string | number }) => `联系人：${p.name} ${p.phone}`,
  unreportedHead: (p: { n: number; month: string }) => `════ 催报进展短信（${p.month}，${p.n} 条） ════`,
  unreportedSms: (p: { month: string; dueBy: string; list: string; n: number }) =>
    `你单位牵头的${p.n}项改革事项尚未报送${p.month}工作进展（报送时限${p.dueBy}）：${p.list}。请尽快报送本月进展填报表。`,
  unreportedItem: (p: { title: string; id: string }) => `“${p.title}”（${p.id}）`,
};
