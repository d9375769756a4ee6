import * as z from 'zod';
import { definedName, entry, meta, text } from './common.js';

export const UNIT_KINDS = ['office', 'group', 'department', 'county'] as const;

export const unit = entry({
  name: meta(definedName(), '单位名称', '单位全称，台账中引用此名称'),
  kind: meta(
    z.enum(UNIT_KINDS),
    '类别',
    'office 改革办，group 专项小组，department 部门，county 县（市、区）',
  ),
  aliases: meta(z.array(definedName()), '简称', '单位的简称或旧称').optional(),
  contact: entry({
    name: text('联络人', '联络人姓名'),
    phone: meta(z.string().regex(/^[0-9+()\- ]{5,20}$/), '电话', '联系电话'),
  })
    .meta({ title: '联络人', description: '单位联络人' })
    .optional(),
}).meta({ title: '单位', description: '改革办、专项小组、部门或县区' });

export const leader = entry({
  name: text('姓名', '领导姓名'),
  title: text('职务', '领导职务').optional(),
}).meta({ title: '领导', description: '牵头领导' });

export const unitsFile = z
  .strictObject({
    units: meta(z.array(unit), '单位', '单位列表').nullable().optional(),
    leaders: meta(z.array(leader), '领导', '牵头领导列表').nullable().optional(),
  })
  .meta({ title: '单位名录', description: '单位与领导名录 units.yaml' });

export type Unit = z.infer<typeof unit>;
export type Leader = z.infer<typeof leader>;
