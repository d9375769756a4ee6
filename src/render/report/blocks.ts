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
  lead: Text;
  sections: Section[];
  /** The closing line (落款): the office. */
  signature: string;
}

export function plain(text: Text): string {
  return text.map((r) => (typeof r === 'string' ? r : r.strong)).join('');
}
