// A document (公文) as a Word file (.docx) in the page layout of GB/T 9704-2012: A4, margins
// 37/35/28/26 mm, 28 lines of 28 characters, title 2号 方正小标宋简体, body 3号 仿宋_GB2312, outline
// headings 黑体 / 楷体_GB2312, page numbers "— 1 —" in 4号 宋体 (odd pages right, even pages left).
// Everything is set by named paragraph styles (公文正文, 公文标题, …), never by text boxes, so an
// office edits it in Word or WPS as an ordinary document. The font table names a fallback for each
// font (方正小标宋简体 → 宋体, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体) for machines without them.
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  NoBreakHyphen,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { getLang, messagesOf } from '../../i18n/index.js';
import { type DocBlock, type Inline, type OfficialDocument, plainText } from '../../documents/model.js';
import { dateText } from './text.js';

const F = messagesOf('documentFrame');

/** Twentieths of a point per millimetre. */
const MM = 1440 / 25.4;
export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
const LINES = 28;
const CHARS = 28;
/** 3号 = 16 pt (sizes in half-points below). */
const BODY_PT = 16;
const LINE = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom) / LINES);
const CHAR = (PAGE.width - MARGIN.left - MARGIN.right) / CHARS;
/**
 * 28 characters on a 156 mm line: 3号 characters (16 pt) are set 0.25 pt closer (twentieths of a
 * point). A character grid (docGrid linesAndChars) would say the same to Word, but LibreOffice
 * spreads the characters over two grid cells each; condensed text reads the same everywhere.
 */
const CONDENSE = -Math.ceil((BODY_PT - CHAR / 20) * 20);
const INDENT2 = Math.round(CHAR * 2);

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};
/** Installed where the first is not: Word and WPS use `altName` from the font table. */
const FALLBACK: Record<string, string> = {
  方正小标宋简体: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
};

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });
const exact = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function styles() {
  const p = (
    id: string,
    name: string,
    run: Record<string, unknown>,
    paragraph: Record<string, unknown> = {},
  ) => ({ id, name, basedOn: 'Normal', next: 'DocBody', quickFormat: true, run, paragraph });
  return {
    default: {
      document: {
        run: {
          font: font(FONTS.body),
          size: BODY_PT * 2,
          characterSpacing: CONDENSE,
          language: { eastAsia: 'zh-CN' },
        },
        paragraph: { spacing: exact },
      },
    },
    paragraphStyles: [
      p(
        'DocMark',
        '公文发文机关标志',
        { font: font(FONTS.title), color: 'C00000', size: 52 },
        {
          alignment: AlignmentType.CENTER,
          spacing: { line: 1000, lineRule: LineRuleType.EXACT },
        },
      ),
      p(
        'DocNumber',
        '公文发文字号',
        { font: font(FONTS.body) },
        {
          alignment: AlignmentType.CENTER,
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 12 } },
          spacing: { ...exact, after: LINE },
        },
      ),
      p(
        'DocTitle',
        '公文标题',
        { font: font(FONTS.title), size: 44 },
        {
          alignment: AlignmentType.CENTER,
          spacing: { line: Math.round(LINE * 1.25), lineRule: LineRuleType.EXACT },
          keepNext: true,
        },
      ),
      p('DocAddressee', '公文主送机关', {}, { spacing: { ...exact, before: LINE }, keepNext: true }),
      p('DocBody', '公文正文', {}, { indent: { firstLine: INDENT2 }, alignment: AlignmentType.JUSTIFIED }),
      p(
        'DocHeading1',
        '公文一级标题',
        { font: font(FONTS.heading1) },
        {
          indent: { firstLine: INDENT2 },
          keepNext: true,
          outlineLevel: 0,
        },
      ),
      p(
        'DocHeading2',
        '公文二级标题',
        { font: font(FONTS.heading2) },
        {
          indent: { firstLine: INDENT2 },
          keepNext: true,
          outlineLevel: 1,
        },
      ),
      p(
        'DocHeading3',
        '公文三级标题',
        { bold: true },
        { indent: { firstLine: INDENT2 }, keepNext: true, outlineLevel: 2 },
      ),
      p(
        'DocHeading4',
        '公文四级标题',
        {},
        { indent: { firstLine: INDENT2 }, keepNext: true, outlineLevel: 3 },
      ),
      p('DocLine', '公文顶格', {}, {}),
      p(
        'DocQuote',
        '公文短信',
        {},
        {
          indent: { left: INDENT2, right: INDENT2 },
          border: {
            left: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 8 },
          },
        },
      ),
      p(
        'DocAttachments',
        '公文附件说明',
        {},
        {
          indent: { left: INDENT2 + Math.round(CHAR * 3), hanging: Math.round(CHAR * 3) },
          spacing: { ...exact, before: LINE },
          keepNext: true,
        },
      ),
      p(
        'DocSignature',
        '公文发文机关署名',
        {},
        {
          alignment: AlignmentType.RIGHT,
          indent: { right: INDENT2 },
          spacing: { ...exact, before: LINE * 2 },
          keepNext: true,
          keepLines: true,
        },
      ),
      p(
        'DocDate',
        '公文成文日期',
        {},
        { alignment: AlignmentType.RIGHT, indent: { right: INDENT2 * 2 }, keepLines: true },
      ),
      p('DocNote', '公文附注', {}, { indent: { firstLine: INDENT2 } }),
      p(
        'DocAttachmentLabel',
        '公文附件标识',
        { font: font(FONTS.heading1) },
        { pageBreakBefore: true, keepNext: true },
      ),
      p(
        'DocCc',
        '公文版记',
        { size: 28 },
        {
          indent: { left: Math.round(CHAR), right: Math.round(CHAR) },
          spacing: { line: LINE, lineRule: LineRuleType.EXACT },
        },
      ),
      p('DocTable', '公文表格', { size: 24 }, { spacing: { line: 320, lineRule: LineRuleType.AT_LEAST } }),
      p(
        'DocCaption',
        '公文表题',
        { font: font(FONTS.heading1), size: 28 },
        { alignment: AlignmentType.CENTER, keepNext: true },
      ),
      p('DocPageNumber', '公文页码', { font: font(FONTS.pageNumber), size: 28 }, {}),
    ],
  };
}

const ID = /[A-Z]{1,6}-\d{4}-\d{1,5}/g;

/** A run whose item ids (RW-2026-042) hold non-breaking hyphens: Word never breaks an id across lines. */
function run(text: string, bold = false): TextRun {
  if (!ID.test(text)) return new TextRun({ text, bold });
  ID.lastIndex = 0;
  const children: (string | NoBreakHyphen)[] = [];
  let at = 0;
  for (const m of text.matchAll(ID)) {
    if (m.index > at) children.push(text.slice(at, m.index));
    m[0].split('-').forEach((part, i) => {
      if (i) children.push(new NoBreakHyphen());
      children.push(part);
    });
    at = m.index + m[0].length;
  }
  if (at < text.length) children.push(text.slice(at));
  return new TextRun({ children, bold });
}

function runs(text: readonly Inline[]): TextRun[] {
  return text.map((r) => (typeof r === 'string' ? run(r) : run(r.strong, true)));
}

function table(b: Extract<DocBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  // widths (relative weights) set fixed column widths over the text width; without them Word shares it out
  const text = PAGE.width - MARGIN.left - MARGIN.right;
  const total = b.widths?.length === b.head.length ? b.widths.reduce((a, w) => a + w, 0) : 0;
  const dxa = total > 0 ? b.widths!.map((w) => Math.floor((text * w) / total)) : undefined;
  const cell = (s: string, head: boolean, i: number) =>
    new TableCell({
      ...(dxa ? { width: { size: dxa[i]!, type: WidthType.DXA } } : {}),
      children: s.split('\n').map(
        (line) =>
          new Paragraph({
            style: 'DocTable',
            alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [run(line, head)],
          }),
      ),
    });
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h, i) => cell(h, true, i)) }),
    ...b.rows.map(
      (r) => new TableRow({ cantSplit: true, children: b.head.map((_, i) => cell(r[i] ?? '', false, i)) }),
    ),
  ];
  const out: (Paragraph | Table)[] = [];
  if (b.caption) out.push(new Paragraph({ style: 'DocCaption', text: b.caption }));
  out.push(
    new Table({
      rows,
      width: { size: 100, type: WidthType.PERCENTAGE },
      ...(dxa ? { columnWidths: dxa, layout: TableLayoutType.FIXED } : {}),
    }),
  );
  return out;
}

function block(b: DocBlock, keepNext = false): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ style: `DocHeading${b.level}`, children: [new TextRun(b.number + b.text)] })];
    case 'para':
      return [new Paragraph({ style: 'DocBody', keepNext, children: runs(b.text) })];
    case 'line':
      return [new Paragraph({ style: 'DocLine', keepNext, children: [run(b.text)] })];
    case 'quote':
      return b.text.split('\n').map((l) => new Paragraph({ style: 'DocQuote', children: [new TextRun(l)] }));
    case 'table':
      return table(b);
  }
}

function footer(align: 'left' | 'right'): Footer {
  const children: ParagraphChild[] = [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })];
  return new Footer({
    children: [
      new Paragraph({
        style: 'DocPageNumber',
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: Math.round(CHAR) } : { left: Math.round(CHAR) },
        children,
      }),
    ],
  });
}

function fontTable(): string {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const entry = (name: string, alt?: string, cjk = true) =>
    `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ''}<w:charset w:val="${cjk ? '86' : '00'}"/><w:family w:val="${cjk ? 'modern' : 'roman'}"/><w:pitch w:val="${cjk ? 'fixed' : 'variable'}"/></w:font>`;
  const names = [FONTS.title, FONTS.body, FONTS.heading1, FONTS.heading2, FONTS.pageNumber, '仿宋', '楷体'];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${ns}>${names
    .map((n) => entry(n, FALLBACK[n]))
    .join('')}${entry(FONTS.latin, undefined, false)}</w:fonts>`;
}

/** The document's paragraphs in GB/T 9704 order. */
function children(doc: OfficialDocument): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (doc.mark) {
    const size = Math.max(28, Math.min(72, Math.floor((440 / [...doc.mark].length) * 2)));
    out.push(new Paragraph({ style: 'DocMark', children: [new TextRun({ text: doc.mark, size })] }));
  }
  if (doc.number || doc.mark) {
    const parts: TextRun[] = [new TextRun(doc.number ?? '')];
    if (doc.signer) parts.push(new TextRun(`　　${F.signer({ name: doc.signer })}`));
    out.push(new Paragraph({ style: 'DocNumber', children: parts }));
  }
  for (const line of doc.title.split('\n')) out.push(new Paragraph({ style: 'DocTitle', text: line }));
  if (doc.addressees.length)
    out.push(
      new Paragraph({
        style: 'DocAddressee',
        text: doc.addressees.join(F.listSep()) + (getLang() === 'en' ? ':' : '：'),
      }),
    );
  doc.body.forEach((b, i) => {
    // The last paragraph stays on the page of the signature (落款 never stands alone).
    out.push(...block(b, i === doc.body.length - 1 && !doc.appendices.length));
  });
  if (doc.appendices.length) {
    const label = F.attachments();
    doc.appendices.forEach((a, i) => {
      const text = doc.appendices.length > 1 ? `${i + 1}. ${a.title}` : a.title;
      out.push(
        new Paragraph({
          style: 'DocAttachments',
          children: [new TextRun(i === 0 ? label + text : text)],
          ...(i > 0 ? { spacing: { ...exact } } : {}),
        }),
      );
    });
  }
  if (doc.signature) out.push(new Paragraph({ style: 'DocSignature', text: doc.signature }));
  out.push(
    new Paragraph({
      style: 'DocDate',
      text: dateText(doc.date),
      ...(doc.signature ? {} : { spacing: { ...exact, before: LINE } }),
    }),
  );
  for (const n of doc.notes) out.push(new Paragraph({ style: 'DocNote', text: n }));
  doc.appendices.forEach((a, i) => {
    out.push(
      new Paragraph({
        style: 'DocAttachmentLabel',
        text: doc.appendices.length > 1 ? `${F.attachment()}${i + 1}` : F.attachment(),
      }),
    );
    out.push(
      new Paragraph({ style: 'DocTitle', text: a.title, spacing: { ...exact, before: LINE, after: LINE } }),
    );
    for (const b of a.body) out.push(...block(b));
  });
  if (doc.cc.length || doc.form === 'official') {
    const rule = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 };
    const lines: string[] = [];
    if (doc.cc.length) lines.push(`${F.cc()}${doc.cc.join(F.listSep())}${F.end()}`);
    lines.push(F.printed({ by: doc.printedBy ?? doc.signature ?? '', date: dateText(doc.date) }));
    lines.forEach((l, i) =>
      out.push(
        new Paragraph({
          style: 'DocCc',
          keepNext: i < lines.length - 1,
          spacing: i === 0 ? { before: LINE, line: LINE, lineRule: LineRuleType.EXACT } : undefined,
          border: {
            ...(i === 0 ? { top: rule } : {}),
            ...(i === lines.length - 1 ? { bottom: rule } : { between: { ...rule, size: 4 } }),
          },
          text: l,
        }),
      ),
    );
  }
  return out;
}

export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const file = new Document({
    creator: doc.signature ?? '',
    title: plainText([doc.title.replace(/\n/g, '')]),
    evenAndOddHeaderAndFooters: true,
    styles: styles() as never,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: 851, footer: Math.round(20 * MM) },
          },
          grid: { type: DocumentGridType.DEFAULT, linePitch: LINE },
        },
        footers: { default: footer('right'), even: footer('left') },
        children: children(doc),
      },
    ],
  });
  return Packer.toBuffer(file, false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
}
