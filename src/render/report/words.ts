// Report wording shared by every format: labels, numbers, dates, and how to join clauses.
import { getLang, messagesOf } from '../../i18n/index.js';
import type { Level } from '../../schema/index.js';
import type { LedgerName } from '../../domain/delay.js';
import type { Cell, TableBlock } from './blocks.js';
import type {
  Band,
  FoundBy,
  PilotLevel,
  PilotOrigin,
  PilotStatus,
  ReviewResult,
} from '../../report/types.js';

export const L = messagesOf('report');

/** An item's first three cells in a table: its id, its title and its unit. */
export function itemCells(x: { item: string; title?: string; unit: string }): Cell[] {
  return [x.item, x.title ?? '', x.unit];
}

/** A table whose first column numbers its rows (序号). */
export function numberedTable(t: Omit<TableBlock, 'kind'>): TableBlock {
  const numbered: TableBlock = {
    kind: 'table',
    caption: t.caption,
    head: [L.no(), ...t.head],
    align: ['center', ...t.align],
    rows: t.rows.map((r, i) => [i + 1, ...r]),
  };
  if (t.foot) numbered.foot = ['', ...t.foot];
  return numbered;
}

export function lang(): 'zh' | 'en' {
  return getLang();
}

/** A reminder level as a row shows it: an unconfirmed circular is a candidate (通报候选（待确认）). */
export function rowLevelName(x: { level: Level; confirmed?: boolean }): string {
  return x.level === 'circular' && x.confirmed === false ? L.levelCircularCandidate() : levelName(x.level);
}

export function levelName(l: Level | Band): string {
  switch (l) {
    case 'phone':
      return L.levelPhone();
    case 'written':
      return L.levelWritten();
    case 'onsite':
      return L.levelOnsite();
    case 'circular':
      return L.levelCircular();
    case 'interview':
      return L.levelInterview();
    case 'below':
      return L.levelBelow();
  }
}

export function levelShort(l: Level): string {
  return {
    phone: L.shortPhone,
    written: L.shortWritten,
    onsite: L.shortOnsite,
    circular: L.shortCircular,
    interview: L.shortInterview,
  }[l]();
}

export function ledgerName(l: LedgerName): string {
  return { tasks: L.ledgerTasks, pilots: L.ledgerPilots, problems: L.ledgerProblems }[l]();
}

export function kindName(l: LedgerName): string {
  return { tasks: L.kindTask, pilots: L.kindPilot, problems: L.kindProblem }[l]();
}

/** 任务5项、试点1项、问题2项 — or 均为任务 when one kind has them all (not 共5项（任务5项）). */
export function kindsBreakdown(count: (l: LedgerName) => number): string {
  const kinds = (['tasks', 'pilots', 'problems'] as const).filter((l) => count(l) > 0);
  const [only] = kinds;
  if (kinds.length === 1 && only) return L.kindAll({ kind: kindName(only) });
  return joinList(kinds.map((l) => L.kindCount({ kind: kindName(l), n: count(l) })));
}

export function foundByName(f: FoundBy): string {
  return {
    comprehensive: L.foundComprehensive,
    joint: L.foundJoint,
    special: L.foundSpecial,
    periodic: L.foundPeriodic,
    daily: L.foundDaily,
    unannounced: L.foundUnannounced,
    media: L.foundMedia,
    other: L.foundOther,
  }[f]();
}

export function reviewName(r: ReviewResult): string {
  return { pass: L.reviewPass, partial: L.reviewPartial, fail: L.reviewFail }[r]();
}

export function pilotLevelName(l: PilotLevel): string {
  return {
    national: L.pilotNational,
    provincial: L.pilotProvincial,
    municipal: L.pilotMunicipal,
    county: L.pilotCounty,
  }[l]();
}

export function originName(o: PilotOrigin): string {
  return { assigned: L.originAssigned, self: L.originSelf }[o]();
}

/** A pilot's status; `complete`: the as-of day is the quarter's last (else 'ending' includes the rest of this quarter). */
export function pilotStatusName(s: PilotStatus, complete = true): string {
  return {
    'not-started': L.statusNotStarted,
    active: L.statusActive,
    ending: complete ? L.statusEnding : L.statusEndingOpen,
    'past-term': L.statusPastTerm,
    completed: L.statusCompleted,
    withdrawn: L.statusWithdrawn,
  }[s]();
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** Section number: 一、 / 1. */
export function sectionNo(n: number): string {
  return lang() === 'zh' ? `${chineseNumber(n)}、` : `${n}. `;
}

/** Sub-section number: （一） / (a). */
export function subNo(n: number): string {
  return lang() === 'zh' ? `（${chineseNumber(n)}）` : `(${String.fromCharCode(96 + n)}) `;
}

/** Quarter in words: 2026年第三季度 / 2026 Q3. */
export function quarterName(year: number, q: number): string {
  return lang() === 'zh' ? `${year}年第${chineseNumber(q)}季度` : `${year} Q${q}`;
}

/** 2026年9月30日 (9月30日 within refYear) / 30 September 2026. */
/** "As of" in a sentence: 季末 when the quarter is over on the as-of day, else the as-of day itself. */
export function asOfWhen(period: { asOf: string; year: number; complete: boolean }): string {
  return period.complete ? L.quarterEnd() : longDate(period.asOf, period.year);
}

export function longDate(d: string, refYear?: number): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  if (lang() === 'zh') return y === refYear ? `${m}月${day}日` : `${y}年${m}月${day}日`;
  const month = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ][m - 1];
  return y === refYear ? `${day} ${month}` : `${day} ${month} ${y}`;
}

/** Dates in tables: 9月30日 / 2026-09-30 style short forms. */
export function shortDate(d: string, refYear: number): string {
  const y = Number(d.slice(0, 4));
  if (lang() === 'zh')
    return y === refYear
      ? `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`
      : `${y}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return d;
}

/** Rates with one decimal everywhere: 0.5454 → 54.5%, 1 → 100.0%, 0 → 0.0%; null → —. */
export function percent(rate: number | null): string {
  if (rate === null) return L.dash();
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A change of a count: +2 / −1 / 持平; of a rate, in percentage points: 上升2.0个百分点 / 下降25.8个百分点. */
export function change(n: number | null, rate = false): string {
  if (n === null) return L.dash();
  if (rate) {
    const v = Math.round(n * 1000) / 10;
    if (v === 0) return L.same();
    return (v > 0 ? L.pointsUp : L.pointsDown)({ n: Math.abs(v).toFixed(1) });
  }
  if (n === 0) return L.same();
  return `${n > 0 ? '+' : '−'}${Math.abs(n)}`;
}

export function joinList(parts: readonly string[]): string {
  return parts.join(L.listSep());
}

/** Sentences one after another: no space in Chinese, one space in English. */
export function joinSentences(parts: readonly string[]): string {
  return parts.join(lang() === 'zh' ? '' : ' ');
}

/** Entries of one cell or list, separated by semicolons. */
export function joinSemicolons(parts: readonly string[]): string {
  return parts.join(lang() === 'zh' ? '；' : '; ');
}

export function joinClauses(parts: readonly string[]): string {
  return parts.join(L.clauseSep());
}

/** Up to `max` names, then “等N项” / “and N more” (units: “等N个单位”). */
export function someOf(names: readonly string[], max = 3, units = false): string {
  if (names.length <= max) return joinList(names);
  return (
    joinList(names.slice(0, max)) +
    (units ? L.andMoreUnits : L.andMore)({ n: names.length, rest: names.length - max })
  );
}
