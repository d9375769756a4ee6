import * as z from 'zod';
import { date, entry, meta, text } from './common.js';

import { LEVELS } from './kinds.js';

export { LEVELS, type Level } from './kinds.js';

export const reminder = entry({
  date: date('日期', '提醒日期'),
  item: text('事项编号', '被催办事项的编号'),
  level: meta(
    z.enum(LEVELS),
    '提醒级别',
    'phone 电话，written 书面，onsite 现场，circular 通报，interview 约谈',
  ),
  to: text('催办对象', '被催办的单位'),
  by: text('经办人', '发出提醒的人').optional(),
  note: text('备注', '说明').optional(),
}).meta({ title: '催办记录', description: '一条已发出的提醒' });

export const remindersFile = z
  .strictObject({ reminders: meta(z.array(reminder), '催办记录', '提醒日志').nullable().optional() })
  .meta({ title: '催办记录', description: '催办记录 reminders.yaml' });

export type Reminder = z.infer<typeof reminder>;
