// `reform diff --format json`: the diff as data, for scripts and CI.
import { DIFF_KINDS, summarize, type EntryRef, type Postponement } from '../../reconcile/diff.js';
import type { DiffReport } from '../../reconcile/diff-report.js';
import type { RevisionInfo } from '../../reconcile/versions.js';

export function revisionJson(info: RevisionInfo | undefined): Record<string, unknown> {
  return info ? { rev: info.rev, sha: info.sha, date: info.date, subject: info.subject } : { worktree: true };
}

function refJson(r: EntryRef): Record<string, unknown> {
  return { id: r.id, title: r.title, unit: r.unit, file: r.file };
}

export function postponementJson(p: Postponement): Record<string, unknown> {
  const v = p.verdict;
  return {
    field: p.field,
    node: p.node,
    from: p.from,
    to: p.to,
    days: p.days,
    approved: v?.status === 'approved',
    reason: v?.status === 'unapproved' ? v.reason : undefined,
    unverified: v?.status === 'approved' && v.unverified ? true : undefined,
    record: v?.record,
    changed_on: p.changedOn,
  };
}

export function renderDiffJson(report: DiffReport): string {
  const body: Record<string, unknown> = {
    from: revisionJson(report.from),
    to: revisionJson(report.to),
    summary: summarize(report.diff),
  };
  for (const kind of DIFF_KINDS) {
    const d = report.diff[kind];
    body[kind] = {
      added: d.added.map(refJson),
      removed: d.removed.map(refJson),
      changed: d.changed.map((c) => ({
        id: c.id,
        title: c.title,
        unit: c.unit,
        file: c.file,
        changes: c.changes,
        postponements: c.postponements.map(postponementJson),
      })),
    };
  }
  body.unreadable = report.problems;
  return JSON.stringify(body, null, 2) + '\n';
}
