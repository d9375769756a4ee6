// The 挂图作战 workbook: a sheet each for tasks, pilots and problems, and one per special group;
// one row per node with the item's six specifics, the node's state, the item's state, days behind
// and reminder level; level cells filled in the HTML report's colours; filters and frozen
// headers; A4 landscape. Written with exceljs's streaming writer (large ledgers).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Board, BoardItem, NodeState } from '../../board/board.js';
import { columnLetter } from '../../returns/form.js';
import { ITEM_STATE_LABEL, LEVEL_LABEL, NODE_STATE_LABEL, dayLabel } from '../../returns/labels.js';
import { LEVELS } from '../../schema/kinds.js';
import * as xlsx from '../common/xlsx.js';

interface Column {
  header: string;
  width: number;
  value: (item: BoardItem, node: BoardItem['nodes'][number], index: number) => string | number | Date | null;
  date?: boolean;
  center?: boolean;
}

const day = (d: string | undefined) => (d ? xlsx.dateCell(d) : null);

const NODE_COLUMNS: Column[] = [
  { header: '节点', width: 12, value: (_, n) => n.name, center: true },
  { header: '节点时限', width: 11.5, value: (_, n) => day(n.due), date: true },
  { header: '节点完成日期', width: 11.5, value: (_, n) => day(n.doneOn), date: true },
  { header: '节点状态', width: 9, value: (_, n) => NODE_STATE_LABEL[n.state], center: true },
  { header: '事项状态', width: 9, value: (i) => ITEM_STATE_LABEL[i.state], center: true },
  { header: '塌进度天数', width: 7, value: (i) => i.daysBehind || null, center: true },
  { header: '提醒级别', width: 9, value: (i) => (i.level ? LEVEL_LABEL[i.level] : null), center: true },
];

const TASK_COLUMNS: Column[] = [
  { header: '序号', width: 5, value: (_, __, i) => i, center: true },
  { header: '编号', width: 13, value: (i) => i.id },
  { header: '改革事项', width: 28, value: (i) => i.title },
  { header: '牵头领导', width: 9, value: (i) => i.leader, center: true },
  { header: '牵头单位', width: 14, value: (i) => i.unit },
  { header: '责任单位', width: 18, value: (i) => i.partners.join('、') || null },
  { header: '任务措施', width: 36, value: (i) => i.measures },
  { header: '成果形式', width: 22, value: (i) => i.deliverable },
  { header: '完成时限', width: 11.5, value: (i) => day(i.deadline), date: true },
  ...NODE_COLUMNS,
];

const PILOT_COLUMNS: Column[] = [
  { header: '序号', width: 5, value: (_, __, i) => i, center: true },
  { header: '编号', width: 13, value: (i) => i.id },
  { header: '试点名称', width: 28, value: (i) => i.title },
  { header: '牵头领导', width: 9, value: (i) => i.leader, center: true },
  { header: '牵头单位', width: 14, value: (i) => i.unit },
  { header: '工作班子', width: 22, value: (i) => i.partners.join('；') || null },
  { header: '推进方案', width: 28, value: (i) => i.measures },
  { header: '试点成果', width: 22, value: (i) => i.deliverable || null },
  { header: '期满日期', width: 11.5, value: (i) => day(i.deadline), date: true },
  ...NODE_COLUMNS,
];

const PROBLEM_COLUMNS: Column[] = [
  { header: '序号', width: 5, value: (_, __, i) => i, center: true },
  { header: '编号', width: 13, value: (i) => i.id },
  { header: '问题', width: 24, value: (i) => i.title },
  { header: '问题描述', width: 40, value: (i) => i.measures },
  { header: '整改单位', width: 14, value: (i) => i.unit },
  { header: '整改通知', width: 20, value: (i) => i.deliverable || null },
  { header: '整改时限', width: 11.5, value: (i) => day(i.deadline), date: true },
  ...NODE_COLUMNS,
];

const NODE_FONT: Record<NodeState, string> = {
  done: 'FF2E7D32',
  late: 'FF8D6E00',
  overdue: 'FFC0392B',
  pending: 'FF1A1A1A',
};

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
function sheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  for (let i = 2; used.has(base); i++) base = `${name.slice(0, 28)}(${i})`;
  used.add(base);
  return base;
}

function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string,
  items: readonly BoardItem[],
  columns: readonly Column[],
  board: Board,
): void {
  const last = columnLetter(columns.length);
  // the streaming writer takes the page setup, footer and filter as options (it writes them first)
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 3, topLeftCell: 'D4', activeCell: 'D4' }],
    pageSetup: xlsx.A4_LANDSCAPE,
    headerFooter: xlsx.PAGE_FOOTER,
    autoFilter: { from: 'A3', to: `${last}3` },
  } as Partial<ExcelJS.AddWorksheetOptions>);
  xlsx.withPrintOptions(ws);
  ws.columns = columns.map((c) => ({ width: c.width }));
  titleRows(ws, `${title}挂图作战表（截至${dayLabel(board.asOf)}）`, last);
  xlsx.headerRow(
    ws.getRow(3),
    columns.map((c) => c.header),
    30,
  );
  const at = {
    level: columns.findIndex((c) => c.header === '提醒级别'),
    days: columns.findIndex((c) => c.header === '塌进度天数'),
    nodeState: columns.findIndex((c) => c.header === '节点状态'),
  };
  let r = 4;
  items.forEach((item, i) => {
    for (const node of item.nodes) nodeRow(xlsx.plainRow(ws, r++), item, node, i + 1, columns, at);
  });
  ws.commit();
}

/** Row 1, the title across the sheet; row 2, the legend of the level colours. */
function titleRows(ws: ExcelJS.Worksheet, title: string, last: string): void {
  ws.mergeCells(`A1:${last}1`);
  const t = ws.getRow(1);
  t.getCell(1).value = title;
  t.getCell(1).font = { name: xlsx.TITLE_FONT, size: 18, bold: true };
  t.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  t.height = 34;
  t.commit();
  const legend = ws.getRow(2);
  legend.getCell(1).value = '图例';
  legend.getCell(1).font = { name: xlsx.FONT, size: 10, bold: true };
  LEVELS.forEach((l, i) => {
    const c = legend.getCell(i + 2);
    c.value = LEVEL_LABEL[l];
    c.fill = xlsx.levelFill(l);
    c.font = { name: xlsx.FONT, size: 10, color: { argb: xlsx.levelFontColour(l) } };
    c.alignment = { horizontal: 'center' };
  });
  legend.commit();
}

/** One node of an item: its cells, the level's fill on the level and days columns, the node state's colour. */
function nodeRow(
  row: ExcelJS.Row,
  item: BoardItem,
  node: BoardItem['nodes'][number],
  n: number,
  columns: readonly Column[],
  at: { level: number; days: number; nodeState: number },
): void {
  const texts: { text: string; width: number }[] = [];
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.value(item, node, n);
    if (typeof cell.value === 'string') texts.push({ text: cell.value, width: c.width });
    cell.border = xlsx.THIN;
    cell.font = { name: xlsx.FONT, size: 10 };
    cell.alignment = {
      vertical: c.width >= 18 ? 'top' : 'middle',
      wrapText: !c.date,
      ...(c.center || c.date ? { horizontal: 'center' } : {}),
    };
    if (c.date) cell.numFmt = xlsx.DATE_FORMAT;
  });
  if (item.level) {
    for (const i of [at.level, at.days]) {
      const cell = row.getCell(i + 1);
      cell.fill = xlsx.levelFill(item.level);
      cell.font = {
        name: xlsx.FONT,
        size: 10,
        bold: true,
        color: { argb: xlsx.levelFontColour(item.level) },
      };
    }
  }
  const state = row.getCell(at.nodeState + 1);
  state.font = { name: xlsx.FONT, size: 10, color: { argb: NODE_FONT[node.state] } };
  if (node.state === 'overdue') state.fill = xlsx.solid('FFFDECEA');
  row.height = xlsx.rowHeight(texts, 3);
  row.commit();
}

export async function writeBoardWorkbook(board: Board): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = board.office;
  wb.title = `挂图作战表（截至${dayLabel(board.asOf)}）`;
  wb.created = wb.modified = xlsx.dateCell(board.asOf);
  const used = new Set<string>();
  addSheet(wb, sheetName('改革任务', used), '改革任务', board.tasks, TASK_COLUMNS, board);
  addSheet(wb, sheetName('改革试点', used), '改革试点', board.pilots, PILOT_COLUMNS, board);
  addSheet(wb, sheetName('问题清单', used), '问题清单', board.problems, PROBLEM_COLUMNS, board);
  for (const g of board.groups) addSheet(wb, sheetName(g.name, used), g.name, g.items, TASK_COLUMNS, board);
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await xlsx.withoutBufferWarning(() => wb.commit());
  await done;
  return Buffer.concat(chunks);
}
