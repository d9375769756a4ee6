// 六、问题整改情况; 七、改革试点推进情况; 八、下季度到期节点.
import { messagesOf } from '../../i18n/index.js';
import { FOUND_BY, REVIEW_RESULTS, PILOT_LEVELS, ORIGINS } from '../../schema/kinds.js';
import type { PilotRow, Report } from '../../report/types.js';
import type { Block, Cell, Text } from './blocks.js';
import {
  asOfWhen,
  foundByName,
  itemCells,
  joinClauses,
  joinList,
  L,
  lang,
  rowLevelName,
  longDate,
  numberedTable,
  originName,
  pilotLevelName,
  pilotStatusName,
  quarterName,
  reviewName,
  shortDate,
} from './words.js';

const M = messagesOf('reportBooks');

export function problemBlocks(r: Report): Block[] {
  const p = r.problems;
  const first: Text = [];
  if (p.foundInQuarter.count) {
    const modes = FOUND_BY.filter((m) => p.foundBy[m].count).map((m) =>
      M.foundBy({ mode: foundByName(m), n: p.foundBy[m].count }),
    );
    first.push(M.found({ n: p.foundInQuarter.count, modes: joinList(modes) }));
  } else first.push(M.foundNone());
  const rectified = p.rectifiedInQuarter.count;
  const verified = p.verifiedInQuarter.count;
  first.push(
    verified
      ? M.rectified({ r: rectified, v: verified })
      : rectified
        ? M.rectifiedOnly({ r: rectified })
        : M.rectifiedNone(),
  );
  const reviews = REVIEW_RESULTS.reduce((n, x) => n + p.reviews[x].count, 0);
  if (reviews) {
    const parts = REVIEW_RESULTS.filter((x) => p.reviews[x].count).map((x) =>
      M.reviewPart({ result: reviewName(x), n: p.reviews[x].count }),
    );
    first.push(M.reviews({ n: reviews, parts: joinList(parts) }));
  }
  const blocks: Block[] = [
    { kind: 'para', text: first },
    {
      kind: 'para',
      text: [
        M.standing({
          when: asOfWhen(r.period),
          total: p.total.count,
          v: p.verified.count,
          w: p.awaitingVerification.count,
          o: p.open.count,
          d: p.overdue.count,
        }),
      ],
    },
  ];
  if (p.foundInQuarter.count) {
    blocks.push({
      kind: 'table',
      caption: M.foundCaption(),
      head: [M.mode(), M.count(), M.ids()],
      align: ['left', 'right', 'left'],
      rows: FOUND_BY.filter((m) => p.foundBy[m].count).map((m): Cell[] => [
        foundByName(m),
        p.foundBy[m].count,
        joinList(p.foundBy[m].ids),
      ]),
      foot: [M.total(), p.foundInQuarter.count, ''],
    });
  }
  if (p.overdueList.length) {
    const y = r.period.year;
    blocks.push(
      numberedTable({
        caption: M.overdueCaption(),
        head: [M.id(), M.problem(), M.rectUnit(), M.deadline(), M.overdueDays(), M.level()],
        align: ['left', 'left', 'left', 'left', 'right', 'left'],
        rows: p.overdueList.map((o): Cell[] => [
          ...itemCells(o),
          shortDate(o.deadline, y),
          o.daysBehind,
          o.level ? rowLevelName({ level: o.level, confirmed: o.confirmed }) : L.dash(),
        ]),
      }),
    );
  }
  return blocks;
}

function pilotRemark(p: PilotRow, y: number): string {
  const parts: string[] = [];
  if (p.status === 'past-term' && p.daysBehind) parts.push(M.overdueRemark({ n: p.daysBehind }));
  if (p.withdrawn) parts.push(M.withdrawnRemark({ date: shortDate(p.withdrawn.on, y) }));
  for (const x of p.promoted) parts.push(M.promotedRemark({ by: x.by }));
  return joinClauses(parts) || L.dash();
}

/** 2025.7—2026.6 / 2025-07-01 to 2026-06-30. */
function term(start: string, end: string): string {
  if (lang() !== 'zh') return M.termCell({ start, end });
  const ym = (d: string) => `${Number(d.slice(0, 4))}.${Number(d.slice(5, 7))}`;
  return `${ym(start)}—${ym(end)}`;
}

export function pilotBlocks(r: Report): Block[] {
  const p = r.pilots;
  const y = r.period.year;
  const next = quarterName(Number(r.nextQuarter.label.slice(0, 4)), Number(r.nextQuarter.label.slice(5)));
  const levels = PILOT_LEVELS.filter((l) => p.byLevel[l].count).map((l) =>
    M.countItems({ what: pilotLevelName(l), n: p.byLevel[l].count }),
  );
  const origins = ORIGINS.filter((o) => p.byOrigin[o].count).map((o) =>
    M.countItems({ what: originName(o), n: p.byOrigin[o].count }),
  );
  const state = [
    M.active({ n: p.active.count }) +
      (p.endingNextQuarter.count
        ? M.ending({
            n: p.endingNextQuarter.count,
            when: r.period.complete ? next : L.restAnd({ next }),
          })
        : ''),
    ...(p.pastTerm.count ? [M.pastTerm({ n: p.pastTerm.count })] : []),
    ...(p.completed.count ? [M.completed({ n: p.completed.count })] : []),
    ...(p.withdrawn.count
      ? [
          M.withdrawn({ n: p.withdrawn.count }) +
            (p.withdrawnInQuarter.count ? M.withdrawnInQuarter({ n: p.withdrawnInQuarter.count }) : ''),
        ]
      : []),
    ...(p.notStarted.count ? [M.notStarted({ n: p.notStarted.count })] : []),
  ];
  const text: Text = [
    M.pilotsMix({ total: p.total.count, levels: joinList(levels), origins: joinList(origins) }),
    M.pilotsState({ when: asOfWhen(r.period), parts: joinClauses(state) }),
  ];
  if (!p.total.count)
    return [{ kind: 'para', text: [M.pilotsMix({ total: 0, levels: L.none(), origins: L.none() })] }];
  if (p.promotedInQuarter.count) {
    const list = p.rows
      .filter((x) => p.promotedInQuarter.ids.includes(x.item))
      .map((x) =>
        M.promotedItem({ title: x.title, by: joinList([...new Set(x.promoted.map((q) => q.by))]) }),
      );
    text.push(M.promoted({ n: p.promotedInQuarter.count, list: joinList(list) }));
  }
  if (p.promoted.count > p.promotedInQuarter.count) text.push(M.promotedTotal({ n: p.promoted.count }));
  for (const x of p.rows) {
    if (x.withdrawn && x.withdrawn.on >= r.period.start) {
      text.push(
        M.withdrawnWhy({
          title: x.title,
          date: longDate(x.withdrawn.on, y),
          reason: x.withdrawn.reason.replace(/[。.]$/, ''),
        }),
      );
    }
  }
  return [
    { kind: 'para', text },
    numberedTable({
      caption: M.pilotsCaption(),
      head: [M.id(), M.pilot(), M.pLevel(), M.origin(), M.unit(), M.term(), M.status(), M.remark()],
      align: ['left', 'left', 'left', 'left', 'left', 'left', 'left', 'left'],
      rows: p.rows.map((x): Cell[] => [
        x.item,
        x.title,
        pilotLevelName(x.level),
        originName(x.origin),
        x.unit,
        term(x.start, x.end),
        pilotStatusName(x.status, r.period.complete),
        pilotRemark(x, y),
      ]),
    }),
  ];
}

function nextRange(r: Report) {
  const n = r.nextQuarter;
  const year = Number(n.label.slice(0, 4));
  const when = quarterName(year, Number(n.label.slice(5)));
  return { year, when, start: longDate(n.start, year), end: longDate(n.end, year) };
}

/** The months of the next quarter, as 'YYYY-MM'. */
function monthsOf(start: string): string[] {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  return [0, 1, 2].map((i) => `${y}-${String(m + i).padStart(2, '0')}`);
}

export function nextBlocks(r: Report): Block[] {
  const n = r.nextQuarter;
  const range = nextRange(r);
  if (!n.total.count) return [{ kind: 'para', text: [M.nextNone(range)] }];
  const months = monthsOf(n.start);
  const rows: Cell[][] = n.byUnit.map((u) => [
    u.unit,
    ...months.map((m) => u.nodes.filter((x) => x.due.startsWith(m)).length),
    u.nodes.length,
    new Set(u.nodes.map((x) => x.item)).size,
  ]);
  const monthName = (m: string) => (lang() === 'zh' ? `${Number(m.slice(5))}月` : m);
  return [
    {
      kind: 'para',
      text: [
        M.nextLead({
          ...range,
          n: n.total.count,
          units: n.byUnit.length,
          office: r.office,
          days: r.prewarnDays,
        }),
      ],
    },
    numberedTable({
      caption: M.nextCaption({ when: range.when }),
      head: [M.unit(), ...months.map(monthName), M.total(), M.itemsInvolved()],
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
      rows,
      foot: [
        M.total(),
        ...months.map((m) =>
          n.byUnit.reduce((k, u) => k + u.nodes.filter((x) => x.due.startsWith(m)).length, 0),
        ),
        n.total.count,
        new Set(n.byUnit.flatMap((u) => u.nodes.map((x) => x.item))).size,
      ],
    }),
    { kind: 'para', text: [M.nextSeeAppendix()] },
  ];
}

/** Every node due next quarter, for the appendix. */
export function nextDetailTable(r: Report): Block | undefined {
  const n = r.nextQuarter;
  if (!n.total.count) return undefined;
  const range = nextRange(r);
  const rows: Cell[][] = [];
  for (const u of n.byUnit)
    for (const x of u.nodes) rows.push([u.unit, x.item, x.title, x.node, shortDate(x.due, range.year)]);
  return numberedTable({
    caption: M.nextDetailCaption({ when: range.when }),
    head: [M.unit(), M.id(), M.item(), M.node(), M.due()],
    align: ['left', 'left', 'left', 'left', 'left'],
    rows,
  });
}
