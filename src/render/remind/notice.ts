// `reform remind --format notice`: drafts ready to send. For items at written level and above, a
// written urging notice (催办通知) from the issuer to each unit; for phone level, a short message
// to each unit's contact.
import { getLang, messages } from '../../i18n/index.js';
import type { Policy } from '../../schema/index.js';
import {
  groupRows,
  levelRank,
  type Contact,
  type RemindResult,
  type ReminderRow,
} from '../../domain/reminders.js';
import { levelName } from './messages.js';
import { displayWidth } from '../common/width.js';

/** Quotation marks inside a quoted title become single ones (“深化‘一网通办’改革”), as in official texts. */
export function inner(title: string): string {
  return title.replace(/“/g, '‘').replace(/”/g, '’');
}

const N = messages({
  noticesHead: { zh: '════ 书面催办通知（{n} 份） ════', en: '════ Written urging notices ({n}) ════' },
  smsHead: { zh: '════ 电话提醒短信（{n} 条） ════', en: '════ Phone reminder messages ({n}) ════' },
  none: { zh: '（无）', en: '(none)' },
  separator: {
    zh: '────────────────────────────────────────',
    en: '────────────────────────────────────────',
  },
  noticeTitle: {
    zh: '关于加快推进改革事项落实的催办通知',
    en: 'Notice urging the implementation of reform items',
  },
  salutation: { zh: '{unit}：', en: 'To {unit}:' },
  opening: {
    zh: '按照“谁交办、谁催办”原则和改革督察五级提醒制度，经对照台账核查，截至{date}，你单位牵头（负责）的下列{n}项改革事项未按规定时限完成，已连续塌进度：',
    en: 'Under the principle that whoever assigns a task chases it, and the five-level reminder rules, a check against the ledgers shows that as of {date} the following {n} items led by your unit are behind schedule:',
  },
  itemTask: {
    zh: '改革任务“{title}”（{id}）：关键节点“{node}”应于{due}前完成，至今未完成，已连续塌进度{days}，列为{level}。',
    en: 'task "{title}" ({id}): milestone "{node}" was due {due} and is not done; {days} behind, level: {level}.',
  },
  itemPilot: {
    zh: '改革试点“{title}”（{id}）：节点“{node}”应于{due}前完成，至今未完成，已连续塌进度{days}，列为{level}。',
    en: 'pilot "{title}" ({id}): node "{node}" was due {due} and is not done; {days} behind, level: {level}.',
  },
  itemProblem: {
    zh: '整改问题“{title}”（{id}）：整改时限为{due}，至今未完成整改，已连续塌进度{days}，列为{level}。',
    en: 'problem "{title}" ({id}): rectification was due {due} and is not done; {days} behind, level: {level}.',
  },
  itemInterview: {
    zh: '“{title}”（{id}）：{by}已决定就该事项约谈你单位主要负责人。',
    en: '"{title}" ({id}): {by} has decided to summon your unit\'s head over this item.',
  },
  interviewTail: {
    zh: '{by}已决定就该事项约谈你单位主要负责人。',
    en: " {by} has decided to summon your unit's head over this item.",
  },
  days: { zh: '{n}天', en: '{n} days' },
  workdays: { zh: '{n}个工作日', en: '{n} working days' },
  request: {
    zh: '请你单位高度重视，认真分析滞后原因，采取有力措施加快推进，并于收到本通知后5个工作日内将推进情况、滞后原因及下一步工作措施书面报送{office}。',
    en: 'Please give this your full attention, analyse the causes of the delay, take effective measures, and within 5 working days of receiving this notice report in writing to {office} on progress, the causes of the delay and your next steps.',
  },
  onsite: {
    zh: '对连续塌进度超过{days}天的事项，{office}将采取召开会议或上门督办的形式进行现场催办。',
    en: 'For items more than {days} days behind, {office} will urge on site, by meeting or visit.',
  },
  circular: {
    zh: '对连续塌进度超过{days}天的事项，将按程序报请确认后在一定范围内予以通报。',
    en: 'Items more than {days} days behind will, once confirmed through the proper procedure, be named in a circular.',
  },
  interview: {
    zh: '对已决定约谈的事项，请做好约谈准备。',
    en: 'For the items where a summons has been decided, please prepare for it.',
  },
  closing: { zh: '特此通知。', en: '' },
  contactLine: { zh: '联系人：{name}，电话：{phone}', en: 'Contact: {name}, tel. {phone}' },
  smsTo: { zh: '发送对象：{unit} {who}', en: 'To: {unit} {who}' },
  smsNoContact: {
    zh: '（未登记联络人，请在 units.yaml 中补充）',
    en: '(no contact on file: add one in units.yaml)',
  },
  smsGreeting: { zh: '【{issuer}】{name}同志：您好！', en: '[{issuer}] Dear {name}: ' },
  smsGreetingAnon: { zh: '【{issuer}】', en: '[{issuer}] ' },
  smsOne: {
    zh: '你单位牵头的“{title}”（{id}）“{node}”节点时限为{due}，已连续塌进度{days}。',
    en: '"{title}" ({id}), led by your unit: "{node}" was due {due} and is {days} behind.',
  },
  smsMany: {
    zh: '你单位牵头的以下事项已塌进度：{list}。',
    en: 'these items led by your unit are behind: {list}.',
  },
  smsItem: {
    zh: '“{title}”（{id}）“{node}”节点时限{due}，塌进度{days}',
    en: '"{title}" ({id}) "{node}" due {due}, {days} behind',
  },
  smsEnd: {
    zh: '请抓紧推进，并及时报送进展情况。{contact}',
    en: 'Please speed up and report progress promptly.{contact}',
  },
  smsContact: { zh: '联系人：{name} {phone}', en: ' Contact: {name} {phone}' },
});

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
    level: levelName(r.level),
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
  return out.join('\n');
}
