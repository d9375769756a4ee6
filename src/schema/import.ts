import * as z from 'zod';
import { date, entry, meta, text } from './common.js';

/** One monthly return (进展填报表) written into the ledger by `reform import`. */
export const importRecord = entry({
  return: text('报表标识', '进展填报表的唯一标识：单位、月份、导出时的台账版本和导出时间'),
  unit: text('填报单位', '报送该表的单位'),
  month: meta(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), '填报月份', '报表所属月份，YYYY-MM'),
  revision: text('台账版本', '导出时台账的 git 版本（不在 git 中时为内容摘要）'),
  on: date('导入日期', '报表写入台账的日期'),
  file: text('文件名', '导入的文件名').optional(),
  notes: meta(z.int().min(0), '新增进展', '写入的进展条数'),
  nodes: meta(z.int().min(0), '完成节点', '写入完成日期的节点数'),
  completed: meta(z.int().min(0), '办结事项', '写入完成日期的事项数'),
}).meta({ title: '报表导入记录', description: '一份已导入台账的进展填报表' });

export const importsFile = z
  .strictObject({
    imports: meta(z.array(importRecord), '报表导入记录', '已导入的进展填报表').nullable().optional(),
  })
  .meta({ title: '报表导入记录', description: '进展填报表导入记录 imports.yaml（由 reform import 写入）' });

export type ImportRecord = z.infer<typeof importRecord>;
