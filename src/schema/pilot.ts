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
  nonBlank,
  progressNote,
  text,
  textList,
} from './common.js';

import { ORIGINS, PILOT_LEVELS } from './kinds.js';

export { ORIGINS, PILOT_LEVELS } from './kinds.js';

export const pilot = entry({
  id: id('编号', '试点编号，在三本台账中唯一，如 SD-2026-01'),
  title: text('试点名称', '改革试点名称'),
  level: meta(
    z.enum(PILOT_LEVELS),
    '试点层级',
    'national 国家级，provincial 省级，municipal 市级，county 县级',
  ),
  origin: meta(z.enum(ORIGINS), '试点来源', 'assigned 上级部署，self 自选'),
  lead_leader: text('牵头领导', '一名牵头领导'),
  lead_unit: text('牵头单位', '牵头单位名称'),
  plan: text('推进方案', '一个推进方案（名称或文号）'),
  team: meta(z.array(nonBlank()).min(1), '工作班子', '一套工作班子的成员或组成单位'),
  start: date('开始日期', '试点开始日期'),
  end: date('结束日期', '试点期满日期'),
  filed_on: date('备案日期', '自选试点报上级备案的日期').optional(),
  milestones: meta(z.array(milestone), '关键节点', '试点的关键节点').optional(),
  progress: meta(z.array(progressNote), '工作进展', '按时间记录的进展').optional(),
  completed_on: date('完成日期', '试点完成日期').optional(),
  evidence: evidence().optional(),
  withdrawn: decision('调出', '试点失败或不再需要，经批准调出').optional(),
  outcome: entry({
    summary: text('成果', '可复制可推广的经验'),
    promoted: meta(
      z.array(entry({ by: text('推广主体', '推广该经验的上级机构'), on: date('推广日期', '推广日期') })),
      '推广情况',
      '上级推广记录',
    ).optional(),
  })
    .meta({ title: '试点成果', description: '试点形成的经验及推广情况' })
    .optional(),
  adjustments: meta(z.array(adjustment), '调整记录', '经批准的调整').optional(),
  escalations: meta(z.array(escalation), '约谈/通报决定', '领导小组的约谈或通报决定').optional(),
  responsible_units: textList('责任单位', '参与试点的单位').optional(),
}).meta({ title: '改革试点', description: '试点台账中的一项试点' });

export const pilotsFile = z
  .strictObject({ pilots: meta(z.array(pilot), '试点台账', '改革试点列表').nullable().optional() })
  .meta({ title: '试点台账', description: '改革试点台账 pilots.yaml' });

export type Pilot = z.infer<typeof pilot>;
