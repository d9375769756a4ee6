// Assembles the report document: title, lead paragraph, the numbered sections, table and figure
// numbers, and the node appendix.
import { messagesOf } from '../../i18n/index.js';
import type { Report } from '../../report/types.js';
import type { Block, ReportDocument, Section } from './blocks.js';
import { overviewBlocks } from './section-overview.js';
import { unitBlocks } from './section-units.js';
import { interviewBlocks, reminderBlocks, seriousBlocks } from './section-delays.js';
import { nextBlocks, nextDetailTable, pilotBlocks, problemBlocks } from './section-books.js';
import { compareBlocks, issueBlocks, requirementBlocks, suggestionBlocks } from './section-summary.js';
import { kindName, L, lang, longDate, numberedTable, quarterName, sectionNo, shortDate } from './words.js';
import { scheduleLines } from '../remind/messages.js';

const M = messagesOf('reportDocument');

function outcomeName(o: Report['nodes'][number]['outcome']): string {
  return { 'on-time': L.outcomeOnTime, late: L.outcomeLate, open: L.outcomeOpen, pending: L.outcomePending }[
    o
  ]();
}

/** Which dates the items were judged by, and the nodes counted at another date than written. */
function scheduleBlocks(r: Report): Block[] {
  const s = r.schedule;
  if (!s) return [];
  const zh = lang() === 'zh';
  const line = scheduleLines(s.summary, r.period.asOf).join(zh ? '；' : '; ') + (zh ? '。' : '.');
  const blocks: Block[] = [{ kind: 'para', text: [line] }];
  if (s.nodes.length)
    blocks.push(
      numberedTable({
        caption: M.scheduleCaption(),
        head: [M.id(), M.kind(), M.node(), M.scheduleWritten(), M.scheduleApproved()],
        align: ['left', 'center', 'left', 'left', 'left'],
        rows: s.nodes.map((n) => [
          n.item,
          kindName(n.ledger),
          n.node,
          n.written ?? M.scheduleDeletedMark(),
          n.approved,
        ]),
      }),
    );
  return blocks;
}

function appendix(r: Report): Block[] {
  const y = r.period.year;
  const next = nextDetailTable(r);
  const blocks: Block[] = [{ kind: 'para', text: [M.appendixLead()] }];
  if (r.nodes.length)
    blocks.push({ kind: 'chart', chart: 'timeline', caption: M.timeline() }, nodesTable(r, y));
  if (next) blocks.push(next);
  return blocks;
}

function nodesTable(r: Report, y: number): Block {
  return numberedTable({
    caption: M.appendixCaption(),
    head: [M.id(), M.item(), M.kind(), M.unit(), M.node(), M.due(), M.done(), M.outcome()],
    align: ['left', 'left', 'center', 'left', 'left', 'left', 'left', 'left'],
    rows: r.nodes.map((n) => [
      n.item,
      n.title,
      kindName(n.ledger),
      n.unit,
      n.node,
      shortDate(n.due, y),
      n.doneOn ? shortDate(n.doneOn, y) : L.dash(),
      outcomeName(n.outcome) + (n.daysLate ? L.clauseSep() + L.days({ n: n.daysLate }) : ''),
    ]),
  });
}

/** In English, runs that end a sentence are followed by a space before the next one. */
function spaceSentences(sections: Section[]): void {
  if (lang() === 'zh') return;
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.kind !== 'para') continue;
      for (let i = 0; i + 1 < b.text.length; i++) {
        const cur = b.text[i]!;
        const next = b.text[i + 1]!;
        const a = typeof cur === 'string' ? cur : cur.strong;
        const z = typeof next === 'string' ? next : next.strong;
        if (/[.:;)]$/.test(a) && /^\S/.test(z))
          b.text[i] = typeof cur === 'string' ? cur + ' ' : { strong: cur.strong + ' ' };
      }
    }
  }
}

/** Numbers tables and figures in document order (表1, 图1). */
function numberCaptions(sections: Section[]): void {
  let t = 0;
  let f = 0;
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.kind === 'table') b.caption = M.table({ n: ++t, caption: b.caption });
      else if (b.kind === 'chart') b.caption = M.figure({ n: ++f, caption: b.caption });
    }
  }
}

export function buildDocument(r: Report): ReportDocument {
  const scopeName = r.scope.unit ?? r.scope.group;
  const quarter = quarterName(r.period.year, r.period.q);
  const scope = r.scope.unit
    ? M.scopeUnit({ name: r.scope.unit })
    : r.scope.group
      ? M.scopeGroup({ name: r.scope.group })
      : M.scopeAll();
  const parts: [string, Block[]][] = [
    [M.sOverview(), [...overviewBlocks(r), ...scheduleBlocks(r)]],
    [M.sUnits(), unitBlocks(r)],
    [M.sSerious(), seriousBlocks(r)],
    [M.sInterview(), interviewBlocks(r)],
    [M.sReminders(), reminderBlocks(r)],
    [M.sProblems(), problemBlocks(r)],
    [M.sPilots(), pilotBlocks(r)],
    [M.sNext(), nextBlocks(r)],
    [M.sCompare(), compareBlocks(r)],
    [M.sIssues(), issueBlocks(r)],
    r.letter.addressAs
      ? [M.sRequirements(), requirementBlocks(r, r.letter.addressAs)]
      : [M.sSuggestions(), suggestionBlocks(r)],
  ];
  const ids = [
    'overview',
    'units',
    'serious',
    'interviews',
    'reminders',
    'problems',
    'pilots',
    'next-quarter',
    'comparison',
    'issues',
    'proposals',
  ];
  const sections: Section[] = parts.map(([title, blocks], i) => ({
    id: ids[i]!,
    title: sectionNo(i + 1) + title,
    blocks,
  }));
  if (r.nodes.length || r.nextQuarter.total.count)
    sections.push({ id: 'appendix', title: M.sAppendix(), blocks: appendix(r) });
  numberCaptions(sections);
  spaceSentences(sections);
  const date = longDate(r.period.asOf);
  const titleParams = { office: r.office, scope: scopeName ? M.scopeEn({ name: scopeName }) : '', quarter };
  // a unit's version is the office's feedback to that unit (督察反馈意见), not a report upwards
  const feedback = r.scope.unit !== undefined;
  const addressAs = r.letter.addressAs ?? '';
  const doc: ReportDocument = {
    lang: lang(),
    title: (feedback ? M.titleFeedback : M.title)(titleParams),
    titleLines: [M.titleHead(titleParams), (feedback ? M.titleTailFeedback : M.titleTail)(titleParams)],
    subtitle: (r.period.complete ? M.asOf : M.asOfOpen)({ date }),
    addressee: r.letter.addressee,
    lead: [
      feedback
        ? M.leadFeedback({ office: r.office, addressAs, date })
        : M.lead({ office: r.office, scope, date }),
    ],
    sections,
    signature: r.letter.officeFull,
    date: longDate(r.period.asOf),
  };
  if (feedback) doc.closing = [M.closingFeedback({ office: r.office, addressAs })];
  if (sections.some((s) => s.id === 'appendix')) doc.attachment = M.attachmentTitle();
  return doc;
}
