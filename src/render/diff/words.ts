// Wording shared by the diff and reconciliation renderers (Chinese and English side by side),
// and the plain-text form of values, revisions and postponement verdicts.
import { messagesOf, pick } from '../../i18n/index.js';
import type { DiffKind, Postponement } from '../../reconcile/diff.js';
import type { RevisionInfo } from '../../reconcile/diff-report.js';
import { verdictParams } from '../../reconcile/approval.js';

export const DW = messagesOf('diff');

export function kindName(kind: DiffKind): string {
  return DW[kind]();
}

export function revisionText(info: RevisionInfo | undefined): string {
  if (!info) return DW.worktree();
  return DW.revision({ rev: info.rev, sha: info.sha.slice(0, 10), date: info.date });
}

/** A value as one line of YAML-like text: scalars as they are, lists and mappings in flow style. */
export function valueText(v: unknown): string {
  // most values are one-line strings: as they are (12 MB of diff text at 20,000 tasks)
  if (typeof v === 'string') return v.includes('\n') ? v.replace(/\r?\n/g, ' ') : v;
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

/** "postponed 92 days, approved (2026-03-01, 领导小组, 文号)": one wording per verdict (i18n diff.verdictReason). */
export function verdictText(p: Postponement): string {
  const v = p.verdict;
  let verdict: string;
  if (v?.status === 'approved') {
    const ref =
      (v.record.ref ? `${pick('，', ', ')}${v.record.ref}` : '') + (v.unverified ? DW.unverified() : '');
    verdict = DW.approved({ on: v.record.on, by: v.record.approved_by, ref });
    if (v.late) verdict += pick('；', '; ') + DW.verdictReason(verdictParams(p));
  } else verdict = DW.verdictReason(verdictParams(p));
  return `${DW.postponed({ days: p.days })}${pick('，', ', ')}${verdict}`;
}
