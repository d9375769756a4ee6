// Building blocks shared by every ledger schema. Every field carries a Chinese title and
// description: they end up in the generated JSON Schemas that editors use to complete and
// validate as a clerk types.
import * as z from 'zod';

import { isOwnKey } from './kinds.js';

export { isOwnKey } from './kinds.js';

function withoutOwnKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  let has = false;
  for (const k in value) {
    if (isOwnKey(k)) {
      has = true;
      break;
    }
  }
  if (!has) return value;
  // Copied as own properties: a key such as `__proto__` must stay a (reported, unknown) key and
  // never become the copy's prototype.
  return Object.fromEntries(Object.entries(value).filter(([k]) => !isOwnKey(k)));
}

/**
 * A record whose unknown keys are errors (a typo such as `dealine` must not pass), except the
 * office's own `x_` keys. The generated JSON Schema says the same with `patternProperties`.
 */
export function entry<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.preprocess(withoutOwnKeys, z.strictObject(shape));
}

export function meta<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description }) as T;
}

/** An id; `constructor` and `prototype` (names JavaScript objects already carry) are refused. */
export const ID_PATTERN = /^(?!(?:constructor|prototype)$)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

/**
 * Names that JavaScript objects already carry (`__proto__`, `constructor`, `prototype`): refused
 * as ids and unit names, which the tool uses to look things up.
 */
export const NOT_RESERVED = /^(?!(?:__proto__|constructor|prototype)$)/;

export const id = (title: string, description: string) =>
  meta(z.string().max(40).regex(ID_PATTERN), title, description);

/** A unit's own name or alias (in units.yaml): not blank, and not a reserved name. */
export const definedName = () => nonBlank().regex(NOT_RESERVED);

export const date = (title: string, description: string) => meta(z.iso.date(), title, description);

/** A string with something other than spaces in it (kept as written: no trimming, no copy). */
export const nonBlank = () => z.string().min(1).regex(/\S/);

export const text = (title: string, description: string) => meta(nonBlank(), title, description);

export const textList = (title: string, description: string) => meta(z.array(nonBlank()), title, description);

export const evidence = (
  title = '佐证材料',
  description = '证明已完成的文件、文号或材料名称；可写一项或列表',
) => meta(z.union([nonBlank(), z.array(nonBlank()).min(1)]), title, description);

export const milestone = entry({
  name: text('节点名称', '关键节点，如 上报方案、文件出台、启动实施、任务办结'),
  due: date('节点时限', '该节点应完成的日期，YYYY-MM-DD'),
  done_on: date('完成日期', '该节点实际完成的日期，YYYY-MM-DD').optional(),
  evidence: evidence().optional(),
}).meta({ title: '关键节点', description: '任务或试点的关键节点' });

export const progressNote = entry({
  date: date('日期', '进展报送日期，YYYY-MM-DD'),
  note: text('进展情况', '本期工作进展'),
}).meta({ title: '工作进展', description: '一条进展记录' });

export const decision = (title: string, description: string) =>
  entry({
    on: date('日期', '决定日期，YYYY-MM-DD'),
    reason: text('原因', '原因说明'),
    approved_by: text('批准主体', '批准该决定的领导或机构'),
  }).meta({ title, description });

export const adjustment = entry({
  on: date('调整日期', '批准调整的日期，YYYY-MM-DD'),
  field: meta(
    z.string().regex(/^(deadline|start|end|milestones\..+)$/),
    '调整字段',
    '被调整的字段：deadline、start、end，或 milestones.节点名称（该节点的时限）',
  ),
  from: text('原值', '调整前的值'),
  to: text('新值', '调整后的值'),
  approved_by: text('批准主体', '批准调整的领导或机构'),
  ref: text('批准文号', '批准文件或会议纪要的文号').optional(),
}).meta({ title: '调整记录', description: '经批准的时限或内容调整' });

export const escalation = entry({
  level: meta(z.enum(['interview', 'circular']), '升级类别', 'interview 约谈，circular 通报'),
  decided_on: date('决定日期', '领导小组作出决定的日期'),
  by: text('决定主体', '作出决定的机构'),
  reason: text('事由', '约谈或通报的事由'),
  held_on: date('实施日期', '约谈已实施（或通报已印发）的日期').optional(),
}).meta({ title: '约谈/通报决定', description: '领导小组作出的约谈或通报决定' });

export const unitName = (title: string, description: string) => text(title, description);
