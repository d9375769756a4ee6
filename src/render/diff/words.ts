// Wording shared by the diff and reconciliation renderers (Chinese and English side by side),
// and the plain-text form of values, revisions and postponement verdicts.
import { messages, pick } from '../../i18n/index.js';
import type { DiffKind, Postponement } from '../../reconcile/diff.js';
import type { RevisionInfo } from '../../reconcile/versions.js';

export const DW = messages({
  tasks: { zh: '改革任务', en: 'Reform tasks' },
  pilots: { zh: '改革试点', en: 'Pilots' },
  problems: { zh: '问题清单', en: 'Problems' },
  units: { zh: '单位', en: 'Units' },
  added: { zh: '新增', en: 'added' },
  removed: { zh: '删除', en: 'removed' },
  changed: { zh: '修改', en: 'changed' },
  worktree: { zh: '工作区', en: 'working tree' },
  revision: { zh: '{rev}（{sha}，{date}）', en: '{rev} ({sha}, {date})' },
  title: { zh: '台账变更：{from} → {to}', en: 'Ledger changes: {from} → {to}' },
  kindSummary: {
    zh: '{kind}：新增 {added}，删除 {removed}，修改 {changed}',
    en: '{kind}: {added} added, {removed} removed, {changed} changed',
  },
  none: { zh: '两个版本的台账没有差别。', en: 'The ledgers are the same in both versions.' },
  totals: {
    zh: '合计：新增 {added} 项，删除 {removed} 项，修改 {changed} 项；延期 {postponed} 处，其中未经批准 {unapproved} 处。',
    en: 'In all: {added} added, {removed} removed, {changed} changed; {postponed} postponements, {unapproved} of them unapproved.',
  },
  postponed: { zh: '延期 {days} 天', en: 'postponed {days} days' },
  approved: { zh: '已批准（{on}，{by}{ref}）', en: 'approved ({on}, {by}{ref})' },
  unverified: {
    zh: '；修改日期未与历史核对',
    en: '; the day of the change was not checked against the history',
  },
  'no-record': { zh: '未经批准：没有对应的调整记录', en: 'unapproved: no adjustment record' },
  'other-value': {
    zh: '未经批准：调整记录批准的是 {to}',
    en: 'unapproved: the adjustment record approves {to}',
  },
  'after-change': {
    zh: '未经批准：调整记录日期 {on} 晚于修改（{changed} 时已修改）',
    en: 'unapproved: the adjustment record is dated {on}, after the change (already changed on {changed})',
  },
  afterChangeUnknown: {
    zh: '未经批准：调整记录日期 {on} 晚于修改日期',
    en: 'unapproved: the adjustment record is dated {on}, after the change',
  },
  unapprovedShort: { zh: '未经批准', en: 'unapproved' },
  approvedShort: { zh: '已批准', en: 'approved' },
  warnUnapproved: { zh: '未经批准的延期 {n} 处', en: '{n} unapproved postponements' },
  warnRemoved: { zh: '删除的条目 {n} 项', en: '{n} entries removed' },
  unreadable: {
    zh: '注意：{which}中有 {n} 处问题，无法读取的条目不参与比对（可运行 reform check 查看）。',
    en: 'Note: {which} has {n} problems; entries that cannot be read are left out (run reform check for details).',
  },
  older: { zh: '旧版本', en: 'the older version' },
  newer: { zh: '新版本', en: 'the newer version' },
  colChange: { zh: '变更', en: 'change' },
  colId: { zh: '编号', en: 'id' },
  colTitle: { zh: '名称', en: 'title' },
  colUnit: { zh: '单位', en: 'unit' },
  colDetail: { zh: '内容', en: 'details' },
});

export function kindName(kind: DiffKind): string {
  return DW[kind]();
}

export function revisionText(info: RevisionInfo | undefined): string {
  if (!info) return DW.worktree();
  return DW.revision({ rev: info.rev, sha: info.sha.slice(0, 10), date: info.date });
}

/** A value as one line of YAML-like text: scalars as they are, lists and mappings in flow style. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return `[${v.map(valueText).join(', ')}]`;
  if (typeof v === 'object') {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k}: ${valueText(x)}`)
      .join(', ')}}`;
  }
  return String(v).replace(/\r?\n/g, ' ');
}

export function isUnapproved(p: Postponement): boolean {
  return p.verdict?.status !== 'approved';
}

/** "postponed 92 days, approved (2026-03-01, 领导小组, 文号)" */
export function verdictText(p: Postponement): string {
  const v = p.verdict;
  let verdict: string;
  if (!v) verdict = DW.unapprovedShort();
  else if (v.status === 'approved') {
    const ref =
      (v.record.ref ? `${pick('，', ', ')}${v.record.ref}` : '') + (v.unverified ? DW.unverified() : '');
    verdict = DW.approved({ on: v.record.on, by: v.record.approved_by, ref });
  } else if (v.reason === 'other-value') verdict = DW['other-value']({ to: v.record?.to ?? '' });
  else if (v.reason === 'after-change') {
    verdict = p.changedOn
      ? DW['after-change']({ on: v.record?.on ?? '', changed: p.changedOn })
      : DW.afterChangeUnknown({ on: v.record?.on ?? '' });
  } else verdict = DW['no-record']();
  return `${DW.postponed({ days: p.days })}${pick('，', ', ')}${verdict}`;
}
