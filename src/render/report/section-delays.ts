// 三、严重滞后事项; 四、建议约谈; 五、催办情况.
import { messagesOf } from '../../i18n/index.js';
import { LEVELS } from '../../schema/kinds.js';
import type { LedgerName } from '../../domain/delay.js';
import type { Report } from '../../report/types.js';
import type { Block, Cell, Text } from './blocks.js';
import {
  asOfWhen,
  itemCells,
  joinClauses,
  joinList,
  L,
  lang,
  levelName,
  levelShort,
  longDate,
  numberedTable,
  shortDate,
  someOf,
  kindsBreakdown,
} from './words.js';

const M = messagesOf('reportDelays');

/** 2（RW-1、RW-2） / 2 (RW-1, RW-2). */
function withIds(n: number, ids: readonly string[]): string {
  if (!n) return '0';
  return lang() === 'zh' ? `${n}（${ids.join('、')}）` : `${n} (${ids.join(', ')})`;
}

function kindsOf(ledgers: LedgerName[]): string {
  return kindsBreakdown((l) => ledgers.filter((x) => x === l).length);
}

function seriousBlocks(r: Report): Block[] {
  const date = longDate(r.period.asOf);
  const days = r.bands.circular;
  if (!r.serious.length) return [{ kind: 'para', text: [M.seriousNone({ date, days })] }];
  const units = [...new Set(r.serious.map((s) => s.unit))];
  const circular = r.serious.filter((s) => s.confirmed).length;
  const candidates = r.serious.filter((s) => !s.confirmed);
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
    ...(candidates.length ? [M.candidateN({ n: candidates.length })] : []),
    ...(interview ? [M.decidedInterviewN({ n: interview })] : []),
  ];
  if (decided.length) text.push(M.seriousDecided({ parts: joinList(decided) }));
  if (candidates.length) text.push(M.seriousAdvice({ committee: r.letter.committee }));
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
  // decided circulars and candidates (待确认) in separate tables: a candidate is not a circular issued
  const table = (caption: string, rows: Report['serious']): Block =>
    numberedTable({
      caption,
      head: [M.id(), M.item(), M.unit(), M.node(), M.due(), M.days(), M.reminded(), M.remark()],
      align: ['left', 'left', 'left', 'left', 'left', 'right', 'left', 'left'],
      rows: rows.map((s): Cell[] => [
        ...itemCells(s),
        s.node?.name ?? L.dash(),
        s.node ? shortDate(s.node.due, y) : L.dash(),
        M.daysCell({ n: s.daysBehind }),
        reminded(s),
        remark(s),
      ]),
    });
  const decidedRows = r.serious.filter((s) => s.confirmed);
  return [
    { kind: 'para', text },
    ...(decidedRows.length ? [table(M.seriousDecidedCaption(), decidedRows)] : []),
    ...(candidates.length ? [table(M.seriousCaption(), candidates)] : []),
  ];
}

function interviewBlocks(r: Report): Block[] {
  const iv = r.interviews;
  const y = r.period.year;
  const blocks: Block[] = [];
  const text: Text = [
    M.interviewRule({
      ci: iv.thresholds.circularItems,
      es: iv.thresholds.escalations,
      committee: r.letter.committee,
    }),
  ];
  if (iv.candidates.length)
    text.push(
      M.interviewFound({ n: iv.candidates.length, units: joinList(iv.candidates.map((c) => c.unit)) }),
    );
  else text.push(M.interviewNone());
  blocks.push({ kind: 'para', text });
  if (iv.candidates.length) {
    blocks.push(
      numberedTable({
        caption: M.interviewCaption(),
        head: [M.unitPlain(), M.circularItems(), M.escalations(), M.reason(), M.remark()],
        align: ['left', 'left', 'left', 'left', 'left'],
        rows: iv.candidates.map((c): Cell[] => [
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
      }),
    );
  }
  if (iv.pending.length) {
    blocks.push({ kind: 'para', text: [M.pendingLead({ n: iv.pending.length })] });
    blocks.push(
      numberedTable({
        caption: M.pendingCaption(),
        head: [M.id(), M.item(), M.unit(), M.decidedOn(), M.decidedBy(), M.why(), M.waiting()],
        align: ['left', 'left', 'left', 'left', 'left', 'left', 'right'],
        rows: iv.pending.map((p): Cell[] => [
          ...itemCells(p),
          shortDate(p.decidedOn, y),
          p.by,
          p.reason,
          L.days({ n: p.waitingDays }),
        ]),
      }),
    );
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
      text: [
        M.unreminded({ when: asOfWhen(r.period), n: rm.unreminded.count, ids: someOf(rm.unreminded.ids, 8) }),
      ],
    });
  if (rm.total.count) {
    blocks.push({ kind: 'chart', chart: 'reminder-levels', caption: M.levelsChart() });
    blocks.push(
      numberedTable({
        caption: M.remindersCaption(),
        head: [M.remindUnit(), ...LEVELS.map(levelShort), M.total()],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        rows: rm.byUnit.map((u): Cell[] => [u.unit, ...LEVELS.map((l) => u.byLevel[l].count), u.total.count]),
        foot: [M.total(), ...LEVELS.map((l) => rm.byLevel[l].count), rm.total.count],
      }),
    );
  }
  return blocks;
}

export { seriousBlocks, interviewBlocks, reminderBlocks };
