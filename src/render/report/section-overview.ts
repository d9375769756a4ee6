// 一、总体情况: where tasks, pilots and problems stand, and the nodes due in the quarter.
import { messagesOf } from '../../i18n/index.js';
import type { LedgerName } from '../../domain/delay.js';
import type { NodeCounts, Report, StateCounts } from '../../report/types.js';
import type { Block, Cell, Text } from './blocks.js';
import { joinClauses, joinList, lang, ledgerName, levelName, longDate, percent } from './words.js';

const M = messagesOf('reportOverview');

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
