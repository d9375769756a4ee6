import * as z from 'zod';
import { adjustment, date, entry, escalation, evidence, id, meta, progressNote, text } from './common.js';

import { FOUND_BY, REVIEW_RESULTS } from './kinds.js';

export { FOUND_BY, REVIEW_RESULTS } from './kinds.js';

export const problem = entry({
  id: id('编号', '问题编号，在三本台账中唯一，如 WT-2026-001'),
  title: text('问题简称', '问题的简短名称').optional(),
  found_on: date('发现日期', '发现问题的日期'),
  found_by: meta(
    z.enum(FOUND_BY),
    '督察方式',
    'comprehensive 全面督察，joint 联合督察，special 专项督察，periodic 定期督察，daily 日常督察，unannounced 明察暗访，media 媒体曝光，other 其他',
  ),
  description: text('问题描述', '问题的具体表现'),
  unit: text('整改单位', '负责整改的单位'),
  deadline: date('整改时限', '整改应完成的日期'),
  related: text('关联事项', '相关的任务或试点编号').optional(),
  notice: entry({
    issued_on: date('印发日期', '整改通知印发日期'),
    ref: text('文号', '整改通知文号'),
  })
    .meta({ title: '整改通知', description: '挂账整改通知' })
    .optional(),
  reviews: meta(
    z.array(
      entry({
        date: date('复查日期', '跟踪复查日期'),
        result: meta(z.enum(REVIEW_RESULTS), '复查结论', 'pass 通过，partial 部分整改，fail 未整改'),
        note: text('说明', '复查情况说明').optional(),
      }),
    ),
    '跟踪复查',
    '改革办在进度节点的复查记录',
  ).optional(),
  progress: meta(z.array(progressNote), '整改进展', '整改单位按月报送的整改情况').optional(),
  rectified_on: date('整改完成日期', '单位报告整改完成的日期').optional(),
  evidence: evidence().optional(),
  verified: entry({
    on: date('核实日期', '据实销账的核实日期'),
    by: text('核实主体', '核实整改结果的机构或人员'),
  })
    .meta({ title: '核实销账', description: '据实销账' })
    .optional(),
  escalations: meta(z.array(escalation), '约谈/通报决定', '领导小组的约谈或通报决定').optional(),
  adjustments: meta(z.array(adjustment), '调整记录', '经批准的调整').optional(),
}).meta({ title: '问题', description: '问题清单中的一个整改问题（挂账整改）' });

export const problemsFile = z
  .strictObject({ problems: meta(z.array(problem), '问题清单', '整改问题列表').nullable().optional() })
  .meta({ title: '问题清单', description: '改革问题清单 problems.yaml' });

export type Problem = z.infer<typeof problem>;
