// 九、与上季度对比; 十、存在的问题; 十一、下一步工作建议. Every sentence stands on a figure of the
// report and is left out when that figure gives it nothing to say.
import { messagesOf } from '../../i18n/index.js';
import type { ComparisonRow, HeadlineKey, Report } from '../../report/types.js';
import type { Block, Cell, Text } from './blocks.js';
import {
  asOfWhen,
  change,
  joinList,
  kindName,
  L,
  lang,
  longDate,
  percent,
  quarterName,
  someOf,
  kindsBreakdown,
  subNo,
} from './words.js';

const M = messagesOf('reportSummary');

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

/** Quotation marks inside a quotation become single ones; the closing stop is the sentence's. */
function quoted(s: string): string {
  return s
    .trim()
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/[。；;.，,]+$/, '');
}

/** Each seriously delayed item with the unit's latest progress note: its own account of the delay. */
function progressBlocks(r: Report): Block[] {
  const y = r.period.year;
  return r.serious.map((s, i): Block => {
    const role = s.ledger === 'problems' ? M.roleRectify() : M.roleLead();
    const p = { role, unit: s.unit, title: quoted(s.title), id: s.item, days: s.daysBehind };
    const line = s.progress
      ? M.progressItem({ ...p, date: longDate(s.progress.date, y), note: quoted(s.progress.note) })
      : M.progressNone(p);
    return { kind: 'para', text: [`${i + 1}${lang() === 'zh' ? '.' : '. '}${line}`] };
  });
}

export function issueBlocks(r: Report): Block[] {
  const out: Text[] = [];
  /** Blocks set after the numbered item of the same index. */
  const after = new Map<number, Block[]>();
  const behind = behindIssue(r);
  if (behind) out.push(behind);
  if (r.serious.length) {
    if (!out.length) out.push([]);
    const addressAs = r.scope.unit ? r.letter.addressAs : undefined;
    out[out.length - 1]!.push(addressAs ? M.progressLeadUnit({ addressAs }) : M.progressLead());
    after.set(out.length - 1, progressBlocks(r));
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
    out.push(
      themed(
        titles.length === 1
          ? M.issuePilotOne({ title: titles[0]! })
          : M.issuePilots({ n: r.pilots.pastTerm.count, titles: someOf(titles, 3) }),
      ),
    );
  }
  if (r.interviews.pending.length) {
    const days = Math.max(...r.interviews.pending.map((p) => p.waitingDays));
    out.push(
      themed(
        r.interviews.pending.length === 1
          ? M.issueInterviewOne({ days })
          : M.issueInterviews({ n: r.interviews.pending.length, days }),
      ),
    );
  }
  if (!out.length) return [{ kind: 'para', text: [M.issuesNone()] }];
  return numbered(out).flatMap((b, i) => [b, ...(after.get(i) ?? [])]);
}

/** The first problem: what is behind, where, and how much of it seriously. */
function behindIssue(r: Report): Text | undefined {
  const behind = r.units.reduce((n, u) => n + u.behind.count, 0);
  if (behind === 1) {
    const unit = r.units.find((u) => u.behind.count)!;
    const id = unit.behind.ids[0]!;
    const ledger = r.serious[0]?.item === id ? r.serious[0].ledger : undefined;
    const serious = r.serious.length ? M.seriousSince({ days: r.bands.circular }) : '';
    const o = r.overview;
    const kind = kindName(
      ledger ?? (['tasks', 'pilots', 'problems'] as const).find((l) => o[l].behind.count) ?? 'tasks',
    );
    return themed(M.issueBehindOne({ when: asOfWhen(r.period), unit: unit.unit, kind, id, serious }));
  }
  if (behind) {
    const units = r.units.filter((u) => u.behind.count).map((u) => u.unit);
    const where =
      units.length <= 3
        ? M.whereAll({ units: joinList(units) })
        : M.whereMost({ units: joinList(units.slice(0, 3)) });
    const o = r.overview;
    const kinds = kindsBreakdown((l) => o[l].behind.count);
    return themed(
      M.issueBehind({
        when: asOfWhen(r.period),
        n: behind,
        kinds,
        s: r.serious.length,
        days: r.bands.circular,
        where,
      }),
    );
  }
  return undefined;
}

/** The 督察反馈意见's closing section: what the unit is asked to do, addressed to it. */
export function requirementBlocks(r: Report, you: string): Block[] {
  const out: Text[] = [];
  const behind = r.units.reduce((n, u) => n + u.behind.count, 0);
  if (r.serious.length) out.push(themed(M.reqSerious({ you, n: r.serious.length, days: r.bands.circular })));
  else if (behind) out.push(themed(M.reqBehind({ you, n: behind })));
  if (r.interviews.candidates.length)
    out.push(themed(M.reqInterview({ you, committee: r.letter.committee })));
  if (r.problems.overdue.count) out.push(themed(M.reqProblems({ you })));
  const next = r.nextQuarter;
  const when = quarterName(Number(next.label.slice(0, 4)), Number(next.label.slice(5)));
  if (next.total.count) out.push(themed(M.reqNext({ you, when, n: next.total.count })));
  if (!out.length) out.push(themed(M.reqDefault({ you })));
  return numbered(out);
}

export function suggestionBlocks(r: Report): Block[] {
  const out: Text[] = [];
  const next = r.nextQuarter;
  const when = quarterName(Number(next.label.slice(0, 4)), Number(next.label.slice(5)));
  // only the candidates go to the leading group for confirmation: a decided circular needs none
  const toConfirm = r.serious.filter((s) => !s.confirmed).length;
  if (toConfirm)
    out.push(themed(M.sugSerious({ n: toConfirm, days: r.bands.circular, committee: r.letter.committee })));
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
    out.push(
      themed(
        M.sugPilotsEnding({
          when: r.period.complete ? when : L.restAnd({ next: when }),
          n: r.pilots.endingNextQuarter.count,
        }),
      ),
    );
  if (next.total.count) out.push(themed(M.sugNext({ when, n: next.total.count, days: r.prewarnDays })));
  if (!out.length) out.push(themed(M.sugDefault()));
  return numbered(out);
}
