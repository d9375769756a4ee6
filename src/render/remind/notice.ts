// `reform remind --format notice`: drafts ready to send. For items at written level and above, a
// written urging notice (催办通知) from the issuer to each unit; for phone level, a short message
// to each unit's contact.
import { getLang, messagesOf } from '../../i18n/index.js';
import type { Policy } from '../../schema/index.js';
import {
  groupRows,
  levelRank,
  type Contact,
  type RemindResult,
  type ReminderRow,
} from '../../domain/reminders.js';
import type { UnreportedUnit } from '../../domain/unreported.js';
import { rowLevelName } from './messages.js';
import { displayWidth } from '../common/width.js';

/** Quotation marks inside a quoted title become single ones (“深化‘一网通办’改革”), as in official texts. */
export function inner(title: string): string {
  return title.replace(/“/g, '‘').replace(/”/g, '’');
}

const N = messagesOf('remindNotice');

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一, 二, … 九十九 (list numbering in official documents). */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  if (n < 20) return '十' + NUMERALS[n - 11]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (n < 100) return NUMERALS[tens - 1]! + '十' + (ones ? NUMERALS[ones - 1]! : '');
  return String(n);
}

/** 2026-11-20 → 2026年11月20日 (English: 2026-11-20). */
export function longDate(date: string): string {
  if (getLang() === 'en') return date;
  return `${+date.slice(0, 4)}年${+date.slice(5, 7)}月${+date.slice(8, 10)}日`;
}

/** 2026-08-01 → 8月1日 within the same year as `ref`, else the long form. */
function shortDate(date: string, ref: string): string {
  if (getLang() === 'en' || date.slice(0, 4) !== ref.slice(0, 4)) return longDate(date);
  return `${+date.slice(5, 7)}月${+date.slice(8, 10)}日`;
}

function daysOf(r: ReminderRow, workdays: boolean): string {
  return workdays ? N.workdays({ n: r.daysBehind }) : N.days({ n: r.daysBehind });
}

function interviewBy(r: ReminderRow, date: string): string {
  let by = '';
  for (const e of r.status.entry.escalations ?? [])
    if (e.level === 'interview' && e.decided_on <= date) by = e.by;
  return by;
}

function itemSentence(r: ReminderRow, res: RemindResult): string {
  if (r.level === 'interview' && !r.daysBehind) {
    return N.itemInterview({ title: inner(r.title), id: r.item, by: interviewBy(r, res.date) });
  }
  const p = {
    title: inner(r.title),
    id: r.item,
    node: r.node?.name ?? '',
    due: longDate(r.node?.due ?? res.date),
    days: daysOf(r, res.workdays),
    level: rowLevelName(r),
  };
  const main =
    r.ledger === 'problems' ? N.itemProblem(p) : r.ledger === 'pilots' ? N.itemPilot(p) : N.itemTask(p);
  return r.level === 'interview' ? main + N.interviewTail({ by: interviewBy(r, res.date) }) : main;
}

function indentPara(s: string): string {
  return getLang() === 'en' ? s : `　　${s}`;
}

function writtenNotice(
  issuer: string,
  unit: string,
  rows: readonly ReminderRow[],
  res: RemindResult,
  bands: Policy['bands'],
): string {
  const out: string[] = [N.noticeTitle(), '', N.salutation({ unit }), ''];
  out.push(indentPara(N.opening({ date: longDate(res.date), n: rows.length })));
  rows.forEach((r, i) => {
    const num = getLang() === 'en' ? `${i + 1}. ` : `${chineseNumber(i + 1)}、`;
    out.push(indentPara(num + itemSentence(r, res)));
  });
  out.push(indentPara(N.request({ office: issuer })));
  const has = (l: ReminderRow['level']) => rows.some((r) => r.level === l);
  if (has('onsite')) out.push(indentPara(N.onsite({ days: bands.onsite - 1, office: issuer })));
  if (has('circular')) out.push(indentPara(N.circular({ days: bands.circular - 1 })));
  if (has('interview')) out.push(indentPara(N.interview()));
  const closing = N.closing();
  if (closing) out.push(indentPara(closing));
  out.push('');
  if (issuer === res.office && res.officeContact)
    out.push(N.contactLine({ name: res.officeContact.name, phone: res.officeContact.phone }), '');
  out.push(signature(issuer), signature(longDate(res.date)));
  return out.join('\n');
}

/** Right-aligned signature lines, as on a printed notice. */
function signature(s: string): string {
  return getLang() === 'en' ? s : ' '.repeat(Math.max(0, 40 - displayWidth(s))) + s;
}

function shortMessage(
  issuer: string,
  unit: string,
  contact: Contact | undefined,
  rows: readonly ReminderRow[],
  res: RemindResult,
): string {
  const who = contact ? `${contact.name} ${contact.phone}` : N.smsNoContact();
  const greeting = contact ? N.smsGreeting({ issuer, name: contact.name }) : N.smsGreetingAnon({ issuer });
  const p = (r: ReminderRow) => ({
    title: inner(r.title),
    id: r.item,
    node: r.node?.name ?? '',
    due: shortDate(r.node?.due ?? res.date, res.date),
    days: daysOf(r, res.workdays),
  });
  const body =
    rows.length === 1
      ? N.smsOne(p(rows[0]!))
      : N.smsMany({ list: rows.map((r) => N.smsItem(p(r))).join(getLang() === 'en' ? '; ' : '；') });
  const back =
    issuer === res.office && res.officeContact
      ? N.smsContact({ name: res.officeContact.name, phone: res.officeContact.phone })
      : '';
  return [N.smsTo({ unit, who }), greeting + body + N.smsEnd({ contact: back })].join('\n');
}

/** A message to a unit that has not reported this month's progress, from the office. */
function unreportedMessage(u: UnreportedUnit, res: RemindResult): string {
  const late = res.unreported!;
  const who = u.contact ? `${u.contact.name} ${u.contact.phone}` : N.smsNoContact();
  const greeting = u.contact
    ? N.smsGreeting({ issuer: res.office, name: u.contact.name })
    : N.smsGreetingAnon({ issuer: res.office });
  const list = u.items
    .map((i) => N.unreportedItem({ title: inner(i.title), id: i.item }))
    .join(getLang() === 'en' ? ', ' : '、');
  const month = getLang() === 'en' ? late.month : `${+late.month.slice(5, 7)}月`;
  const body = N.unreportedSms({ month, dueBy: shortDate(late.dueBy, res.date), list, n: u.items.length });
  const back = res.officeContact
    ? N.smsContact({ name: res.officeContact.name, phone: res.officeContact.phone })
    : '';
  return [N.smsTo({ unit: u.unit, who }), greeting + body + back].join('\n');
}

export function renderRemindNotice(res: RemindResult, bands: Policy['bands']): string {
  const written = res.reminders.filter((r) => levelRank(r.level) >= levelRank('written'));
  const phone = res.reminders.filter((r) => r.level === 'phone');
  const notices: string[] = [];
  for (const g of groupRows(written))
    for (const u of g.units) notices.push(writtenNotice(g.issuer, u.unit, u.rows, res, bands));
  const sms: string[] = [];
  for (const g of groupRows(phone))
    for (const u of g.units) sms.push(shortMessage(g.issuer, u.unit, u.contact, u.rows, res));
  const out: string[] = [N.noticesHead({ n: notices.length }), ''];
  out.push(notices.length ? notices.join(`\n\n${N.separator()}\n\n`) : N.none(), '');
  out.push(N.smsHead({ n: sms.length }), '');
  out.push(sms.length ? sms.join('\n\n') : N.none(), '');
  if (res.unreported?.due) {
    const late = res.unreported;
    out.push(N.unreportedHead({ n: late.units.length, month: late.month }), '');
    const msgs = late.units.map((u) => unreportedMessage(u, res));
    out.push(msgs.length ? msgs.join('\n\n') : N.none(), '');
  }
  return out.join('\n');
}
