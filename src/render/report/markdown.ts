// The report as Markdown: Chinese headings and tables, ready to paste into the office's document.
// Ledger text is escaped so that it reads as text (no emphasis, links or HTML slip through).
import { visible } from '../../i18n/visible.js';
import type { Report } from '../../report/types.js';
import type { Block, Cell, Inline, ReportDocument, TableBlock, Text } from './blocks.js';
import { buildDocument } from './document.js';
import { joinSemicolons } from './words.js';
import { messagesOf } from '../../i18n/index.js';

const M = messagesOf('reportDocument');

const MARKDOWN_SPECIAL = /[\r\n\\`*_[\]<>|~]/;

/** Backslash-escapes Markdown punctuation; line breaks become spaces. */
export function escapeMarkdown(s: string): string {
  if (!MARKDOWN_SPECIAL.test(s)) return visible(s);
  return visible(s.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`));
}

function inline(r: Inline): string {
  return typeof r === 'string' ? escapeMarkdown(r) : `**${escapeMarkdown(r.strong)}**`;
}

/** Adjacent emphasised runs merge, so that `**a****b**` never appears. */
function text(t: Text): string {
  const runs: Inline[] = [];
  for (const r of t) {
    const last = runs[runs.length - 1];
    if (typeof r !== 'string' && last !== undefined && typeof last !== 'string')
      runs[runs.length - 1] = { strong: last.strong + r.strong };
    else runs.push(r);
  }
  return runs.map(inline).join('');
}

function cell(c: Cell): string {
  if (typeof c === 'number') return String(c);
  if (Array.isArray(c)) return joinSemicolons(c.map(escapeMarkdown)) || ' ';
  return escapeMarkdown(c) || ' ';
}

function table(t: TableBlock): string {
  const rule = t.align.map((a) => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---'));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [`**${escapeMarkdown(t.caption)}**`, '', row(t.head.map(cell)), row(rule)];
  for (const r of t.rows) lines.push(row(r.map(cell)));
  if (t.foot) lines.push(row(t.foot.map((c) => (c === '' ? ' ' : `**${cell(c)}**`))));
  return lines.join('\n');
}

function block(b: Block): string | undefined {
  switch (b.kind) {
    case 'para':
      return text(b.text);
    case 'subheading':
      return `### ${escapeMarkdown(b.text)}`;
    case 'table':
      return table(b);
    case 'chart':
      return undefined; // charts are drawn in the HTML report only
  }
}

export function documentToMarkdown(doc: ReportDocument): string {
  const out: string[] = [
    `# ${escapeMarkdown(doc.title)}`,
    escapeMarkdown(doc.subtitle),
    escapeMarkdown(M.addresseeLine({ name: doc.addressee })),
    text(doc.lead),
  ];
  const section = (s: ReportDocument['sections'][number]) => {
    out.push(`## ${escapeMarkdown(s.title)}`);
    for (const b of s.blocks) {
      const md = block(b);
      if (md !== undefined) out.push(md);
    }
  };
  const attached = doc.sections.filter((s) => s.id === 'appendix');
  for (const s of doc.sections) if (s.id !== 'appendix') section(s);
  if (doc.closing) out.push(text(doc.closing));
  // GB/T 9704: 附件说明, then the 落款 and 成文日期; the attachment itself follows them
  if (doc.attachment) out.push(escapeMarkdown(M.attachmentNote({ title: doc.attachment })));
  out.push(`${escapeMarkdown(doc.signature)}  \n${escapeMarkdown(doc.date)}`);
  if (attached.length) out.push('---');
  for (const s of attached) section(s);
  return out.join('\n\n') + '\n';
}

export function renderReportMarkdown(report: Report): string {
  return documentToMarkdown(buildDocument(report));
}
