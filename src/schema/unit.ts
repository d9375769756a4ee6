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
  addressee: text(
    '主送机关',
    '公文主送的机关，如 南山县委改革办；缺省：县区为“名称+委改革办”，其他单位为单位名称',
  ).optional(),
  address_as: text('称谓', '公文正文中对该单位的称呼：你单位、你县、你区等；缺省按单位名称推断').optional(),
  doc_prefix: text(
    '发文字号前缀',
    '专项小组办公室自行发文时文号中〔年份〕之前的部分，如 云社改组办；缺省时文号前缀留空由文秘填写',
  ).optional(),
  contact: entry({
    name: text('联络人', '联络人姓名'),
    phone: meta(z.string().regex(/^[0-9+()\- ]{5,20}$/), '电话', '联系电话（座机或手机）'),
    mobile: meta(
      z.string().regex(/^(\+?86[- ]?)?1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}$/),
      '手机',
      '联络人手机号码，短信提醒发往此号码',
    ).optional(),
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
