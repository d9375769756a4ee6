// A document (公文) as data: the elements of GB/T 9704-2012 in order, already worded. Every writer
// (text, Markdown, docx) serialises the same object, so the wording lives once.
//
// How to use it (for any command that issues a document, e.g. a 考核情况报告):
//   const out = new Outline();
//   const doc: OfficialDocument = {
//     kind: 'assessment', form: 'official', mark: id.full, number: docNumber(id.docPrefix, 2026),
//     title: '关于2026年度全面深化改革工作考核情况的报告', addressees: ['市委全面深化改革委员会'],
//     body: [para('……'), out.h1('总体情况'), para('……'), out.h2('……'), table(head, rows)],
//     attachments: [], signature: id.full, date: '2026-11-20', notes: [], cc: id.cc,
//   };
//   renderDocText(doc) / renderDocMarkdown(doc) / await renderDocx(doc)   (src/render/documents/)
// `officeIdentity(policy, units)` (identity.ts) gives the full name, 文号 prefix, 抄送 and contact.

/** A run of text; strong runs are set bold (the theme sentence of a paragraph). */
export type Inline = string | { strong: string };

export type DocBlock =
  /** 一、 / （一） / 1. / （1）: a heading line of the outline; `number` already formatted. */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; number: string; text: string }
  /** A body paragraph (first line indented two characters). */
  | { kind: 'para'; text: Inline[] }
  /** A line set flush left without indent (an SMS recipient, a form label). */
  | { kind: 'line'; text: string }
  | { kind: 'table'; caption?: string; head: string[]; rows: string[][]; widths?: number[] }
  /** A box of text kept apart (an SMS as it will be sent). */
  | { kind: 'quote'; text: string };

export interface Appendix {
  /** The attachment's title (also listed in 附件说明). */
  title: string;
  body: DocBlock[];
}

export interface OfficialDocument {
  /** What it is, for file names and filters: 'written', 'onsite', 'report', … */
  kind: string;
  /** official: a 公文 with all its elements; sheet: a working sheet (SMS texts, phone script). */
  form: 'official' | 'sheet';
  /** 发文机关标志, set as text (not a text box). */
  mark?: string;
  /** 发文字号: 云改办督〔2026〕10号, or with the number left blank. */
  number?: string;
  /** 签发人 (a 请示 names who signs it off); blank when unknown. */
  signer?: string;
  title: string;
  /** 主送机关. */
  addressees: string[];
  body: DocBlock[];
  /** 附件: listed in 附件说明 before the 落款, printed after it. */
  appendices: Appendix[];
  /** 发文机关署名 (full name). */
  signature?: string;
  /** 成文日期, YYYY-MM-DD (written 2026年11月20日). */
  date: string;
  /** 附注: （联系人：周敏，电话：…）. */
  notes: string[];
  /** 抄送机关. */
  cc: string[];
  /** 印发机关 (defaults to the signature's office). */
  printedBy?: string;
  /** The unit the document is about, for its file name. */
  subject?: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一, 二, … 九十九 (outline numbering). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  if (n < 20) return `十${NUMERALS[n - 11]!}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (n < 100) return `${NUMERALS[tens - 1]!}十${ones ? NUMERALS[ones - 1]! : ''}`;
  return String(n);
}

/** The four outline levels of a 公文 body: 一、 （一） 1. （1）; each resets the ones below. */
export class Outline {
  private counts = [0, 0, 0, 0];
  constructor(private readonly lang: 'zh' | 'en' = 'zh') {}
  number(level: 1 | 2 | 3 | 4): string {
    this.counts[level - 1]!++;
    for (let i = level; i < 4; i++) this.counts[i] = 0;
    const n = this.counts[level - 1]!;
    if (this.lang === 'en')
      return level === 1 ? `${n}. ` : level === 2 ? `(${n}) ` : level === 3 ? `${n}. ` : `(${n}) `;
    if (level === 1) return `${chineseNumeral(n)}、`;
    if (level === 2) return `（${chineseNumeral(n)}）`;
    if (level === 3) return `${n}.`;
    return `（${n}）`;
  }
  heading(level: 1 | 2 | 3 | 4, text: string): DocBlock {
    return { kind: 'heading', level, number: this.number(level), text };
  }
  h1(text: string): DocBlock {
    return this.heading(1, text);
  }
  h2(text: string): DocBlock {
    return this.heading(2, text);
  }
  h3(text: string): DocBlock {
    return this.heading(3, text);
  }
  /** A numbered paragraph: the number and theme in bold, then the text (1.……。). */
  item(level: 1 | 2 | 3 | 4, text: string, theme?: string): DocBlock {
    const n = this.number(level);
    return { kind: 'para', text: theme ? [{ strong: n + theme }, text] : [n + text] };
  }
}

export function para(...text: Inline[]): DocBlock {
  return { kind: 'para', text };
}

export function plainText(text: readonly Inline[]): string {
  return text.map((r) => (typeof r === 'string' ? r : r.strong)).join('');
}

/** 云改办督〔2026〕10号; without a number the place is left blank (〔2026〕　号) for the clerk. */
export function docNumber(prefix: string, year: number, n?: number | string): string {
  return `${prefix}〔${year}〕${n === undefined ? '　　' : n}号`;
}

/** 2026-11-20 → 2026年11月20日. */
export function chineseDate(date: string): string {
  return `${+date.slice(0, 4)}年${+date.slice(5, 7)}月${+date.slice(8, 10)}日`;
}
