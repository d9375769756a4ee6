import * as z from 'zod';
import {
  adjustment,
  date,
  decision,
  entry,
  escalation,
  evidence,
  id,
  meta,
  milestone,
  progressNote,
  text,
  textList,
} from './common.js';

export const LISTS = ['annual', 'key', 'grassroots'] as const;
export const SOURCES = ['central', 'provincial', 'municipal', 'local'] as const;

export const task = entry({
  id: id('编号', '任务编号，在三本台账中唯一，如 RW-2026-001'),
  title: text('改革事项', '改革任务名称'),
  lead_leader: text('牵头领导', '牵头市领导'),
  lead_unit: text('牵头单位', '牵头单位名称，须为 units.yaml 中的单位'),
  responsible_units: textList('责任单位', '配合落实的责任单位').optional(),
  measures: text('任务措施', '具体举措'),
  deliverable: text('成果形式', '成果的形式，如 出台实施意见'),
  deadline: date('完成时限', '任务办结的时限，YYYY-MM-DD'),
  start: date('开始日期', '任务开始实施的日期（可选）；早于该日期的完成日期会被指出').optional(),
  assigned_by: text('交办主体', '交办该任务的机构；默认为政策中的改革办').optional(),
  group: text('专项小组', '所属专项小组').optional(),
  lists: meta(
    z.array(z.enum(LISTS)),
    '所属清单',
    'annual 年度工作要点，key 重点改革事项，grassroots 基层探索',
  ).optional(),
  source: meta(
    z.enum(SOURCES),
    '任务来源',
    'central 中央，provincial 省级，municipal 市级，local 本地自选',
  ).optional(),
  milestones: meta(
    z.array(milestone),
    '关键节点',
    '任务的关键节点；完成时限是隐含的最后节点“任务办结”',
  ).optional(),
  progress: meta(z.array(progressNote), '工作进展', '按时间记录的进展').optional(),
  completed_on: date('完成日期', '任务实际办结日期').optional(),
  evidence: evidence().optional(),
  closed: entry({
    on: date('销号日期', '对账销号日期'),
    period: meta(z.string().regex(/^\d{4}(H[12])?$/), '对账期', '如 2026H1、2026H2 或 2026'),
  })
    .meta({ title: '销号', description: '对账销号记录' })
    .optional(),
  adjustments: meta(z.array(adjustment), '调整记录', '经批准的调整').optional(),
  escalations: meta(z.array(escalation), '约谈/通报决定', '领导小组的约谈或通报决定').optional(),
  suspended: decision('暂缓', '经批准暂缓实施').optional(),
  withdrawn: decision('撤销', '经批准撤销').optional(),
  carry_over: entry({
    reason: text('结转原因', '未能按期完成的客观原因（由牵头单位说明）'),
    requested_on: date('申请日期', '牵头单位提出结转的日期'),
    approved_by: text('批准主体', '同意结转的领导或机构（可选）').optional(),
  })
    .meta({
      title: '申请结转',
      description: '因客观原因未能在本年度完成、申请结转下一年度；年终对账 --carry-over 只结转有此记录的任务',
    })
    .optional(),
  carried_over: entry({
    to: text('结转至', '结转进入的年度清单，如 2027'),
    on: date('结转日期', '结转日期'),
    ref: text('新编号', '新年度清单中的编号').optional(),
    reason: text('结转原因', '结转的客观原因（取自 carry_over.reason）').optional(),
  })
    .meta({ title: '结转', description: '因客观原因未完成、结转下一年度' })
    .optional(),
}).meta({ title: '改革任务', description: '改革任务台账中的一项任务（六个明确）' });

export const tasksFile = z
  .strictObject({ tasks: meta(z.array(task), '改革任务台账', '改革任务列表').nullable().optional() })
  .meta({ title: '改革任务台账', description: '改革任务（总）台账 tasks.yaml' });

export type Task = z.infer<typeof task>;
