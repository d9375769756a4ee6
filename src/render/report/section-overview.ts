// 一、总体情况: where tasks, pilots and problems stand, and the nodes due in the quarter.
import { messages } from '../../i18n/index.js';
import type { LedgerName } from '../../domain/delay.js';
import type { NodeCounts, Report, StateCounts } from '../../report/types.js';
import type { Block, Cell, Text } from './blocks.js';
import { joinClauses, joinList, lang, ledgerName, levelName, longDate, percent } from './words.js';

const M = messages({
  tasks: {
    zh: '截至{date}，改革任务台账在账任务{total}项。其中，{parts}。',
    en: 'As of {date} the task ledger holds {total} tasks: {parts}.',
  },
  done: { zh: '已完成{n}项（{detail}）', en: '{n} completed ({detail})' },
  doneOnTime: { zh: '按期完成{n}项', en: '{n} on time' },
  doneLate: { zh: '逾期完成{n}项', en: '{n} late' },
  closed: { zh: '已对账销号{n}项', en: '{n} closed out' },
  onSchedule: { zh: '正常推进{n}项', en: '{n} on schedule' },
  notYetDue: { zh: '尚未到首个节点{n}项', en: '{n} with no node due yet' },
  behind: { zh: '滞后{n}项', en: '{n} behind' },
  suspended: { zh: '暂缓实施{n}项', en: '{n} suspended' },
  withdrawn: { zh: '撤销{n}项', en: '{n} withdrawn' },
  bandsLead: { zh: '滞后任务中，{parts}。', en: 'Of the tasks behind, {parts}.' },
  bandInterview: { zh: '已决定约谈{n}项', en: '{n} under an interview decision' },
  bandLevel: { zh: '达到{level}档次{n}项', en: '{n} at {level} level' },
  bandBelow: { zh: '滞后不足{days}天{n}项', en: '{n} behind by less than {days} days' },
  pilots: {
    zh: '试点台账在账试点{total}项，其中{parts}。',
    en: 'The pilot ledger holds {total} pilots: {parts}.',
  },
  pilotWithdrawn: { zh: '已调出{n}项', en: '{n} withdrawn' },
  pilotNotStarted: { zh: '尚未启动或未到节点{n}项', en: '{n} not started or with no node due yet' },
  problems: {
    zh: '问题清单在账问题{total}个，其中{parts}。',
    en: 'The problem list holds {total} problems: {parts}.',
  },
  problemDone: { zh: '已整改{n}个（{detail}）', en: '{n} rectified ({detail})' },
  problemDoneOnTime: { zh: '按期{n}个', en: '{n} on time' },
  problemDoneLate: { zh: '逾期{n}个', en: '{n} late' },
  problemOpen: { zh: '整改期内{n}个', en: '{n} within their deadline' },
  problemOverdue: { zh: '逾期未整改{n}个', en: '{n} overdue' },
  nodes: {
    zh: '本季度（{start}至{end}）到期的关键节点{due}个，按期完成{onTime}个，逾期完成{late}个，尚未完成{open}个，按期完成率为',
    en: 'In the quarter ({start} to {end}) {due} key nodes fell due: {onTime} met on time, {late} met late and {open} still open, an on-time rate of ',
  },
  nodesNone: {
    zh: '截至{date}，本季度尚无到期的关键节点。',
    en: 'As of {date} no key node has fallen due in the quarter.',
  },
  nodesPending: {
    zh: '另有{n}个节点将于本季度剩余时间内到期。',
    en: '{n} more nodes fall due later in the quarter.',
  },
  compareLead: {
    zh: '与上季度末相比，{parts}。',
    en: 'Compared with the end of the previous quarter, {parts}.',
  },
  cmpBehind: { zh: '滞后任务{how}', en: 'tasks behind {how}' },
  cmpSerious: { zh: '严重滞后事项{how}', en: 'seriously delayed items {how}' },
  cmpRate: {
    zh: '节点按期完成率由{from}{dir}至{to}',
    en: 'the on-time rate of nodes went from {from} to {to}',
  },
  up: { zh: '增加{n}项', en: 'rose by {n}' },
  down: { zh: '减少{n}项', en: 'fell by {n}' },
  same: { zh: '持平（{n}项）', en: 'stayed at {n}' },
  rateUp: { zh: '提高', en: 'up' },
  rateDown: { zh: '下降', en: 'down' },
  statesCaption: { zh: '改革任务、试点和问题状态统计', en: 'Tasks, pilots and problems by state' },
  state: { zh: '状态', en: 'State' },
  sOnTime: { zh: '按期完成', en: 'Completed on time' },
  sLate: { zh: '逾期完成', en: 'Completed late' },
  sClosed: { zh: '已对账销号', en: 'Closed out' },
  sOnSchedule: { zh: '正常推进', en: 'On schedule' },
  sNotYetDue: { zh: '尚未到节点', en: 'No node due yet' },
  sBehind: { zh: '滞后', en: 'Behind' },
  sBand: { zh: '　其中：{level}', en: '  of which: {level}' },
  sBandMore: { zh: '　　　　{level}', en: '  {level}' },
  sSuspended: { zh: '暂缓实施', en: 'Suspended' },
  sWithdrawn: { zh: '撤销（调出）', en: 'Withdrawn' },
  sTotal: { zh: '合计', en: 'Total' },
  nodesCaption: { zh: '本季度关键节点完成情况', en: 'Key nodes due in the quarter' },
  category: { zh: '类别', en: 'Ledger' },
  nDue: { zh: '到期节点', en: 'Due' },
  nOnTime: { zh: '按期完成', en: 'On time' },
  nLate: { zh: '逾期完成', en: 'Late' },
  nOpen: { zh: '尚未完成', en: 'Open' },
  nRate: { zh: '按期完成率', en: 'On-time rate' },
  nPending: { zh: '季内尚未到期', en: 'Due later' },
});

function counted(n: number, f: (p: { n: number }) => string): string[] {
  return n > 0 ? [f({ n })] : [];
}

function taskSentence(r: Report): Text {
  const t = r.overview.tasks;
  const done = t.completedOnTime.count + t.completedLate.count + t.closed.count;
  const detail = joinList([
    ...counted(t.completedOnTime.count, M.doneOnTime),
    ...counted(t.completedLate.count, M.doneLate),
    ...counted(t.closed.count, M.closed),
  ]);
  const going = t.onSchedule.count + t.notYetDue.count;
  const parts = [
    ...(done ? [M.done({ n: done, detail })] : []),
    ...counted(going, M.onSchedule),
    ...counted(t.behind.count, M.behind),
    ...counted(t.suspended.count, M.suspended),
    ...counted(t.withdrawn.count, M.withdrawn),
  ];
  const out: Text = [
    M.tasks({ date: longDate(r.period.asOf), total: t.total.count, parts: joinClauses(parts) }),
  ];
  if (t.behind.count) out.push(M.bandsLead({ parts: joinClauses(bandParts(t, r.bands.phone)) }));
  return out;
}

function bandParts(t: StateCounts, phone: number): string[] {
  const b = t.behindBy;
  return [
    ...counted(b.interview.count, M.bandInterview),
    ...(['circular', 'onsite', 'written', 'phone'] as const).flatMap((l) =>
      b[l].count ? [M.bandLevel({ n: b[l].count, level: levelName(l) })] : [],
    ),
    ...(b.below.count ? [M.bandBelow({ n: b.below.count, days: phone })] : []),
  ];
}

function pilotSentence(r: Report): string {
  const p = r.overview.pilots;
  const done = p.completedOnTime.count + p.completedLate.count + p.closed.count;
  const parts = [
    ...(done
      ? [
          M.done({
            n: done,
            detail: joinList([
              ...counted(p.completedOnTime.count, M.doneOnTime),
              ...counted(p.completedLate.count, M.doneLate),
            ]),
          }),
        ]
      : []),
    ...counted(p.onSchedule.count, M.onSchedule),
    ...counted(p.notYetDue.count, M.pilotNotStarted),
    ...counted(p.behind.count, M.behind),
    ...counted(p.withdrawn.count, M.pilotWithdrawn),
  ];
  return M.pilots({ total: p.total.count, parts: joinClauses(parts) });
}

function problemSentence(r: Report): string {
  const p = r.overview.problems;
  const done = p.completedOnTime.count + p.completedLate.count;
  const detail = joinList([
    ...counted(p.completedOnTime.count, M.problemDoneOnTime),
    ...counted(p.completedLate.count, M.problemDoneLate),
  ]);
  const parts = [
    ...(done ? [M.problemDone({ n: done, detail })] : []),
    ...counted(p.onSchedule.count + p.notYetDue.count, M.problemOpen),
    ...counted(p.behind.count, M.problemOverdue),
  ];
  return M.problems({ total: p.total.count, parts: joinClauses(parts) });
}

function nodeSentence(r: Report): Text {
  const n = r.overview.nodes;
  const y = r.period.year;
  const out: Text = [];
  if (n.due.count === 0) out.push(M.nodesNone({ date: longDate(r.period.asOf, y) }));
  else {
    out.push(
      M.nodes({
        start: longDate(r.period.start, y),
        end: longDate(r.period.end, y),
        due: n.due.count,
        onTime: n.onTime.count,
        late: n.late.count,
        open: n.open.count,
      }),
    );
    out.push({ strong: percent(n.rate) });
    out.push(lang() === 'zh' ? '。' : '.');
  }
  if (n.pending.count) out.push(M.nodesPending({ n: n.pending.count }));
  return out;
}

function how(delta: number, now: number): string {
  return delta > 0 ? M.up({ n: delta }) : delta < 0 ? M.down({ n: -delta }) : M.same({ n: now });
}

export function compareSentence(r: Report): string {
  const row = (k: string) => r.comparison.rows.find((x) => x.key === k)!;
  const behind = row('tasksBehind');
  const serious = row('serious');
  const rate = row('onTimeRate');
  const parts = [
    M.cmpBehind({ how: how(behind.change ?? 0, behind.current.value ?? 0) }),
    M.cmpSerious({ how: how(serious.change ?? 0, serious.current.value ?? 0) }),
  ];
  if (rate.current.value !== null && rate.previous.value !== null && rate.change !== 0) {
    parts.push(
      M.cmpRate({
        from: percent(rate.previous.value),
        to: percent(rate.current.value),
        dir: (rate.change ?? 0) > 0 ? M.rateUp() : M.rateDown(),
      }),
    );
  }
  return M.compareLead({ parts: joinClauses(parts) });
}

const LEDGERS: LedgerName[] = ['tasks', 'pilots', 'problems'];

function statesTable(r: Report): Block {
  const o = r.overview;
  const row = (label: string, pick: (s: StateCounts) => number): Cell[] => [
    label,
    ...LEDGERS.map((l) => pick(o[l])),
  ];
  const bands = (['interview', 'circular', 'onsite', 'written', 'phone', 'below'] as const).map((b, i) =>
    row((i === 0 ? M.sBand : M.sBandMore)({ level: levelName(b) }), (s) => s.behindBy[b].count),
  );
  return {
    kind: 'table',
    caption: M.statesCaption(),
    head: [M.state(), ...LEDGERS.map(ledgerName)],
    align: ['left', 'right', 'right', 'right'],
    rows: [
      row(M.sOnTime(), (s) => s.completedOnTime.count),
      row(M.sLate(), (s) => s.completedLate.count),
      row(M.sClosed(), (s) => s.closed.count),
      row(M.sOnSchedule(), (s) => s.onSchedule.count),
      row(M.sNotYetDue(), (s) => s.notYetDue.count),
      row(M.sBehind(), (s) => s.behind.count),
      ...bands,
      row(M.sSuspended(), (s) => s.suspended.count),
      row(M.sWithdrawn(), (s) => s.withdrawn.count),
    ],
    foot: row(M.sTotal(), (s) => s.total.count),
  };
}

function nodeRow(label: string, n: NodeCounts, pending: boolean): Cell[] {
  const row: Cell[] = [label, n.due.count, n.onTime.count, n.late.count, n.open.count, percent(n.rate)];
  if (pending) row.push(n.pending.count);
  return row;
}

function nodesTable(r: Report): Block {
  const pending = r.overview.nodes.pending.count > 0;
  const head = [M.category(), M.nDue(), M.nOnTime(), M.nLate(), M.nOpen(), M.nRate()];
  if (pending) head.push(M.nPending());
  return {
    kind: 'table',
    caption: M.nodesCaption(),
    head,
    align: ['left', ...head.slice(1).map(() => 'right' as const)],
    rows: LEDGERS.map((l) => nodeRow(ledgerName(l), r.overview.nodesBy[l], pending)),
    foot: nodeRow(M.sTotal(), r.overview.nodes, pending),
  };
}

export function overviewBlocks(r: Report): Block[] {
  const blocks: Block[] = [
    { kind: 'para', text: taskSentence(r) },
    { kind: 'para', text: [pilotSentence(r), problemSentence(r)] },
    { kind: 'para', text: [...nodeSentence(r), compareSentence(r)] },
    statesTable(r),
    nodesTable(r),
  ];
  return blocks;
}
