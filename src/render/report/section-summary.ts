// 九、与上季度对比; 十、存在的问题; 十一、下一步工作建议. Every sentence stands on a figure of the
// report and is left out when that figure gives it nothing to say.
import { messages } from '../../i18n/index.js';
import type { ComparisonRow, HeadlineKey, Report } from '../../report/types.js';
import type { Block, Cell, Text } from './blocks.js';
import { change, joinList, kindName, longDate, percent, quarterName, someOf, subNo } from './words.js';

const M = messages({
  compareLead: {
    zh: '以下各项指标均按同一口径，分别计算至上季度末（{prev}）和本季度末（{now}）。',
    en: 'Each figure below is computed the same way as of the end of the previous quarter ({prev}) and of this one ({now}).',
  },
  compareCaption: { zh: '主要指标与上季度对比', en: 'Headline figures against the previous quarter' },
  figure: { zh: '指标', en: 'Figure' },
  previous: { zh: '上季度末（{label}）', en: 'Previous ({label})' },
  current: { zh: '本季度末（{label}）', en: 'This quarter ({label})' },
  currentAsOf: { zh: '本期（截至{date}）', en: 'This period (to {date})' },
  delta: { zh: '增减', en: 'Change' },
  k_tasks: { zh: '在账改革任务（项）', en: 'Tasks in the ledger' },
  k_tasksCompleted: { zh: '已完成任务（项）', en: 'Tasks completed' },
  k_tasksBehind: { zh: '滞后任务（项）', en: 'Tasks behind' },
  k_serious: { zh: '严重滞后事项（项）', en: 'Seriously delayed items' },
  k_nodesDue: { zh: '当季到期节点（个）', en: 'Nodes due in the quarter' },
  k_nodesOnTime: { zh: '　其中：按期完成（个）', en: '  met on time' },
  k_nodesLate: { zh: '　　　　逾期完成（个）', en: '  met late' },
  k_nodesOpen: { zh: '　　　　尚未完成（个）', en: '  still open' },
  k_onTimeRate: { zh: '节点按期完成率', en: 'On-time rate of nodes' },
  k_reminders: { zh: '当季发出提醒（次）', en: 'Reminders issued in the quarter' },
  k_problemsFound: { zh: '当季新发现问题（个）', en: 'Problems found in the quarter' },
  k_problemsRectified: { zh: '当季完成整改问题（个）', en: 'Problems rectified in the quarter' },
  k_problemsOverdue: { zh: '逾期未整改问题（个）', en: 'Problems overdue' },
  k_pilotsActive: { zh: '正在推进的试点（项）', en: 'Pilots under way' },
  k_pilotsPastTerm: { zh: '期满未完成试点（项）', en: 'Pilots past their term' },
  k_pilotsPromoted: { zh: '经验获推广试点（项）', en: 'Pilots with experience promoted' },
  k_interviewCandidates: { zh: '建议约谈单位（个）', en: 'Units proposed for an interview' },

  issuesNone: {
    zh: '本季度台账数据未反映出突出问题，各项改革任务总体按计划推进。',
    en: 'The ledgers show no marked problem this quarter; work is broadly on plan.',
  },
  issueBehind: {
    zh: '部分改革事项推进滞后。截至季末，滞后事项{n}项（{kinds}），其中连续塌进度{days}天及以上的{s}项，{where}。',
    en: 'Some items are behind. At the end of the period {n} items were behind ({kinds}), {s} of them for {days} days or more, {where}.',
  },
  kindCount: { zh: '{kind}{n}项', en: '{kind}s: {n}' },
  whereAll: { zh: '涉及{units}', en: 'in {units}' },
  whereMost: { zh: '主要集中在{units}等单位', en: 'mostly in {units}' },
  issueNodes: {
    zh: '关键节点按期完成率有待提高。本季度到期节点{due}个，按期完成率为{rate}，逾期完成{late}个、尚未完成{open}个。',
    en: 'Too few nodes are met on time. Of {due} nodes due in the quarter {rate} were met on time; {late} were met late and {open} are still open.',
  },
  issueReminders: {
    zh: '催办跟进不够及时。{n}项事项已达到相应提醒档次，但台账中尚无同级及以上的催办记录。',
    en: 'Reminders lag behind. {n} items are at a reminder level with no reminder at that level or higher on record.',
  },
  issueProblems: {
    zh: '问题整改还不到位。{parts}。',
    en: 'Rectification is incomplete: {parts}.',
  },
  issueOverdue: { zh: '逾期未整改问题{n}个', en: '{n} problems are overdue' },
  issueUnverified: { zh: '整改完成待核实销账{n}个', en: '{n} rectified problems await verification' },
  issuePilots: {
    zh: '部分试点期满未完成。{n}项试点已超过试点期限仍未完成（{titles}），需尽快总结评估或按程序调整。',
    en: 'Some pilots are past their term. Pilots unfinished beyond their term ({n}: {titles}) should be evaluated or adjusted.',
  },
  issueInterviews: {
    zh: '约谈决定落实不及时。已决定约谈的{n}项尚未实施，最长已历时{days}天。',
    en: 'Interview decisions wait. Interviews decided and not held: {n}; the oldest has waited {days} days.',
  },
  sugSerious: {
    zh: '严肃通报严重滞后事项。对连续塌进度{days}天及以上的{n}项事项，报请改革领导小组确认后在一定范围内通报，并督促责任单位书面说明原因、明确整改时限。',
    en: 'Circulate the seriously delayed items: ask the leading group to confirm a circular on the {n} items behind for {days} days or more, and have the units explain in writing and set a date.',
  },
  sugInterview: {
    zh: '约谈问题突出单位。对{units}报请约谈主要负责人，指出问题、提出要求，督促整改落实{pending}。',
    en: 'Interview the units most behind: propose an interview of the heads of {units}{pending}.',
  },
  sugPending: { zh: '；对已决定的约谈抓紧组织实施', en: ', and hold the interviews already decided' },
  sugPendingOnly: {
    zh: '落实约谈决定。对已决定约谈、尚未实施的{n}项抓紧组织实施。',
    en: 'Carry out interview decisions: hold the {n} interviews already decided without delay.',
  },
  sugReminders: {
    zh: '压实催办责任。按照“谁交办、谁催办”原则，对{n}项已达到提醒档次的事项及时补发相应级别提醒并记录备案。',
    en: 'Keep reminders up: whoever assigned them should issue the due reminders on the {n} items at a level, and log them.',
  },
  sugNext: {
    zh: '抓好下季度节点。对{when}到期的{n}个关键节点，提前{days}天发出预告提醒，督促各牵头单位倒排工期、按期完成。',
    en: 'Prepare next quarter: send advance notices {days} days before each of the {n} nodes due in {when} and hold lead units to their schedules.',
  },
  sugProblems: {
    zh: '推进问题整改销账。督促逾期未整改问题的责任单位限期整改，对整改完成的问题及时组织核实，做到据实销账。',
    en: 'Close problems: press the units with overdue problems for a date, and verify rectified problems promptly so they are written off on facts.',
  },
  sugPilotsPast: {
    zh: '加强试点跟踪管理。对期满未完成的{n}项试点督促开展总结评估，明确完成时限或按程序调出。',
    en: 'Follow the pilots: have the pilots past their term ({n}) evaluated, then set a date or withdraw them by the rules.',
  },
  sugPilotsEnding: {
    zh: '提前做好试点总结。对将于{when}期满的{n}项试点提前做好验收评估和经验总结工作。',
    en: 'Prepare the pilot reviews: plan the review and the lessons of the pilots ending by the end of {when} ({n}).',
  },
  sugDefault: {
    zh: '继续坚持每月一调度、每季一分析，保持督察力度不减。',
    en: 'Keep the monthly dispatch and quarterly analysis going.',
  },
});

function label(key: HeadlineKey): string {
  return (M as unknown as Record<string, () => string>)[`k_${key}`]!();
}

function figure(row: ComparisonRow, which: 'current' | 'previous'): Cell {
  const v = row[which].value;
  return row.kind === 'rate' ? percent(v) : (v ?? '—');
}

export function compareBlocks(r: Report): Block[] {
  const prev = r.comparison.previous;
  const now = r.period.complete
    ? M.current({ label: r.period.label })
    : M.currentAsOf({ date: longDate(r.period.asOf) });
  return [
    { kind: 'para', text: [M.compareLead({ prev: longDate(prev.asOf), now: longDate(r.period.asOf) })] },
    {
      kind: 'table',
      caption: M.compareCaption(),
      head: [M.figure(), M.previous({ label: prev.label }), now, M.delta()],
      align: ['left', 'right', 'right', 'right'],
      rows: r.comparison.rows.map((row) => [
        label(row.key),
        figure(row, 'previous'),
        figure(row, 'current'),
        change(row.change, row.kind === 'rate'),
      ]),
    },
  ];
}

function numbered(paras: Text[]): Block[] {
  return paras.map((text, i) => ({ kind: 'para', text: [{ strong: subNo(i + 1) }, ...text] }) as Block);
}

/** Splits "主题。详情" so that the theme is emphasised, as in an office's report. */
function themed(sentence: string): Text {
  const cut = sentence.search(/[。.:：]/);
  if (cut < 0) return [sentence];
  return [{ strong: sentence.slice(0, cut + 1) }, sentence.slice(cut + 1)];
}

export function issueBlocks(r: Report): Block[] {
  const out: Text[] = [];
  const behind = r.units.reduce((n, u) => n + u.behind.count, 0);
  if (behind) {
    const units = r.units.filter((u) => u.behind.count).map((u) => u.unit);
    const where =
      units.length <= 3
        ? M.whereAll({ units: joinList(units) })
        : M.whereMost({ units: joinList(units.slice(0, 3)) });
    const o = r.overview;
    const kinds = joinList(
      (['tasks', 'pilots', 'problems'] as const)
        .filter((l) => o[l].behind.count)
        .map((l) => M.kindCount({ kind: kindName(l), n: o[l].behind.count })),
    );
    out.push(themed(M.issueBehind({ n: behind, kinds, s: r.serious.length, days: r.bands.circular, where })));
  }
  const n = r.overview.nodes;
  if (n.late.count + n.open.count > 0) {
    out.push(
      themed(
        M.issueNodes({ due: n.due.count, rate: percent(n.rate), late: n.late.count, open: n.open.count }),
      ),
    );
  }
  if (r.reminders.unreminded.count) out.push(themed(M.issueReminders({ n: r.reminders.unreminded.count })));
  const probs = [
    ...(r.problems.overdue.count ? [M.issueOverdue({ n: r.problems.overdue.count })] : []),
    ...(r.problems.awaitingVerification.count
      ? [M.issueUnverified({ n: r.problems.awaitingVerification.count })]
      : []),
  ];
  if (probs.length) out.push(themed(M.issueProblems({ parts: joinList(probs) })));
  if (r.pilots.pastTerm.count) {
    const titles = r.pilots.rows.filter((p) => p.status === 'past-term').map((p) => p.title);
    out.push(themed(M.issuePilots({ n: r.pilots.pastTerm.count, titles: someOf(titles, 3) })));
  }
  if (r.interviews.pending.length) {
    const days = Math.max(...r.interviews.pending.map((p) => p.waitingDays));
    out.push(themed(M.issueInterviews({ n: r.interviews.pending.length, days })));
  }
  if (!out.length) return [{ kind: 'para', text: [M.issuesNone()] }];
  return numbered(out);
}

export function suggestionBlocks(r: Report): Block[] {
  const out: Text[] = [];
  const next = r.nextQuarter;
  const when = quarterName(Number(next.label.slice(0, 4)), Number(next.label.slice(5)));
  if (r.serious.length) out.push(themed(M.sugSerious({ n: r.serious.length, days: r.bands.circular })));
  const candidates = r.interviews.candidates.map((c) => c.unit);
  if (candidates.length) {
    out.push(
      themed(
        M.sugInterview({
          units: joinList(candidates),
          pending: r.interviews.pending.length ? M.sugPending() : '',
        }),
      ),
    );
  } else if (r.interviews.pending.length)
    out.push(themed(M.sugPendingOnly({ n: r.interviews.pending.length })));
  if (r.reminders.unreminded.count) out.push(themed(M.sugReminders({ n: r.reminders.unreminded.count })));
  if (r.problems.overdue.count || r.problems.awaitingVerification.count) out.push(themed(M.sugProblems()));
  if (r.pilots.pastTerm.count) out.push(themed(M.sugPilotsPast({ n: r.pilots.pastTerm.count })));
  if (r.pilots.endingNextQuarter.count)
    out.push(themed(M.sugPilotsEnding({ when, n: r.pilots.endingNextQuarter.count })));
  if (next.total.count) out.push(themed(M.sugNext({ when, n: next.total.count, days: r.prewarnDays })));
  if (!out.length) out.push(themed(M.sugDefault()));
  return numbered(out);
}
