import * as z from 'zod';
import { entry, meta, nonBlank, text } from './common.js';
import { isValidTimeZone } from '../domain/dates.js';
import { assessment } from './assessment.js';

const days = (title: string, description: string) => meta(z.int().min(1).max(3650), title, description);

export const policyFile = entry({
  office: text('改革办名称', '本改革办的简称，默认的交办主体，如 市委改革办').default('市委改革办'),
  office_full: text(
    '改革办全称',
    '公文落款用的全称，如 中共云岭市委全面深化改革委员会办公室；缺省用 office',
  ).optional(),
  committee: text(
    '决策机构',
    '研究决定通报、约谈的机构，如 市委全面深化改革委员会；缺省为 市委全面深化改革委员会',
  ).optional(),
  doc_prefix: text('发文字号前缀', '文号中〔年份〕之前的部分，如 云改办督；缺省用 office').optional(),
  cc: meta(z.array(nonBlank()), '抄送', '公文默认的抄送机关，如 市委督查室').optional(),
  contact: entry({
    name: text('联系人', '公文所列联系人姓名'),
    phone: meta(z.string().regex(/^[0-9+()\- ]{5,20}$/), '联系电话', '公文所列联系电话'),
  })
    .meta({
      title: '公文联系人',
      description: '公文末尾的联系人和电话；缺省用 units.yaml 中改革办（kind: office）的联络人',
    })
    .optional(),
  timezone: meta(
    z.string().min(1).refine(isValidTimeZone),
    '时区',
    'IANA 时区名，决定“今天”是哪一天',
  ).default('Asia/Shanghai'),
  bands: entry({
    phone: days('电话提醒', '连续塌进度达到该天数起电话提醒'),
    written: days('书面提醒', '达到该天数起书面提醒'),
    onsite: days('现场提醒', '达到该天数起现场提醒'),
    circular: days('通报提醒', '达到该天数起通报提醒'),
  })
    .meta({ title: '提醒档次', description: '各级提醒的起始天数（含）' })
    .default({ phone: 15, written: 31, onsite: 46, circular: 61 }),
  prewarn_days: meta(z.int().min(0).max(365), '提前预告天数', '关键节点前多少天发出预告提醒').default(7),
  pilot: entry({
    usual_years: meta(z.number().positive().max(10), '一般期限', '试点一般期限（年）'),
    max_years: meta(z.number().positive().max(10), '最长期限', '试点最长期限（年）'),
  })
    .meta({ title: '试点期限', description: '试点期限规则' })
    .default({ usual_years: 1, max_years: 2 }),
  day_count: meta(
    z.enum(['calendar', 'workdays']),
    '计日方式',
    'calendar 自然日，workdays 工作日（按国家法定节假日和调休）',
  ).default('calendar'),
  returns_day: meta(
    z.int().min(1).max(23),
    '进展报送日',
    '各单位每月第几个工作日前报送本月进展（进展填报表）；过了这一天仍无本月进展的单位列为“本月未报送进展”',
  ).default(5),
  calendar: entry({
    holidays: meta(z.array(z.iso.date()), '补充节假日', '数据包之外的放假日期').optional(),
    workdays: meta(z.array(z.iso.date()), '补充调休上班日', '数据包之外的调休上班日期').optional(),
  })
    .meta({ title: '节假日补充', description: '补充或更正节假日数据' })
    .optional(),
  interview: entry({
    circular_items: meta(z.int().min(1), '通报级事项数', '一个单位达到通报级的事项数达到该值，建议约谈'),
    escalations: meta(z.int().min(1), '升级次数', '一个单位被决定约谈或通报的次数达到该值，建议约谈'),
  })
    .meta({ title: '约谈建议阈值', description: '季度报告中建议约谈的阈值' })
    .default({ circular_items: 2, escalations: 2 }),
  assessment: assessment.optional(),
}).meta({ title: '改革办规则', description: '改革办的规则 policy.yaml（缺省按昆明市五级提醒办法）' });

export type Policy = z.infer<typeof policyFile>;
