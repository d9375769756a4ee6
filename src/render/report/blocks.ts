// The report as a document: sections of paragraphs, tables and chart slots, already worded in
// the active language. Markdown and HTML serialise the same document, so the prose lives once.

/** A run of text; `strong` runs are emphasised. Ledger text is kept raw: each renderer escapes. */
export type Inline = string | { strong: string };
export type Text = Inline[];

export type Align = 'left' | 'right' | 'center';
/** A table cell; a list is one entry per line. */
export type Cell = string | number | string[];

export interface TableBlock {
  kind: 'table';
  caption: string;
  head: string[];
  rows: Cell[][];
  align: Align[];
  /** A closing row (合计). */
  foot?: Cell[];
}

export type ChartKind = 'unit-states' | 'unit-rate' | 'reminder-levels' | 'timeline';

export type Block =
  | { kind: 'para'; text: Text }
  | { kind: 'subheading'; text: string }
  | { kind: 'chart'; chart: ChartKind; caption: string }
  | TableBlock;

export interface Section {
  id: string;
  /** With its number: 一、总体情况. */
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  lang: 'zh' | 'en';
  title: string;
  /** The title as it is set on the page: broken where the sense allows (an official title's 回行). */
  titleLines: string[];
  /** The line under the title: the as-of day and the scope. */
  subtitle: string;
  /** 主送: the committee, or the unit a 督察反馈意见 goes to. */
  addressee: string;
  lead: Text;
  /** The body's sections; the one with id `appendix` is the attachment, set after the 落款. */
  sections: Section[];
  /** A unit's version closes asking it to rectify and reply. */
  closing?: Text;
  /** 附件说明: the attachment's title, listed before the 落款. */
  attachment?: string;
  /** The closing line (落款): the office's full name. */
  signature: string;
  /** 成文日期 in words (2026年11月20日). */
  date: string;
}

export function plain(text: Text): string {
  return text.map((r) => (typeof r === 'string' ? r : r.strong)).join('');
}
