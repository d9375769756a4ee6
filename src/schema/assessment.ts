// The year-end assessment rules (考核办法及评分细则) in policy.yaml under `assessment:`. Every
// number is the office's own: nothing here has a default score. A rule that is left out is not
// applied. docs/reference/assess.md shows a complete example (the sample ledgers' rule set).
import * as z from 'zod';
import { entry, meta, nonBlank } from './common.js';

const points = (title: string, description: string) => meta(z.number().min(0).max(1000), title, description);

export const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof GRADES)[number];

export const EXCLUSIONS = ['suspended', 'withdrawn', 'carried_over'] as const;

export const DEDUCTION_RULES = [
  'late_node',
  'open_node',
  'reminder',
  'circular',
  'interview',
  'unapproved_postponement',
  'deleted_item',
  'problem_late',
  'problem_open',
  'pilot_over_term',
] as const;
export const ADDITION_RULES = ['promoted', 'early'] as const;
export type DeductionRule = (typeof DEDUCTION_RULES)[number];
export type AdditionRule = (typeof ADDITION_RULES)[number];
export type RuleKind = DeductionRule | AdditionRule;

const byLevel = (title: string, description: string) =>
  entry({
    phone: points('电话提醒', '电话提醒级每项扣分').optional(),
    written: points('书面提醒', '书面提醒级每项扣分').optional(),
    onsite: points('现场提醒', '现场提醒级每项扣分').optional(),
    circular: points('通报提醒', '通报提醒级每项扣分').optional(),
  }).meta({ title, description });

const byPilotLevel = (title: string, description: string) =>
  entry({
    national: points('国家级推广', '经验被国家层面推广，每项加分').optional(),
    provincial: points('省级推广', '经验被省级推广，每项加分').optional(),
    municipal: points('市级推广', '经验被市级推广，每项加分').optional(),
  }).meta({ title, description });

export const assessment = entry({
  base: points('基础分', '每个被考核单位的基础分，如 100'),
  units: meta(
    z.array(z.enum(['department', 'county'])).min(1),
    '考核对象',
    '参加考核的单位类别：department 市级部门，county 县（市、区）；专项小组另行按所属任务考核',
  ).optional(),
  deductions: entry({
    late_node: points('节点逾期完成', '关键节点（含任务办结）逾期完成，每个节点扣分').optional(),
    open_node: points('节点逾期未完成', '截至考核日已过时限仍未完成的节点，每个节点扣分').optional(),
    reminder: byLevel('提醒级别', '事项连续塌进度达到的最高提醒级别，每次滞后按级别扣分').optional(),
    circular: points('通报', '领导小组（改革委员会）决定通报，每次扣分').optional(),
    interview: points('约谈', '领导小组（改革委员会）决定约谈，每次扣分').optional(),
    unapproved_postponement: points(
      '未经批准延期',
      '与年初批准的清单相比，时限未经批准后移，每处扣分',
    ).optional(),
    deleted_item: points('擅自删除事项', '年初批准清单中的事项被删除（未经批准撤销），每项扣分').optional(),
    problem_late: points('问题逾期整改', '问题整改完成晚于整改时限，每项扣分').optional(),
    problem_open: points('问题逾期未整改', '截至考核日已过整改时限仍未整改，每项扣分').optional(),
    pilot_over_term: points('试点超期', '试点期满仍未完成（未调出），每项扣分').optional(),
  })
    .meta({ title: '扣分项', description: '每类扣分的分值（正数，计分时扣减）；不写的项不扣分' })
    .optional(),
  additions: entry({
    promoted: byPilotLevel(
      '试点经验推广',
      '试点经验被上级推广，按推广层级每次加分（推广主体名称含“国家/国务院/中央”为国家级，含“省”为省级，其余为市级）',
    ).optional(),
    early: points('提前完成', '任务或试点提前完成，每项加分').optional(),
    early_days: meta(
      z.int().min(1).max(365),
      '提前天数',
      '比完成时限至少提前多少天算提前完成（默认 1）',
    ).optional(),
  })
    .meta({ title: '加分项', description: '每类加分的分值；不写的项不加分' })
    .optional(),
  caps: entry({
    deductions: points('扣分上限', '每个单位全年扣分合计上限').optional(),
    additions: points('加分上限', '每个单位全年加分合计上限').optional(),
    per_rule: meta(
      z.partialRecord(z.enum([...DEDUCTION_RULES, ...ADDITION_RULES]), z.number().min(0).max(1000)),
      '分项上限',
      '每个单位每类扣分或加分的上限，如 late_node: 10',
    ).optional(),
  })
    .meta({ title: '上限', description: '扣分、加分的上限；超出部分作为单独一条“封顶”记录冲回' })
    .optional(),
  sharing: entry({
    mode: meta(z.enum(['lead', 'shared']), '计分对象', 'lead 只计牵头单位；shared 责任单位按权重分担'),
    weight: meta(
      z.number().min(0).max(1),
      '分担权重',
      '责任单位按牵头单位分值的多少倍计分，如 0.5',
    ).optional(),
  })
    .meta({ title: '分担规则', description: '事项的扣分、加分计给谁' })
    .optional(),
  exclude: meta(
    z.array(z.enum(EXCLUSIONS)),
    '不计分事项',
    'suspended 经批准暂缓，withdrawn 经批准撤销或调出，carried_over 因客观原因结转下年',
  ).optional(),
  exclude_items: meta(z.array(nonBlank()), '不计分编号', '经研究决定不纳入考核的事项编号').optional(),
  grades: entry({
    excellent: points('优秀', '得分不低于该值为优秀'),
    good: points('良好', '得分不低于该值为良好'),
    fair: points('一般', '得分不低于该值为一般；更低为较差'),
  }).meta({ title: '等次', description: '按得分划分 优秀/良好/一般/较差 四个等次' }),
  excellent_quota: meta(
    z.number().gt(0).max(1),
    '优秀比例',
    '优秀等次不超过被考核单位总数的比例（向下取整，至少 1 个），如 0.3；超出的按名次降为良好',
  ).optional(),
  named: entry({
    grades: meta(
      z.array(z.enum(GRADES)).min(1),
      '点名等次',
      '评为这些等次的单位点名通报，如 [poor]',
    ).optional(),
    deductions_over: meta(z.int().min(0), '扣分条数', '扣分记录超过该条数的单位点名通报').optional(),
  })
    .meta({ title: '点名通报', description: '在年度改革绩效目标考核中扣分多、工作不达标的单位点名通报' })
    .optional(),
})
  .refine((a) => a.grades.excellent >= a.grades.good && a.grades.good >= a.grades.fair, {
    message: '等次分数线应满足 优秀 ≥ 良好 ≥ 一般',
    path: ['grades'],
  })
  .meta({
    title: '考核办法及评分细则',
    description: '年终改革工作考核：基础分、扣分、加分、上限、等次和点名通报规则，全部由本改革办设定',
  });

export type Assessment = z.infer<typeof assessment>;
