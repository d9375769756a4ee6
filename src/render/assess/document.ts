// The assessment as a document (公文, documents/model.ts): the office's 考核情况报告 to the reform
// committee, with every unit's deductions and additions as its attachment; with --unit, the
// unit's 对账确认单 as a working sheet with a place for its signature and date.
import { t } from '../../i18n/index.js';
import { docNumber, Outline, para, type DocBlock, type OfficialDocument } from '../../documents/model.js';
import type { OfficeIdentity } from '../../documents/identity.js';
import type { ScoredAccount } from '../../assess/types.js';
import {
  confirmSummary,
  dateText,
  entryHead,
  entryRow,
  findAccount,
  itemHead,
  itemRows,
  namedText,
  rankingHead,
  rankingRows,
  ruleName,
  pointsText,
  type AssessReport,
} from './words.js';

/** 名次 单位 得分 等次 扣分 加分 扣分条数 点名通报 */
const RANK_WIDTHS = [7, 30, 9, 8, 9, 8, 10, 19];

function confirmSheet(r: AssessReport, acc: ScoredAccount, id: OfficeIdentity): OfficialDocument {
  const m = t().assess;
  const res = r.result;
  const out = new Outline();
  const body: DocBlock[] = [para(confirmSummary(r, acc))];
  if (res.interim) body.push(para(m.interim({ date: dateText(res.asOf) })));
  body.push(out.h1(m.confirmItems.replace(/^[一二三]、/, '')));
  body.push(
    acc.items.length
      ? { kind: 'table', head: itemHead(), rows: itemRows(acc.items), widths: [5, 17, 28, 8, 18, 16, 8] }
      : para(m.noItems),
  );
  body.push(out.h1(m.confirmEntries.replace(/^[一二三]、/, '')));
  body.push(
    acc.entries.length
      ? { kind: 'table', head: entryHead(), rows: acc.entries.map(entryRow), widths: [17, 22, 18, 15, 8] }
      : para(m.noEntries),
  );
  body.push(out.h1(m.confirmOpinion.replace(/^[一二三]、/, '')));
  body.push({ kind: 'line', text: m.confirmOpinionText });
  body.push(
    { kind: 'line', text: '' },
    { kind: 'line', text: m.confirmSign },
    { kind: 'line', text: m.confirmDate },
  );
  body.push(para(m.confirmNote({ office: r.office })));
  return {
    kind: 'assessment-sheet',
    form: 'sheet',
    title: m.confirmTitle({ unit: acc.name, year: res.year }),
    addressees: [],
    body,
    appendices: [],
    signature: id.full,
    date: res.asOf,
    notes: id.contact ? [t().assess.contactNote(id.contact)] : [],
    cc: [],
    subject: acc.name,
  };
}

function namedUnits(accounts: readonly ScoredAccount[]): string {
  return accounts
    .filter((a) => a.named.length)
    .map((a) => `${a.name}（${namedText(a)}）`)
    .join('、');
}

/** 考核情况报告 (or, with --unit, the 对账确认单). */
export function assessmentDocument(r: AssessReport, id: OfficeIdentity): OfficialDocument {
  const acc = findAccount(r);
  if (acc) return confirmSheet(r, acc, id);
  const m = t().assess;
  const res = r.result;
  const out = new Outline();
  const count = { excellent: 0, good: 0, fair: 0, poor: 0 } as Record<string, number>;
  for (const u of res.units) count[u.grade] = (count[u.grade] ?? 0) + 1;
  const body: DocBlock[] = [
    para(m.reportIntro({ office: id.short, year: res.year, n: res.units.length, date: dateText(res.asOf) })),
  ];
  if (res.interim) body.push(para(m.interim({ date: dateText(res.asOf) })));
  body.push(out.h1(m.sectionResult.replace(/^[一二三四]、/, '')));
  body.push(
    para(
      m.reportOverall({
        excellent: count.excellent!,
        good: count.good!,
        fair: count.fair!,
        poor: count.poor!,
      }) + (res.excellentQuota !== undefined ? m.quota({ n: res.excellentQuota }) : ''),
    ),
  );
  body.push({
    kind: 'table',
    head: rankingHead(),
    rows: rankingRows(res.units),
    widths: RANK_WIDTHS,
  });
  if (res.groups.length) {
    body.push(out.h1(m.sectionGroups.replace(/^[一二三四]、/, '')));
    body.push({ kind: 'table', head: rankingHead(true), rows: rankingRows(res.groups), widths: RANK_WIDTHS });
  }
  body.push(out.h1(m.sectionNamed.replace(/^[一二三四]、/, '')));
  const named = namedUnits(res.units);
  body.push(para(named ? m.reportNamed({ units: named }) : m.reportNoNamed));
  body.push(out.h1(m.sectionAdvice.replace(/^[一二三四]、/, '')));
  body.push(para(m.advice));
  const rows: string[][] = [];
  for (const u of res.units)
    for (const e of u.entries)
      rows.push([u.name, e.date ?? '', ruleName(e.rule), e.item ?? '', e.node ?? '', pointsText(e.points)]);
  return {
    kind: 'assessment',
    form: 'official',
    mark: id.full,
    number: docNumber(id.docPrefix, res.year),
    title: m.reportTitle({ year: res.year }),
    addressees: [id.committee],
    body,
    appendices: [
      {
        title: m.reportAttach.replace(/^附件：/, ''),
        body: [{ kind: 'table', head: [m.colUnit, ...entryHead()], rows, widths: [22, 15, 17, 15, 13, 8] }],
      },
    ],
    signature: id.full,
    date: res.asOf,
    notes: id.contact ? [t().assess.contactNote(id.contact)] : [],
    cc: id.cc,
  };
}
