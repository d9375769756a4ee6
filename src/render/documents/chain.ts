// The urging chain as documents (公文), each produced only when its condition holds on the day:
//   prewarn   预告提醒短信        open nodes due within prewarn_days
//   phone     电话提醒 (script + SMS to mobiles only; "需电话联系" otherwise)   items at phone level
//   written   书面催办通知         tasks and pilots at written level, one per issuer and unit
//   onsite    现场督办通知         tasks and pilots at on-site or circular level
//   request   报请确认通报的请示   circular candidates (no confirmed decision), to the committee
//   circular  通报                 circulars decided and not yet issued
//   interview 约谈通知             interviews decided and not yet held, one per unit
//   rectify   整改督办通知         problems at written level or above, one per issuer and unit
// Group-issued documents are signed by the group's office with the group's contact. Pure: the day
// and the reply dates come from the caller.
import { messagesOf, t } from '../../i18n/index.js';
import type { Reminder, Unit } from '../../schema/index.js';
import type { ReminderRow, UpcomingRow } from '../../domain/reminders.js';
import { levelRank } from '../../domain/reminders.js';
import type { LedgerName } from '../../domain/delay.js';
import type { Problem } from '../../schema/index.js';
import { addressing, groupOffice, type OfficeIdentity, smsNumber } from '../../documents/identity.js';
import {
  chineseDate,
  docNumber,
  type DocBlock,
  type OfficialDocument,
  Outline,
  para,
} from '../../documents/model.js';
import { circularDecisionOf, isCircularCandidate } from '../../documents/circular-status.js';

const C = messagesOf('documentChain');

export const DOC_KINDS = [
  'prewarn',
  'phone',
  'written',
  'onsite',
  'request',
  'circular',
  'interview',
  'rectify',
] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface ChainInput {
  date: string;
  identity: OfficeIdentity;
  units: readonly Unit[];
  /** Every item at a level on the day (buildReminders), already filtered by unit if asked. */
  reminders: readonly ReminderRow[];
  upcoming: readonly UpcomingRow[];
  /** The reminder log, for document numbers already issued. */
  log: readonly Reminder[];
  bands: { phone: number; written: number; onsite: number; circular: number };
  prewarnDays: number;
  workdays: boolean;
  /** The reply date N working days after the day (the command knows the calendar). */
  replyBy: (workdays: number) => string;
  kinds?: readonly DocKind[];
}

interface Issuer {
  /** Short name used in sentences (市委改革办 / 文化体制改革专项小组办公室). */
  short: string;
  full: string;
  prefix?: string;
  contact?: { name: string; phone: string };
  cc: string[];
}

function issuerOf(name: string, inp: ChainInput): Issuer {
  const id = inp.identity;
  if (name === id.short) {
    const out: Issuer = { short: id.short, full: id.full, prefix: id.docPrefix, cc: id.cc };
    if (id.contact) out.contact = id.contact;
    return out;
  }
  const unit = inp.units.find((u) => u.name === name);
  const office = unit?.kind === 'group' ? groupOffice(name) : name;
  const out: Issuer = { short: office, full: office, cc: [id.short] };
  if (unit?.doc_prefix) out.prefix = unit.doc_prefix;
  if (unit?.contact) out.contact = { name: unit.contact.name, phone: unit.contact.phone };
  return out;
}

const KIND_OF: Record<LedgerName, () => string> = {
  tasks: () => C.kindTask(),
  pilots: () => C.kindPilot(),
  problems: () => C.kindProblem(),
};

function kindsOf(rows: readonly ReminderRow[]): string {
  const seen: LedgerName[] = [];
  for (const l of ['tasks', 'pilots', 'problems'] as const)
    if (rows.some((r) => r.ledger === l)) seen.push(l);
  return seen.map((l) => KIND_OF[l]()).join(C.kindsJoin());
}

function days(n: number, workdays: boolean): string {
  return workdays ? C.workdays({ n }) : C.days({ n });
}

function endSentence(s: string): string {
  return s && !/[。.！!]$/.test(s) ? `${s}。` : s;
}

function cd(date: string): string {
  return chineseDate(date);
}

/** Quotation marks inside a quoted title become single ones (“深化‘一网通办’改革”). */
function inner(title: string): string {
  return title.replace(/“/g, '‘').replace(/”/g, '’');
}

export function itemText(r: ReminderRow, inp: ChainInput): string {
  const p = {
    title: inner(r.title),
    id: r.item,
    node: r.node?.name ?? '',
    due: cd(r.node?.due ?? inp.date),
    days: days(r.daysBehind, inp.workdays),
  };
  if (r.ledger === 'problems') {
    const d = (r.status.entry as Problem).description?.trim() ?? '';
    return C.itemProblem({ ...p, description: d && !/[。.]$/.test(d) ? `${d}。` : d });
  }
  return r.ledger === 'pilots' ? C.itemPilot(p) : C.itemTask(p);
}

const NUMBER_RE = /[^\s（(《》:：，,]+〔\d{4}〕\d+号/;

/** A 文号 already logged for these items at this level on the day, else blank. */
function numberFor(rows: readonly ReminderRow[], level: string, inp: ChainInput, issuer: Issuer): string {
  const items = new Set(rows.map((r) => r.item));
  for (const e of inp.log) {
    if (e.date !== inp.date || e.level !== level || !items.has(e.item)) continue;
    const m = e.note?.match(NUMBER_RE);
    if (m) return m[0];
  }
  return docNumber(issuer.prefix ?? '', +inp.date.slice(0, 4));
}

function frame(
  kind: DocKind,
  issuer: Issuer,
  inp: ChainInput,
  fields: Pick<OfficialDocument, 'title' | 'addressees' | 'body'> & Partial<OfficialDocument>,
): OfficialDocument {
  return {
    kind,
    form: 'official',
    mark: issuer.full,
    appendices: [],
    signature: issuer.full,
    date: inp.date,
    notes: issuer.contact ? [C.contactNote(issuer.contact)] : [],
    cc: issuer.cc,
    ...fields,
  };
}

function byIssuerAndUnit<R extends { issuer: string; unit: string }>(
  rows: readonly R[],
): Map<string, Map<string, R[]>> {
  const out = new Map<string, Map<string, R[]>>();
  for (const r of rows) {
    let m = out.get(r.issuer);
    if (!m) out.set(r.issuer, (m = new Map()));
    let l = m.get(r.unit);
    if (!l) m.set(r.unit, (l = []));
    l.push(r);
  }
  return out;
}

function receipt(
  title: string,
  head: string[],
  rows: readonly ReminderRow[],
): OfficialDocument['appendices'][number] {
  return {
    title,
    body: [
      { kind: 'table', head, rows: rows.map((r) => [r.item, r.title, '', '', '']) },
      { kind: 'line', text: C.receiptSign() },
    ],
  };
}

function attendReceipt(title: string): OfficialDocument['appendices'][number] {
  return {
    title,
    body: [
      {
        kind: 'table',
        head: t().documentChain.attendHead,
        rows: [
          ['', '', ''],
          ['', '', ''],
          ['', '', ''],
        ],
      },
      { kind: 'line', text: C.receiptSign() },
    ],
  };
}

function unitInfo(name: string, inp: ChainInput) {
  return addressing(
    inp.units.find((u) => u.name === name),
    name,
  );
}

/** One document per issuer and unit, numbered from the log; `make` writes its title, body and appendices. */
function perUnit(
  inp: ChainInput,
  rows: readonly ReminderRow[],
  kind: DocKind,
  level: string,
  make: (
    unit: string,
    list: ReminderRow[],
    a: ReturnType<typeof unitInfo>,
    issuer: Issuer,
  ) => Pick<OfficialDocument, 'title' | 'body' | 'appendices'>,
): OfficialDocument[] {
  const out: OfficialDocument[] = [];
  for (const [iss, units] of byIssuerAndUnit(rows)) {
    const issuer = issuerOf(iss, inp);
    for (const [unit, list] of units) {
      const a = unitInfo(unit, inp);
      const number = numberFor(list, level, inp, issuer);
      out.push(
        frame(kind, issuer, inp, {
          number,
          addressees: [a.addressee],
          subject: unit,
          ...make(unit, list, a, issuer),
        }),
      );
    }
  }
  return out;
}

function written(inp: ChainInput, rows: readonly ReminderRow[]): OfficialDocument[] {
  return perUnit(inp, rows, 'written', 'written', (_unit, list, a, issuer) => {
    const o = new Outline();
    const kinds = kindsOf(list);
    const body: DocBlock[] = [
      para(
        C.writtenOpening({
          date: cd(inp.date),
          you: a.addressAs,
          n: list.length,
          kinds,
          days: inp.bands.written - 1,
        }),
      ),
      ...list.map((r) => o.item(1, itemText(r, inp))),
      para(C.writtenRequest({ you: a.addressAs, reply: cd(inp.replyBy(5)), office: issuer.short })),
      para(C.writtenNext({ days: inp.bands.onsite - 1, office: issuer.short })),
      para(C.closingNotice()),
    ];
    return {
      title: C.writtenTitle({ kinds }),
      body,
      appendices: [receipt(C.receiptTitle(), t().documentChain.receiptHead, list)],
    };
  });
}

function onsite(inp: ChainInput, rows: readonly ReminderRow[]): OfficialDocument[] {
  return perUnit(inp, rows, 'onsite', 'onsite', (_unit, list, a, issuer) => {
    const o = new Outline();
    const kinds = kindsOf(list);
    const items = new Outline();
    const body: DocBlock[] = [
      para(
        C.onsiteOpening({
          date: cd(inp.date),
          you: a.addressAs,
          n: list.length,
          kinds,
          days: inp.bands.onsite - 1,
        }),
      ),
      o.h1(C.onsiteItems()),
      ...list.map((r) =>
        items.item(
          3,
          itemText(r, inp) +
            (r.level === 'circular' && isCircularCandidate(r, inp.date)
              ? C.onsiteCandidate({ committee: inp.identity.committee })
              : ''),
        ),
      ),
      o.h1(C.onsiteWhen()),
      para(C.onsiteWhenText({ office: issuer.short, you: a.addressAs, blank: C.blankDate() })),
      o.h1(C.onsiteAsk()),
      para(C.onsiteAskText({ you: a.addressAs, reply: cd(inp.replyBy(3)) })),
      para(C.closingNotice()),
    ];
    return { title: C.onsiteTitle({ kinds }), body, appendices: [attendReceipt(C.onsiteReceiptTitle())] };
  });
}

function highestLogged(r: ReminderRow, inp: ChainInput): string {
  let best = -1;
  for (const e of inp.log)
    if (e.item === r.item && e.date <= inp.date && levelRank(e.level) > best && e.level !== 'circular')
      best = levelRank(e.level);
  if (best < 0) return '';
  const names = ['phone', 'written', 'onsite'];
  return t().documentChain.levelNames[names[Math.min(best, 2)]!] ?? '';
}

function request(inp: ChainInput, rows: readonly ReminderRow[]): OfficialDocument[] {
  if (!rows.length) return [];
  const issuer = issuerOf(inp.identity.short, inp);
  const o = new Outline();
  const body: DocBlock[] = [
    para(
      C.requestOpening({
        committee: inp.identity.committee,
        days: inp.bands.circular - 1,
        date: cd(inp.date),
        n: rows.length,
      }),
    ),
    ...rows.map((r) =>
      o.item(1, C.requestItem({ unit: r.unit, text: itemText(r, inp), level: highestLogged(r, inp) })),
    ),
    para(C.requestAsk({ scope: C.requestScope() })),
    para(C.requestEnd()),
  ];
  return [
    frame('request', issuer, inp, {
      number: docNumber(issuer.prefix ?? '', +inp.date.slice(0, 4)),
      signer: C.blankSigner(),
      title: C.requestTitle({ n: rows.length }),
      addressees: [inp.identity.committee],
      body,
      cc: [],
      subject: inp.identity.committee,
    }),
  ];
}

function circular(inp: ChainInput, rows: readonly ReminderRow[]): OfficialDocument[] {
  if (!rows.length) return [];
  const issuer = issuerOf(inp.identity.short, inp);
  const decisions = rows.map((r) => circularDecisionOf(r, inp.date)!);
  const by = [...new Set(decisions.map((d) => d.by))].join('、');
  const on = [...new Set(decisions.map((d) => cd(d.decided_on)))].join('、');
  const o = new Outline();
  const items = new Outline();
  const body: DocBlock[] = [
    para(C.circularOpening({ by, on })),
    o.h1(C.circularFacts()),
    ...rows.map((r, i) =>
      items.item(
        2,
        C.circularItem({
          unit: r.unit,
          text: itemText(r, inp),
          reason: endSentence(decisions[i]!.reason ?? ''),
        }),
      ),
    ),
    o.h1(C.circularAsk()),
    para(C.circularAskNamed({ reply: cd(inp.replyBy(10)), office: issuer.short })),
    para(C.circularAskAll()),
  ];
  return [
    frame('circular', issuer, inp, {
      number: numberFor(rows, 'circular', inp, issuer),
      title: C.circularTitle({ n: rows.length }),
      addressees: [C.allUnits()],
      body,
      subject: '',
    }),
  ];
}

function interview(inp: ChainInput, rows: readonly ReminderRow[]): OfficialDocument[] {
  const out: OfficialDocument[] = [];
  for (const [unit, list] of byIssuerAndUnit(rows.map((r) => ({ ...r, issuer: '' }))).get('') ?? []) {
    const issuer = issuerOf(inp.identity.short, inp);
    const a = unitInfo(unit, inp);
    const r = list[0]!;
    const esc = [...(r.status.entry.escalations ?? [])]
      .filter(
        (e) => e.level === 'interview' && e.decided_on <= inp.date && !(e.held_on && e.held_on <= inp.date),
      )
      .sort((x, y) => (x.decided_on < y.decided_on ? 1 : -1))[0];
    const itemNames = list.map((x) => `“${inner(x.title)}”（${x.item}）`).join('、');
    const o = new Outline();
    const reason = (esc?.reason ?? '').replace(/[。.]$/, '');
    const body: DocBlock[] = [
      para(
        C.interviewOpening({
          by: esc?.by ?? inp.identity.committee,
          on: cd(esc?.decided_on ?? inp.date),
          you: a.addressAs,
          item: itemNames,
          reason,
        }),
      ),
      o.h1(C.interviewWhen()),
      para(C.interviewWhenText({ blank: C.blankDate() })),
      o.h1(C.interviewWhere()),
      para(C.interviewWhereText()),
      o.h1(C.interviewWho()),
      para(C.interviewWhoText({ you: a.addressAs, office: issuer.short })),
      o.h1(C.interviewAsk()),
      para(C.interviewAskText({ you: a.addressAs, reply: cd(inp.replyBy(3)), office: issuer.short })),
      para(C.closingNotice()),
    ];
    out.push(
      frame('interview', issuer, inp, {
        number: numberFor(list, 'interview', inp, issuer),
        title: C.interviewTitle({ unit }),
        addressees: [a.addressee],
        body,
        appendices: [attendReceipt(C.interviewReceiptTitle())],
        subject: unit,
      }),
    );
  }
  return out;
}

function rectify(inp: ChainInput, rows: readonly ReminderRow[]): OfficialDocument[] {
  return perUnit(inp, rows, 'rectify', 'written', (_unit, list, a, issuer) => {
    const o = new Outline();
    const refs = [
      ...new Set(list.map((r) => (r.status.entry as Problem).notice?.ref).filter((x): x is string => !!x)),
    ];
    const body: DocBlock[] = [
      para(
        C.rectifyOpening({
          date: cd(inp.date),
          you: a.addressAs,
          n: list.length,
          refs: refs.length ? C.rectifyRefs({ refs: refs.join('、') }) : '',
        }),
      ),
      ...list.map((r) => o.item(1, itemText(r, inp))),
      para(C.rectifyRequest({ you: a.addressAs, reply: cd(inp.replyBy(5)), office: issuer.short })),
      para(C.rectifyNext({ office: issuer.short })),
      para(C.closingNotice()),
    ];
    return {
      title: C.rectifyTitle(),
      body,
      appendices: [receipt(C.rectifyReceiptTitle(), t().documentChain.rectifyReceiptHead, list)],
    };
  });
}

function smsContact(issuer: Issuer): string {
  return issuer.contact ? C.smsContact(issuer.contact) : '';
}

function phone(inp: ChainInput, rows: readonly ReminderRow[]): OfficialDocument[] {
  const out: OfficialDocument[] = [];
  for (const [iss, units] of byIssuerAndUnit(rows)) {
    const issuer = issuerOf(iss, inp);
    const o = new Outline();
    const body: DocBlock[] = [para(C.phoneLead({ issuer: issuer.short, n: units.size }))];
    for (const [unit, list] of units) {
      const a = unitInfo(unit, inp);
      const items = list
        .map((r) =>
          r.ledger === 'problems'
            ? C.smsProblem({
                title: inner(r.title),
                id: r.item,
                due: cd(r.node?.due ?? inp.date),
                days: days(r.daysBehind, inp.workdays),
              })
            : C.smsItem({
                title: inner(r.title),
                id: r.item,
                node: r.node?.name ?? '',
                due: cd(r.node?.due ?? inp.date),
                days: days(r.daysBehind, inp.workdays),
              }),
        )
        .join('');
      const yours = C.smsYours({ you: a.addressAs, items });
      const reply = cd(inp.replyBy(3));
      const script = para(C.phoneScript({ office: issuer.short, items: yours, reply }));
      unitOnSheet(body, o, unit, inp, [script], (name) =>
        C.smsPhone({ office: issuer.short, name, items: yours, reply, contact: smsContact(issuer) }),
      );
    }
    out.push(sheet('phone', C.phoneTitle({ date: cd(inp.date) }), body, inp, issuer));
  }
  return out;
}

/**
 * A unit on a phone or advance-notice sheet: its contact as the heading, then `lines`, then the
 * SMS to its mobile, or the note that it has none and must be called.
 */
function unitOnSheet(
  body: DocBlock[],
  o: Outline,
  unit: string,
  inp: ChainInput,
  lines: DocBlock[],
  sms: (name: string) => string,
): void {
  const contact = inp.units.find((x) => x.name === unit)?.contact;
  const who = contact ? C.phoneWho({ name: contact.name, phone: contact.phone }) : C.phoneNoContact();
  body.push(o.h1(C.phoneUnit({ unit, who })), ...lines);
  const mobile = smsNumber(contact);
  if (mobile && contact)
    body.push({ kind: 'line', text: C.smsTo({ mobile }) }, { kind: 'quote', text: sms(contact.name) });
  else body.push({ kind: 'line', text: C.smsNeedsCall() });
}

/** A working sheet for the clerk (phone script, advance-notice SMS): no number, no addressee. */
function sheet(
  kind: 'phone' | 'prewarn',
  title: string,
  body: DocBlock[],
  inp: ChainInput,
  issuer: Issuer,
): OfficialDocument {
  return {
    kind,
    form: 'sheet',
    title,
    addressees: [],
    body,
    appendices: [],
    date: inp.date,
    notes: [],
    cc: [],
    subject: issuer.short,
  };
}

function prewarn(inp: ChainInput, rows: readonly UpcomingRow[]): OfficialDocument[] {
  const out: OfficialDocument[] = [];
  for (const [iss, units] of byIssuerAndUnit(rows)) {
    const issuer = issuerOf(iss, inp);
    const o = new Outline();
    const body: DocBlock[] = [para(C.prewarnLead({ n: units.size, days: inp.prewarnDays }))];
    for (const [unit, list] of units) {
      const a = unitInfo(unit, inp);
      const items = list
        .map((r) =>
          C.prewarnItem({
            title: inner(r.title),
            id: r.item,
            node: r.node.name,
            due: cd(r.node.due),
            left: r.daysLeft,
          }),
        )
        .join(C.itemsJoin());
      unitOnSheet(body, o, unit, inp, [], (name) =>
        C.smsPrewarn({ office: issuer.short, name, you: a.addressAs, items, contact: smsContact(issuer) }),
      );
    }
    out.push(sheet('prewarn', C.prewarnTitle({ date: cd(inp.date) }), body, inp, issuer));
  }
  return out;
}

/** Every document of the chain due on the day, in chain order. */
export function buildChain(inp: ChainInput): OfficialDocument[] {
  const want = new Set<DocKind>(inp.kinds?.length ? inp.kinds : DOC_KINDS);
  const R = inp.reminders;
  const notProblem = (r: ReminderRow) => r.ledger !== 'problems';
  const out: OfficialDocument[] = [];
  if (want.has('prewarn')) out.push(...prewarn(inp, inp.upcoming));
  if (want.has('phone'))
    out.push(
      ...phone(
        inp,
        R.filter((r) => r.level === 'phone'),
      ),
    );
  if (want.has('written'))
    out.push(
      ...written(
        inp,
        R.filter((r) => r.level === 'written' && notProblem(r)),
      ),
    );
  if (want.has('onsite'))
    out.push(
      ...onsite(
        inp,
        R.filter((r) => (r.level === 'onsite' || r.level === 'circular') && notProblem(r)),
      ),
    );
  if (want.has('request'))
    out.push(
      ...request(
        inp,
        R.filter((r) => r.level === 'circular' && isCircularCandidate(r, inp.date)),
      ),
    );
  if (want.has('circular'))
    out.push(
      ...circular(
        inp,
        R.filter((r) => circularDecisionOf(r, inp.date) !== undefined),
      ),
    );
  if (want.has('interview'))
    out.push(
      ...interview(
        inp,
        R.filter((r) => r.level === 'interview'),
      ),
    );
  if (want.has('rectify'))
    out.push(
      ...rectify(
        inp,
        R.filter(
          (r) =>
            r.ledger === 'problems' && levelRank(r.level) >= levelRank('written') && r.level !== 'interview',
        ),
      ),
    );
  return out;
}
