// 三、严重滞后事项; 四、建议约谈; 五、催办情况.
import { messages } from '../../i18n/index.js';
import { LEVELS } from '../../schema/index.js';
import type { LedgerName } from '../../domain/delay.js';
import type { Report } from '../../report/types.js';
import type { Block, Cell, Text } from './blocks.js';
import {
  joinClauses,
  joinList,
  kindName,
  L,
  lang,
  levelName,
  levelShort,
  longDate,
  shortDate,
  someOf,
} from './words.js';

const M = messages({
  seriousLead: {
    zh: '截至{date}，连续塌进度{days}天及以上、达到通报提醒档次的事项共{n}项（{kinds}），涉及{units}。',
    en: 'As of {date}, {n} items have been behind for {days} days or more, at circular level ({kinds}), in {units}.',
  },
  kindCount: { zh: '{kind}{n}项', en: '{kind}s: {n}' },
  seriousDecided: { zh: '其中{parts}。', en: 'Of these, {parts}.' },
  decidedCircularN: { zh: '已决定通报{n}项', en: 'a circular has been decided for {n}' },
  decidedInterviewN: { zh: '已决定约谈{n}项', en: 'an interview has been decided for {n}' },
  seriousAdvice: {
    zh: '建议对尚未决定通报的事项，报请改革领导小组确认后在一定范围内予以通报。',
    en: 'For those without a decision, we propose to ask the leading group to confirm a circular.',
  },
  seriousNone: {
    zh: '截至{date}，没有连续塌进度{days}天及以上的事项。',
    en: 'As of {date} no item has been behind for {days} days or more.',
  },
  seriousCaption: {
    zh: '严重滞后事项（拟通报事项）',
    en: 'Seriously delayed items (candidates for a circular)',
  },
  no: { zh: '序号', en: 'No.' },
  id: { zh: '编号', en: 'ID' },
  item: { zh: '事项名称', en: 'Item' },
  unit: { zh: '牵头单位', en: 'Lead unit' },
  node: { zh: '滞后节点', en: 'Late node' },
  due: { zh: '节点时限', en: 'Due' },
  days: { zh: '连续滞后', en: 'Days behind' },
  reminded: { zh: '已催办情况', en: 'Reminders issued' },
  remark: { zh: '备注', en: 'Remarks' },
  noReminder: { zh: '无催办记录', en: 'none on record' },
  decidedCircular: { zh: '已决定通报（{date}）', en: 'circular decided ({date})' },
  decidedInterview: { zh: '已决定约谈', en: 'interview decided' },
  daysCell: { zh: '{n}天', en: '{n}' },
  interviewRule: {
    zh: '按照约谈提醒有关规定，对达到通报提醒档次的事项累计{ci}项及以上，或被决定约谈、通报累计{es}次及以上的单位，建议报请改革领导小组约谈其主要负责人。',
    en: 'Under the interview rule, a unit with {ci} or more items at circular level, or {es} or more interview or circular decisions, is proposed for an interview of its head by the leading group.',
  },
  interviewFound: { zh: '经梳理，符合条件的单位{n}个：{units}。', en: 'Units that qualify ({n}): {units}.' },
  interviewNone: { zh: '经梳理，本季度暂无符合约谈建议条件的单位。', en: 'No unit qualifies this quarter.' },
  interviewCaption: { zh: '建议约谈单位', en: 'Units proposed for an interview' },
  circularItems: { zh: '通报级事项', en: 'Items at circular level' },
  escalations: { zh: '约谈、通报决定', en: 'Interview/circular decisions' },
  reason: { zh: '建议理由', en: 'Grounds' },
  reasonCircular: { zh: '通报级事项{n}项', en: '{n} items at circular level' },
  reasonEscalations: { zh: '累计被决定约谈、通报{n}次', en: '{n} decisions' },
  pendingRemark: { zh: '已有约谈决定尚未实施', en: 'an interview decided, not yet held' },
  pendingLead: {
    zh: '另有已决定约谈、尚未实施的事项{n}项，请抓紧组织实施。',
    en: 'Interviews decided and not yet held ({n}) should be held without delay.',
  },
  pendingCaption: { zh: '已决定尚未实施的约谈', en: 'Interviews decided, not yet held' },
  decidedOn: { zh: '决定日期', en: 'Decided' },
  decidedBy: { zh: '决定主体', en: 'By' },
  why: { zh: '事由', en: 'Reason' },
  waiting: { zh: '已历时', en: 'Waiting' },
  remindersLead: {
    zh: '本季度（截至{date}）共发出提醒{total}次，涉及事项{items}项，其中{levels}。',
    en: 'In the quarter (to {date}) {total} reminders were issued on {items} items: {levels}.',
  },
  levelTimes: { zh: '{level}{n}次', en: '{n} {level}' },
  remindersNone: {
    zh: '本季度（截至{date}）台账中没有催办记录。',
    en: 'No reminder was logged in the quarter (to {date}).',
  },
  unreminded: {
    zh: '截至季末，有{n}项事项已达到相应提醒档次，但台账中尚无同级及以上的催办记录（{ids}），需按“谁交办、谁催办”原则及时跟进。',
    en: 'At the end of the period {n} items were at a reminder level with no reminder at that level or higher on record ({ids}); whoever assigned them should follow up.',
  },
  levelsChart: { zh: '本季度提醒次数（按提醒级别）', en: 'Reminders in the quarter by level' },
  remindersCaption: { zh: '本季度各单位被催办情况（次）', en: 'Reminders in the quarter by unit' },
  remindUnit: { zh: '被催办单位', en: 'Unit' },
  unitPlain: { zh: '单位', en: 'Unit' },
  total: { zh: '合计', en: 'Total' },
});

/** 2（RW-1、RW-2） / 2 (RW-1, RW-2). */
function withIds(n: number, ids: readonly string[]): string {
  if (!n) return '0';
  return lang() === 'zh' ? `${n}（${ids.join('、')}）` : `${n} (${ids.join(', ')})`;
}

function kindsOf(ledgers: LedgerName[]): string {
  return joinList(
    (['tasks', 'pilots', 'problems'] as const).flatMap((l) => {
      const n = ledgers.filter((x) => x === l).length;
      return n ? [M.kindCount({ kind: kindName(l), n })] : [];
    }),
  );
}

function seriousBlocks(r: Report): Block[] {
  const date = longDate(r.period.asOf);
  const days = r.bands.circular;
  if (!r.serious.length) return [{ kind: 'para', text: [M.seriousNone({ date, days })] }];
  const units = [...new Set(r.serious.map((s) => s.unit))];
  const circular = r.serious.filter((s) => s.circularDecided).length;
  const interview = r.serious.filter((s) => s.level === 'interview').length;
  const text: Text = [
    M.seriousLead({
      date,
      days,
      n: r.serious.length,
      kinds: kindsOf(r.serious.map((s) => s.ledger)),
      units: someOf(units, 3, true),
    }),
  ];
  const decided = [
    ...(circular ? [M.decidedCircularN({ n: circular })] : []),
    ...(interview ? [M.decidedInterviewN({ n: interview })] : []),
  ];
  if (decided.length) text.push(M.seriousDecided({ parts: joinList(decided) }));
  if (r.serious.some((s) => !s.circularDecided)) text.push(M.seriousAdvice());
  const y = r.period.year;
  const reminded = (s: Report['serious'][number]) =>
    s.reminders.length
      ? s.reminders.map((x) => `${levelShort(x.level)}${lang() === 'zh' ? '' : ' '}${shortDate(x.date, y)}`)
      : M.noReminder();
  const remark = (s: Report['serious'][number]): Cell => {
    const parts = [
      ...(s.level === 'interview' ? [M.decidedInterview()] : []),
      ...(s.circularDecided ? [M.decidedCircular({ date: shortDate(s.circularDecided.decidedOn, y) })] : []),
    ];
    return parts.length ? parts : L.dash();
  };
  return [
    { kind: 'para', text },
    {
      kind: 'table',
      caption: M.seriousCaption(),
      head: [M.no(), M.id(), M.item(), M.unit(), M.node(), M.due(), M.days(), M.reminded(), M.remark()],
      align: ['center', 'left', 'left', 'left', 'left', 'left', 'right', 'left', 'left'],
      rows: r.serious.map((s, i): Cell[] => [
        i + 1,
        s.item,
        s.title,
        s.unit,
        s.node?.name ?? L.dash(),
        s.node ? shortDate(s.node.due, y) : L.dash(),
        M.daysCell({ n: s.daysBehind }),
        reminded(s),
        remark(s),
      ]),
    },
  ];
}

function interviewBlocks(r: Report): Block[] {
  const iv = r.interviews;
  const y = r.period.year;
  const blocks: Block[] = [];
  const text: Text = [M.interviewRule({ ci: iv.thresholds.circularItems, es: iv.thresholds.escalations })];
  if (iv.candidates.length)
    text.push(
      M.interviewFound({ n: iv.candidates.length, units: joinList(iv.candidates.map((c) => c.unit)) }),
    );
  else text.push(M.interviewNone());
  blocks.push({ kind: 'para', text });
  if (iv.candidates.length) {
    blocks.push({
      kind: 'table',
      caption: M.interviewCaption(),
      head: [M.no(), M.unitPlain(), M.circularItems(), M.escalations(), M.reason(), M.remark()],
      align: ['center', 'left', 'left', 'left', 'left', 'left'],
      rows: iv.candidates.map((c, i): Cell[] => [
        i + 1,
        c.unit,
        withIds(c.circularItems.count, c.circularItems.ids),
        String(c.escalations.count),
        joinClauses(
          c.reasons.map((x) =>
            x === 'circular-items'
              ? M.reasonCircular({ n: c.circularItems.count })
              : M.reasonEscalations({ n: c.escalations.count }),
          ),
        ),
        c.pendingInterview ? M.pendingRemark() : L.dash(),
      ]),
    });
  }
  if (iv.pending.length) {
    blocks.push({ kind: 'para', text: [M.pendingLead({ n: iv.pending.length })] });
    blocks.push({
      kind: 'table',
      caption: M.pendingCaption(),
      head: [M.no(), M.id(), M.item(), M.unit(), M.decidedOn(), M.decidedBy(), M.why(), M.waiting()],
      align: ['center', 'left', 'left', 'left', 'left', 'left', 'left', 'right'],
      rows: iv.pending.map((p, i): Cell[] => [
        i + 1,
        p.item,
        p.title,
        p.unit,
        shortDate(p.decidedOn, y),
        p.by,
        p.reason,
        L.days({ n: p.waitingDays }),
      ]),
    });
  }
  return blocks;
}

function reminderBlocks(r: Report): Block[] {
  const rm = r.reminders;
  const date = longDate(r.period.asOf, r.period.year);
  const blocks: Block[] = [];
  if (!rm.total.count) blocks.push({ kind: 'para', text: [M.remindersNone({ date })] });
  else {
    const levels = LEVELS.filter((l) => rm.byLevel[l].count).map((l) =>
      M.levelTimes({ level: levelName(l), n: rm.byLevel[l].count }),
    );
    blocks.push({
      kind: 'para',
      text: [
        M.remindersLead({ date, total: rm.total.count, items: rm.items.count, levels: joinList(levels) }),
      ],
    });
  }
  if (rm.unreminded.count)
    blocks.push({
      kind: 'para',
      text: [M.unreminded({ n: rm.unreminded.count, ids: someOf(rm.unreminded.ids, 8) })],
    });
  if (rm.total.count) {
    blocks.push({ kind: 'chart', chart: 'reminder-levels', caption: M.levelsChart() });
    blocks.push({
      kind: 'table',
      caption: M.remindersCaption(),
      head: [M.no(), M.remindUnit(), ...LEVELS.map(levelShort), M.total()],
      align: ['center', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: rm.byUnit.map((u, i): Cell[] => [
        i + 1,
        u.unit,
        ...LEVELS.map((l) => u.byLevel[l].count),
        u.total.count,
      ]),
      foot: ['', M.total(), ...LEVELS.map((l) => rm.byLevel[l].count), rm.total.count],
    });
  }
  return blocks;
}

export { seriousBlocks, interviewBlocks, reminderBlocks };
