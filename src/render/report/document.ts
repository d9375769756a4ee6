// Assembles the report document: title, lead paragraph, the numbered sections, table and figure
// numbers, and the node appendix.
import { messages } from '../../i18n/index.js';
import type { Report } from '../../report/types.js';
import type { Block, ReportDocument, Section } from './blocks.js';
import { overviewBlocks } from './section-overview.js';
import { unitBlocks } from './section-units.js';
import { interviewBlocks, reminderBlocks, seriousBlocks } from './section-delays.js';
import { nextBlocks, nextDetailTable, pilotBlocks, problemBlocks } from './section-books.js';
import { compareBlocks, issueBlocks, suggestionBlocks } from './section-summary.js';
import { kindName, L, lang, longDate, quarterName, sectionNo, shortDate } from './words.js';

const M = messages({
  title: {
    zh: '{office}关于{scope}{quarter}改革任务落实情况的督察报告',
    en: '{office}: supervision report on reform implementation{scope}, {quarter}',
  },
  titleHead: { zh: '{office}关于{scope}{quarter}', en: '{office}:' },
  titleTail: {
    zh: '改革任务落实情况的督察报告',
    en: 'supervision report on reform implementation{scope}, {quarter}',
  },
  scopeEn: { zh: '{name}', en: ' — {name}' },
  asOf: { zh: '（数据截至{date}）', en: '(figures as of {date})' },
  asOfOpen: {
    zh: '（数据截至{date}，本季度尚未结束）',
    en: '(figures as of {date}; the quarter is not over)',
  },
  lead: {
    zh: '按照“每季一分析”工作要求，{office}依据改革任务台账、改革试点台账、改革问题清单和催办记录，对截至{date}{scope}的落实情况进行了全面梳理分析。现将有关情况报告如下。',
    en: 'As the quarterly analysis requires, {office} has reviewed the implementation of {scope} as of {date} from the task ledger, the pilot ledger, the problem list and the reminder log. This report sets out the findings.',
  },
  scopeAll: { zh: '全市改革任务、改革试点和问题整改', en: 'all reform tasks, pilots and problems' },
  scopeUnit: { zh: '{name}牵头的改革事项', en: 'the items led by {name}' },
  scopeGroup: { zh: '{name}负责的改革事项', en: 'the items of {name}' },
  sOverview: { zh: '总体情况', en: 'Overview' },
  sUnits: { zh: '分单位推进情况', en: 'Progress by unit and special group' },
  sSerious: { zh: '严重滞后事项', en: 'Seriously delayed items' },
  sInterview: { zh: '建议约谈事项', en: 'Proposed interviews' },
  sReminders: { zh: '催办情况', en: 'Reminders issued' },
  sProblems: { zh: '问题整改情况', en: 'Problems under rectification' },
  sPilots: { zh: '改革试点推进情况', en: 'Pilots' },
  sNext: { zh: '下季度到期节点', en: 'Nodes due next quarter' },
  sCompare: { zh: '与上季度对比', en: 'Change from the previous quarter' },
  sIssues: { zh: '存在的问题', en: 'Problems identified' },
  sSuggestions: { zh: '下一步工作建议', en: 'Proposals' },
  sAppendix: { zh: '附件', en: 'Appendix' },
  appendixLead: {
    zh: '本季度和下季度到期的全部关键节点列示如下，报告中各项节点统计均可据此逐项核对。',
    en: 'Every key node due in this quarter and the next; each node figure of the report can be checked against these lists.',
  },
  timeline: { zh: '本季度关键节点挂图作战图', en: 'Timeline of the quarter’s key nodes (挂图作战)' },
  appendixCaption: { zh: '本季度关键节点明细', en: 'Key nodes due in the quarter' },
  no: { zh: '序号', en: 'No.' },
  unit: { zh: '牵头单位', en: 'Lead unit' },
  id: { zh: '编号', en: 'ID' },
  item: { zh: '事项名称', en: 'Item' },
  kind: { zh: '类别', en: 'Kind' },
  node: { zh: '节点', en: 'Node' },
  due: { zh: '时限', en: 'Due' },
  done: { zh: '完成日期', en: 'Done' },
  outcome: { zh: '完成情况', en: 'Outcome' },
  table: { zh: '表{n}　{caption}', en: 'Table {n}. {caption}' },
  figure: { zh: '图{n}　{caption}', en: 'Figure {n}. {caption}' },
});

function outcomeName(o: Report['nodes'][number]['outcome']): string {
  return { 'on-time': L.outcomeOnTime, late: L.outcomeLate, open: L.outcomeOpen, pending: L.outcomePending }[
    o
  ]();
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
  return {
    kind: 'table',
    caption: M.appendixCaption(),
    head: [M.no(), M.id(), M.item(), M.kind(), M.unit(), M.node(), M.due(), M.done(), M.outcome()],
    align: ['center', 'left', 'left', 'center', 'left', 'left', 'left', 'left', 'left'],
    rows: r.nodes.map((n, i) => [
      i + 1,
      n.item,
      n.title,
      kindName(n.ledger),
      n.unit,
      n.node,
      shortDate(n.due, y),
      n.doneOn ? shortDate(n.doneOn, y) : L.dash(),
      outcomeName(n.outcome) + (n.daysLate ? L.clauseSep() + L.days({ n: n.daysLate }) : ''),
    ]),
  };
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
    [M.sOverview(), overviewBlocks(r)],
    [M.sUnits(), unitBlocks(r)],
    [M.sSerious(), seriousBlocks(r)],
    [M.sInterview(), interviewBlocks(r)],
    [M.sReminders(), reminderBlocks(r)],
    [M.sProblems(), problemBlocks(r)],
    [M.sPilots(), pilotBlocks(r)],
    [M.sNext(), nextBlocks(r)],
    [M.sCompare(), compareBlocks(r)],
    [M.sIssues(), issueBlocks(r)],
    [M.sSuggestions(), suggestionBlocks(r)],
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
  return {
    lang: lang(),
    title: M.title(titleParams),
    titleLines: [M.titleHead(titleParams), M.titleTail(titleParams)],
    subtitle: (r.period.complete ? M.asOf : M.asOfOpen)({ date }),
    lead: [M.lead({ office: r.office, scope, date })],
    sections,
    signature: r.office,
  };
}
