// The wording of `reform remind`, Chinese and English side by side.
import { messages } from '../../i18n/index.js';
import type { Level } from '../../schema/index.js';
import type { LedgerName } from '../../domain/delay.js';
import type { ReminderRow, UpcomingRow } from '../../domain/reminders.js';

export const RM = messages({
  phone: { zh: '电话提醒', en: 'phone' },
  written: { zh: '书面提醒', en: 'written' },
  onsite: { zh: '现场提醒', en: 'on-site' },
  circular: { zh: '通报提醒', en: 'circular' },
  interview: { zh: '约谈提醒', en: 'interview' },
  tasks: { zh: '改革任务', en: 'task' },
  pilots: { zh: '改革试点', en: 'pilot' },
  problems: { zh: '整改问题', en: 'problem' },

  title: { zh: '五级提醒 · {date} · {office}', en: 'Five-level reminders · {date} · {office}' },
  totals: {
    zh: '提醒 {all} 项（今日新提醒 {fresh} 项，仍在催办 {old} 项）；提前预告 {upcoming} 项',
    en: '{all} reminders ({fresh} new today, {old} still being chased); {upcoming} advance notices',
  },
  workdays: {
    zh: '塌进度天数按工作日计（法定节假日和调休）',
    en: 'days behind are counted in working days (statutory holidays and make-up days)',
  },
  filters: { zh: '筛选：{list}', en: 'filters: {list}' },
  filterUnit: { zh: '单位 {unit}', en: 'unit {unit}' },
  filterLevel: { zh: '{level}及以上', en: '{level} and above' },
  filterNew: { zh: '仅新提醒', en: 'new only' },
  sectionNew: { zh: '一、今日新提醒（{n} 项）', en: '1. New reminders today ({n})' },
  sectionOld: { zh: '二、仍在催办（{n} 项）', en: '2. Still being chased ({n})' },
  sectionUpcoming: {
    zh: '三、提前预告（{n} 项，{days} 天内到期的节点）',
    en: '3. Advance notices ({n}: nodes due within {days} days)',
  },
  none: { zh: '（无）', en: '(none)' },
  nothing: { zh: '今日没有需要催办或预告的事项。', en: 'nothing to chase or announce today.' },
  issuer: { zh: '交办：{issuer}', en: 'assigned by {issuer}' },
  contact: { zh: '联络人：{name} {phone}', en: 'contact: {name} {phone}' },
  noContact: { zh: '未登记联络人', en: 'no contact on file' },

  colLevel: { zh: '级别', en: 'level' },
  colItem: { zh: '编号', en: 'id' },
  colTitle: { zh: '事项', en: 'item' },
  colNode: { zh: '节点', en: 'node' },
  colDue: { zh: '时限', en: 'due' },
  colDays: { zh: '塌进度', en: 'behind' },
  colLeft: { zh: '剩余', en: 'left' },
  colUnit: { zh: '单位', en: 'unit' },
  colIssuer: { zh: '交办主体', en: 'assigned by' },
  colNew: { zh: '新提醒', en: 'new' },
  colLedger: { zh: '台账', en: 'ledger' },
  colKind: { zh: '类别', en: 'kind' },
  colContact: { zh: '联络人', en: 'contact' },
  colPhone: { zh: '电话', en: 'phone' },
  kindReminder: { zh: '提醒', en: 'reminder' },
  kindUpcoming: { zh: '预告', en: 'advance notice' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  days: { zh: '{n} 天', en: '{n} d' },
  workdaysN: { zh: '{n} 个工作日', en: '{n} working d' },
  dueToday: { zh: '今日到期', en: 'due today' },
  newMark: { zh: '新', en: 'new' },

  recorded: {
    zh: '已在 {file} 记录 {n} 条催办记录（经办人：{by}）。',
    en: 'recorded {n} reminders in {file} (by {by}).',
  },
  recordedNone: {
    zh: '没有需要记录的新提醒（今日已记录或无新提醒）。',
    en: 'no new reminders to record (already recorded today, or none).',
  },
  recordFuture: {
    zh: '不能以将来的日期 {date} 记录催办（今天是 {today}）',
    en: 'cannot record reminders dated {date}, after today ({today})',
  },
  byUnknown: { zh: '未署名', en: 'unsigned' },

  badDate: {
    zh: '日期 {value} 无效：应为 YYYY-MM-DD 格式的真实日期，如 2026-11-20',
    en: 'invalid date {value}: expected a real date YYYY-MM-DD, such as 2026-11-20',
  },
  unknownUnit: {
    zh: '单位 {value} 不在 units.yaml 中（可写全称或简称）{suggest}',
    en: 'unit {value} is not in units.yaml (give its name or an alias){suggest}',
  },
  suggest: { zh: '，是否为 {name}？', en: '; did you mean {name}?' },
  unknownLevel: {
    zh: '提醒级别 {value} 无效：应为 phone（电话）、written（书面）、onsite（现场）、circular（通报）或 interview（约谈）',
    en: 'invalid level {value}: expected phone, written, onsite, circular or interview',
  },
  brokenLedger: {
    zh: '台账未通过 reform check（{n} 个错误），不能据此提醒；请先运行 reform check --ledgers {dir} 查看并修正。',
    en: 'the ledgers fail reform check ({n} errors), so no reminders were made; run reform check --ledgers {dir} for details.',
  },
  uncovered: {
    zh: '提示：节假日数据未覆盖 {years} 年（数据包覆盖 {from}–{to} 年），这些年份只按周末计算工作日；可在 policy.yaml 的 calendar 中补充。',
    en: 'note: no holiday data for {years} (the package covers {from}–{to}); those years are counted with weekends only. Add them under calendar in policy.yaml.',
  },
  badCalendar: {
    zh: 'policy.yaml 的 calendar 有误：{reason}',
    en: 'calendar in policy.yaml is wrong: {reason}',
  },
  recordFailed: {
    zh: '无法写入 {file}：{reason}（催办记录未改动）',
    en: 'cannot write {file}: {reason} (the reminder log is unchanged)',
  },
});

export function levelName(level: Level): string {
  return RM[level]();
}

export function ledgerName(ledger: LedgerName): string {
  return RM[ledger]();
}

export function daysText(n: number, workdays: boolean): string {
  return workdays ? RM.workdaysN({ n }) : RM.days({ n });
}

export function leftText(n: number): string {
  return n === 0 ? RM.dueToday() : RM.days({ n });
}

/** The row of a reminder or an advance notice as the clerk reads it. */
export type AnyRow = ReminderRow | UpcomingRow;
