// A document (公文) as plain text: the elements in GB/T 9704 order on a 28-character line (56
// columns), title centred, 落款 and 成文日期 to the right, ready to paste or to read.
import { getLang, messagesOf } from '../../i18n/index.js';
import { chineseDate, type DocBlock, type OfficialDocument, plainText } from '../../documents/model.js';
import { displayWidth } from '../common/width.js';

const F = messagesOf('documentFrame');
const WIDTH = 56;

function center(s: string): string {
  return ' '.repeat(Math.max(0, Math.floor((WIDTH - displayWidth(s)) / 2))) + s;
}

/** Right-aligned, `indent` columns from the right edge. */
function right(s: string, indent = 8): string {
  return ' '.repeat(Math.max(0, WIDTH - indent - displayWidth(s))) + s;
}

function indent(s: string): string {
  return getLang() === 'en' ? s : `　　${s}`;
}

export function dateText(date: string): string {
  return getLang() === 'en' ? date : chineseDate(date);
}

function tableText(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - displayWidth(c)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function blockText(b: DocBlock): string[] {
  switch (b.kind) {
    case 'heading':
      return [indent(b.number + b.text)];
    case 'para':
      return [indent(plainText(b.text))];
    case 'line':
      return [b.text];
    case 'quote':
      return b.text.split('\n').map((l) => `    ${l}`);
    case 'table':
      return [...(b.caption ? [center(b.caption)] : []), ...tableText(b.head, b.rows)];
  }
}

/** 附件说明: "附件：1. 甲" and the next ones under the first. */
export function attachmentLines(titles: readonly string[]): string[] {
  if (!titles.length) return [];
  const label = F.attachments();
  if (titles.length === 1) return [indent(label + titles[0]!)];
  const pad = getLang() === 'en' ? ' '.repeat(label.length) : '　'.repeat(label.length);
  return titles.map((t, i) => indent((i ? pad : label) + `${i + 1}. ${t}`));
}

export function renderDocText(doc: OfficialDocument): string {
  const out: string[] = [];
  if (doc.mark) out.push(center(doc.mark), '');
  if (doc.number || doc.signer) {
    const n = doc.number ?? '';
    out.push(
      doc.signer
        ? `${n}${' '.repeat(Math.max(2, WIDTH - displayWidth(n) - displayWidth(F.signer({ name: doc.signer }))))}${F.signer({ name: doc.signer })}`
        : center(n),
    );
  }
  if (doc.mark) out.push('─'.repeat(WIDTH / 2));
  if (doc.mark || doc.number) out.push('');
  for (const t of doc.title.split('\n')) out.push(center(t));
  out.push('');
  if (doc.addressees.length) out.push(doc.addressees.join(F.listSep()) + (getLang() === 'en' ? ':' : '：'));
  for (const b of doc.body) out.push(...blockText(b));
  const att = attachmentLines(doc.appendices.map((a) => a.title));
  if (att.length) out.push('', ...att);
  if (doc.signature)
    out.push('', '', right(doc.signature, Math.max(0, Math.min(8, WIDTH - displayWidth(doc.signature)))));
  if (doc.form === 'official' || doc.signature) out.push(right(dateText(doc.date)));
  for (const n of doc.notes) out.push(indent(n));
  doc.appendices.forEach((a, i) => {
    out.push(
      '',
      '',
      doc.appendices.length > 1 ? `${F.attachment()}${i + 1}` : F.attachment(),
      '',
      center(a.title),
      '',
    );
    for (const b of a.body) out.push(...blockText(b));
  });
  if (doc.cc.length || doc.form === 'official') {
    out.push('', '─'.repeat(WIDTH / 2));
    if (doc.cc.length) out.push(`${F.cc()}${doc.cc.join(F.listSep())}${F.end()}`);
    out.push(F.printed({ by: doc.printedBy ?? doc.signature ?? '', date: dateText(doc.date) }));
    out.push('─'.repeat(WIDTH / 2));
  }
  return `${out.join('\n')}\n`;
}
