// Wording of the reconciliation renderers, Chinese and English side by side.
import { messages, pick } from '../../i18n/index.js';
import type { Level } from '../../schema/index.js';
import type { ItemClass, ReconItem } from '../../reconcile/reconcile.js';
import type { ReconcileReport } from '../../reconcile/reconcile-report.js';
import { revisionText } from '../diff/words.js';
import { changeText } from '../diff/text.js';
import type { Postponement } from '../../reconcile/diff.js';

export const RW = messages({
  title: {
    zh: '对账：{period}（{start} 至 {end}），截至 {asOf}',
    en: 'Reconciliation {period} ({start} to {end}), as of {asOf}',
  },
  early: { zh: '期末未到，按今天（{today}）计算。', en: 'The period has not ended: as of today ({today}).' },
  baselineRev: { zh: '基线：{rev}“{subject}”', en: 'Baseline: {rev} "{subject}"' },
  baselineFolder: {
    zh: '基线：台账目录 {folder}（不是 git 版本，延期的批准日期按今天判断）',
    en: 'Baseline: the ledger folder {folder} (not a git revision: approvals are judged as of today)',
  },
  overall: {
    zh: '总体：应办 {due} 项，已办 {done} 项（按时 {onTime} 项），未办 {open} 项，被删除 {removed} 项；完成率 {rate}。未到期 {notDue} 项，暂缓或撤销 {excused} 项，未经批准的延期 {unapproved} 处。',
    en: 'Overall: {due} due, {done} done ({onTime} on time), {open} open, {removed} removed; completion {rate}. {notDue} not due, {excused} suspended or withdrawn, {unapproved} unapproved postponements.',
  },
  workdays: { zh: '落后天数按工作日计算。', en: 'Days behind are counted in working days.' },
  units: { zh: '分单位（最差在前）', en: 'Per unit (worst first)' },
  colUnit: { zh: '单位', en: 'unit' },
  colDue: { zh: '应办', en: 'due' },
  colDone: { zh: '已办', en: 'done' },
  colOnTime: { zh: '按时', en: 'on time' },
  colOpen: { zh: '未办', en: 'open' },
  colRate: { zh: '完成率', en: 'rate' },
  colRemoved: { zh: '被删除', en: 'removed' },
  colUnapproved: { zh: '未批延期', en: 'unapproved' },
  colNotDue: { zh: '未到期', en: 'not due' },
  colId: { zh: '编号', en: 'id' },
  colLedger: { zh: '台账', en: 'ledger' },
  colTitle: { zh: '名称', en: 'title' },
  colClass: { zh: '对账结果', en: 'result' },
  colNodes: { zh: '期内节点', en: 'nodes in period' },
  colCompleted: { zh: '完成日期', en: 'completed on' },
  colEvidence: { zh: '佐证', en: 'evidence' },
  colClosable: { zh: '可销号', en: 'closable' },
  colClosed: { zh: '已销号', en: 'closed' },
  colDays: { zh: '落后天数', en: 'days behind' },
  colLevel: { zh: '提醒级别', en: 'level' },
  colPostponed: { zh: '延期', en: 'postponements' },
  colChanges: { zh: '变更', en: 'changes' },
  colNote: { zh: '说明', en: 'note' },
  colPeriod: { zh: '对账期', en: 'period' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  'class.removed': { zh: '被删除', en: 'Removed' },
  'class.behind': { zh: '到期未办', en: 'Due and not done' },
  'class.done-no-evidence': {
    zh: '已办但无佐证材料、不能销号',
    en: 'Done without evidence (cannot be closed)',
  },
  'class.not-due': { zh: '未到期', en: 'Not due' },
  'class.done': { zh: '已办', en: 'Done' },
  'class.suspended': { zh: '暂缓', en: 'Suspended' },
  'class.withdrawn': { zh: '撤销', en: 'Withdrawn' },
  changed: { zh: '自基线以来有变更', en: 'Changed since the baseline' },
  added: { zh: '基线之后新增', en: 'Added since the baseline' },
  addedInPeriod: { zh: '期内有节点', en: 'has a node in the period' },
  none: { zh: '无', en: 'none' },
  progressAdded: { zh: 'progress: + {n} 条进展', en: 'progress: + {n} notes' },
  progressOnly: {
    zh: '另有 {n} 项只新增了进展记录（--format json 列出每一条）。',
    en: '{n} more items only had progress notes added (--format json lists each).',
  },
  progressRemoved: { zh: 'progress: − {n} 条进展', en: 'progress: − {n} notes' },
  behind: { zh: '落后 {days} 天', en: '{days} days behind' },
  dueNotDone: { zh: '{node} {due} 到期，未完成', en: '{node} due {due}, not done' },
  lateNode: { zh: '{node} {due}', en: '{node} {due}' },
  closable: { zh: '可销号', en: 'closable' },
  closedOn: { zh: '已销号（{on}，{period}）', en: 'closed ({on}, {period})' },
  carried: { zh: '已结转至 {to}', en: 'carried over to {to}' },
  onTime: { zh: '按时完成', en: 'on time' },
  late: { zh: '逾期完成', en: 'late' },
  nodesDone: { zh: '期内节点已完成，任务未办结', en: 'nodes in the period done; the item is not finished' },
  completedOn: { zh: '{date} 完成', en: 'completed {date}' },
  closeTitle: { zh: '销号与结转', en: 'Close-out and carry-over' },
  dryRun: { zh: '（试运行，未写入任何文件）', en: '(dry run: nothing was written)' },
  closeSummary: {
    zh: '销号 {closed} 项，结转 {carried} 项。',
    en: '{closed} closed, {carried} carried over.',
  },
  closeNothing: {
    zh: '没有需要写入的内容（已写过的不会重复写入）。',
    en: 'Nothing to write (what was written before is not written again).',
  },
  fileWritten: { zh: '已写入 {file}：', en: 'written to {file}:' },
  fileWould: { zh: '将写入 {file}：', en: 'would write to {file}:' },
  fileFailed: { zh: '{file} 未修改：{reason}', en: '{file} left unchanged: {reason}' },
  insertAfter: { zh: '第 {line} 行后（{id}）：', en: 'after line {line} ({id}):' },
  alreadyThere: { zh: '{n} 项已有记录，未重复写入', en: '{n} already recorded, not written again' },
});

export const LEVEL_NAME = messages({
  phone: { zh: '电话提醒', en: 'phone' },
  written: { zh: '书面提醒', en: 'written' },
  onsite: { zh: '现场提醒', en: 'on-site' },
  circular: { zh: '通报提醒', en: 'circular' },
  interview: { zh: '约谈提醒', en: 'interview' },
});

export function levelName(level: Level | undefined): string {
  return level ? LEVEL_NAME[level]() : '';
}

export function className(c: ItemClass): string {
  return RW[`class.${c}`]();
}

export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function baselineText(report: ReconcileReport): string {
  const b = report.baseline;
  if (b.revision) return RW.baselineRev({ rev: revisionText(b.revision), subject: b.revision.subject });
  return RW.baselineFolder({ folder: b.folder ?? '' });
}

export function headerLines(report: ReconcileReport): string[] {
  const r = report.reconciliation;
  const out = [
    RW.title({ period: r.period.label, start: r.period.start, end: r.period.end, asOf: r.asOf }),
    baselineText(report),
  ];
  if (report.early) out.push(RW.early({ today: report.today }));
  if (report.workdays) out.push(RW.workdays());
  return out;
}

export function overallText(report: ReconcileReport): string {
  const t = report.reconciliation.totals;
  return RW.overall({
    due: t.due,
    done: t.done,
    onTime: t.doneOnTime,
    open: t.open,
    removed: t.removed,
    rate: rateText(t.rate),
    notDue: t.notDue,
    excused: t.excused,
    unapproved: t.unapproved,
  });
}

export function nodesText(it: ReconItem): string {
  return it.nodes.map((n) => `${n.name} ${n.due}${n.dueNow ? `→${n.dueNow}` : ''}`).join(pick('；', '; '));
}

/** The short note after an item: how it was done, or how far behind. */
export function itemNote(it: ReconItem): string {
  const parts: string[] = [];
  if (it.class === 'behind') {
    if (it.daysBehind) parts.push(RW.behind({ days: it.daysBehind }));
    if (it.level) parts.push(levelName(it.level));
    if (it.node) parts.push(RW.lateNode({ node: it.node.name, due: it.node.due }));
    else {
      const open = it.nodes.find((n) => !(n.done_on !== undefined && n.done_on <= (n.dueNow ?? n.due)));
      if (open) parts.push(RW.dueNotDone({ node: open.name, due: open.dueNow ?? open.due }));
    }
  } else if (it.class === 'done' || it.class === 'done-no-evidence') {
    if (it.completed) {
      if (it.completedOn) parts.push(RW.completedOn({ date: it.completedOn }));
      if (it.onTime !== undefined) parts.push(it.onTime ? RW.onTime() : RW.late());
    } else parts.push(RW.nodesDone());
    if (it.closed) parts.push(RW.closedOn({ on: it.closed.on, period: it.closed.period }));
    else if (it.closable) parts.push(RW.closable());
  }
  if (it.carriedOver) parts.push(RW.carried({ to: it.carriedOver.to }));
  return parts.join(pick('，', ', '));
}

/** "已办（3）" / "Done (3)" */
export function counted(label: string, n: number): string {
  return pick(`${label}（${n}）`, `${label} (${n})`);
}

export interface ChangeLine {
  text: string;
  postponement?: Postponement;
}

/**
 * An item's changes as lines for people: each change on its own, except progress notes, which
 * are counted (the report is about commitments; `--format json` lists every note).
 */
export function changeLines(it: ReconItem): ChangeLine[] {
  const byPath = new Map(
    it.postponements.map((p) => [
      p.field === 'deadline' || p.field === 'end' ? p.field : `${p.field}.due`,
      p,
    ]),
  );
  const out: ChangeLine[] = [];
  let added = 0;
  let removed = 0;
  for (const f of it.changes) {
    if (f.path === 'progress') {
      if (f.change === 'added') added++;
      else if (f.change === 'removed') removed++;
      else out.push({ text: changeText(f) });
      continue;
    }
    out.push({ text: changeText(f), postponement: byPath.get(f.path) });
  }
  if (added) out.push({ text: RW.progressAdded({ n: added }) });
  if (removed) out.push({ text: RW.progressRemoved({ n: removed }) });
  return out;
}

/** Items with changes other than progress notes, and how many had only progress notes added. */
export function substantiveChanges(items: readonly ReconItem[]): {
  items: ReconItem[];
  progressOnly: number;
} {
  const out: ReconItem[] = [];
  let progressOnly = 0;
  for (const it of items) {
    if (!it.changes.length) continue;
    if (it.postponements.length || it.changes.some((c) => c.path !== 'progress')) out.push(it);
    else progressOnly++;
  }
  return { items: out, progressOnly };
}
