// Wording shared by the assessment renderers: grade and rule names, points, the rows of the
// ranking and of the details, the reconciliation sheet (对账确认单).
import { getLang, t } from '../../i18n/index.js';
import type { OfficeIdentity } from '../../documents/identity.js';
import type { AccountItem, AssessmentResult, ScoredAccount, ScoreEntry } from '../../assess/types.js';

export interface AssessReport {
  result: AssessmentResult;
  /** The office's short name (市委改革办). */
  office: string;
  /** The office as documents name it (full name, 文号 prefix, committee, 抄送); for docx. */
  identity?: OfficeIdentity;
  /** The unit of the reconciliation sheet (--unit). */
  unit?: string;
}

export function gradeName(grade: string): string {
  return t().assess.grade[grade] ?? grade;
}

/** The Chinese grade names, whatever the language: the JSON contract's values. */
export const GRADE_ZH: Record<string, string> = {
  excellent: '优秀',
  good: '良好',
  fair: '一般',
  poor: '较差',
};

export function ruleName(rule: string): string {
  const m = t().assess;
  if (rule.startsWith('shared.')) return m.sharedRule({ rule: ruleName(rule.slice(7)) });
  if (m.rule[rule]) return m.rule[rule]!;
  if (rule.startsWith('cap.')) return m.capRule({ rule: ruleName(rule.slice(4)) });
  return rule;
}

/** 97.5, 100, 96.25 (no trailing zeros). */
export function scoreText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** -1, +0.5 */
export function pointsText(n: number): string {
  const s = scoreText(n);
  return n > 0 ? `+${s}` : s;
}

/** 2026-11-20 → 2026年11月20日 (English: 2026-11-20). */
export function dateText(date: string): string {
  if (getLang() === 'en') return date;
  return `${+date.slice(0, 4)}年${+date.slice(5, 7)}月${+date.slice(8, 10)}日`;
}

/** An addition rule (or the cap of one): promoted.*, early, cap.additions, cap.promoted, cap.early. */
export function isAddition(rule: string): boolean {
  const r = rule.replace(/^(shared|cap)\./, '');
  return r === 'additions' || r === 'early' || r.startsWith('promoted');
}

/** Deductions and additions, each net of its caps. */
export function totals(acc: ScoredAccount): { minus: number; plus: number } {
  let minus = 0;
  let plus = 0;
  for (const e of acc.entries) {
    if (isAddition(e.rule)) plus += Math.round(e.points * 100);
    else minus += Math.round(e.points * 100);
  }
  return { minus: minus / 100, plus: plus / 100 };
}

export function namedText(acc: ScoredAccount): string {
  const m = t().assess;
  const parts = acc.named.map((n) =>
    n === 'grade' ? `${m.namedGrade}${gradeName(acc.grade)}` : m.namedDeductions({ n: acc.deductionCount }),
  );
  return parts.join('；');
}

export function header(r: AssessReport): string[] {
  const m = t().assess;
  const res = r.result;
  const lines = [m.title({ office: r.office, year: res.year }), m.asOf({ date: dateText(res.asOf) })];
  lines.push(res.interim ? m.interim({ date: dateText(res.asOf) }) : m.final);
  if (res.excellentQuota !== undefined) lines.push(m.quota({ n: res.excellentQuota }));
  return lines;
}

/** The ranking rows: rank, name, score, grade, deducted, added, deductions, named. */
export function rankingRows(accounts: readonly ScoredAccount[]): string[][] {
  return accounts.map((a) => {
    const { minus, plus } = totals(a);
    return [
      String(a.rank),
      a.name,
      scoreText(a.score),
      gradeName(a.grade),
      scoreText(minus),
      plus ? `+${scoreText(plus)}` : '0',
      String(a.deductionCount),
      namedText(a),
    ];
  });
}

export function rankingHead(group = false): string[] {
  const m = t().assess;
  return [
    m.colRank,
    group ? m.colGroup : m.colUnit,
    m.colScore,
    m.colGrade,
    m.colMinus,
    m.colPlus,
    m.colCount,
    m.colNamed,
  ];
}

export function entryHead(): string[] {
  const m = t().assess;
  return [m.colDate, m.colRule, m.colItem, m.colNode, m.colPoints];
}

export function entryRow(e: ScoreEntry): string[] {
  return [e.date ?? '', ruleName(e.rule), e.item ?? '', e.node ?? '', pointsText(e.points)];
}

export function itemHead(): string[] {
  const m = t().assess;
  return [m.colNo, m.colItem, m.colTitle, m.colRole, m.colResult, m.colDone, m.colPoints];
}

export function resultText(it: AccountItem): string {
  const m = t().assess;
  let s = m.result[it.result] ?? it.result;
  if (it.result === 'behind' && it.daysBehind > 0) s = `${s}（${m.behindDays({ days: it.daysBehind })}）`;
  if (it.excludedBy) s = `${s}（${m.excludedBy[it.excludedBy] ?? it.excludedBy}）`;
  return s;
}

export function itemRows(items: readonly AccountItem[]): string[][] {
  const m = t().assess;
  return items.map((it, i) => [
    String(i + 1),
    it.item,
    it.title,
    it.role === 'lead' ? m.roleLead : m.roleShared,
    resultText(it),
    it.completedOn ?? '',
    it.points ? pointsText(it.points) : '0',
  ]);
}

export function findAccount(r: AssessReport): ScoredAccount | undefined {
  return r.unit === undefined ? undefined : r.result.units.find((u) => u.name === r.unit);
}

export function confirmSummary(r: AssessReport, acc: ScoredAccount): string {
  return t().assess.confirmSummary({
    date: dateText(r.result.asOf),
    score: scoreText(acc.score),
    grade: gradeName(acc.grade),
    rank: acc.rank,
    n: r.result.units.length,
    base: scoreText(acc.base),
  });
}
