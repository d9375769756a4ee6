// A document (公文) as Markdown: the title as a heading, the body as paragraphs, tables as tables,
// 落款 and 成文日期 right-aligned by a paragraph each (plain Markdown has no alignment; they come last).
import { getLang, messagesOf } from '../../i18n/index.js';
import type { DocBlock, Inline, OfficialDocument } from '../../documents/model.js';
import { dateText } from './text.js';

const F = messagesOf('documentFrame');

function esc(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function inline(t: readonly Inline[]): string {
  return t.map((r) => (typeof r === 'string' ? esc(r) : `**${esc(r.strong)}**`)).join('');
}

function blockMd(b: DocBlock): string[] {
  switch (b.kind) {
    case 'heading':
      return b.level <= 2 ? [`**${esc(b.number + b.text)}**`, ''] : [esc(b.number + b.text), ''];
    case 'para':
      return [(getLang() === 'en' ? '' : '　　') + inline(b.text), ''];
    case 'line':
      return [esc(b.text), ''];
    case 'quote':
      return [...b.text.split('\n').map((l) => `> ${esc(l)}`), ''];
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map((c) => esc(c).replace(/\n/g, '<br>')).join(' | ')} |`;
      return [
        ...(b.caption ? [`**${esc(b.caption)}**`, ''] : []),
        row(b.head),
        `|${b.head.map(() => '---').join('|')}|`,
        ...b.rows.map(row),
        '',
      ];
    }
  }
}

export function renderDocMarkdown(doc: OfficialDocument): string {
  const out: string[] = [];
  if (doc.mark) out.push(`<p align="center">${esc(doc.mark)}</p>`, '');
  if (doc.number)
    out.push(
      `<p align="center">${esc(doc.number)}${doc.signer ? `　　${esc(F.signer({ name: doc.signer }))}` : ''}</p>`,
      '',
      '---',
      '',
    );
  out.push(`# ${esc(doc.title.replace(/\n/g, ''))}`, '');
  if (doc.addressees.length)
    out.push(esc(doc.addressees.join(F.listSep())) + (getLang() === 'en' ? ':' : '：'), '');
  for (const b of doc.body) out.push(...blockMd(b));
  if (doc.appendices.length) {
    const titles = doc.appendices.map((a, i) =>
      doc.appendices.length > 1 ? `${i + 1}. ${a.title}` : a.title,
    );
    out.push((getLang() === 'en' ? '' : '　　') + esc(F.attachments()) + titles.map(esc).join('<br>'), '');
  }
  if (doc.signature) out.push(`<p align="right">${esc(doc.signature)}</p>`, '');
  out.push(`<p align="right">${esc(dateText(doc.date))}</p>`, '');
  for (const n of doc.notes) out.push(esc(n), '');
  doc.appendices.forEach((a, i) => {
    out.push(
      '---',
      '',
      `**${esc(doc.appendices.length > 1 ? `${F.attachment()}${i + 1}` : F.attachment())}**`,
      '',
    );
    out.push(`## ${esc(a.title)}`, '');
    for (const b of a.body) out.push(...blockMd(b));
  });
  if (doc.cc.length || doc.form === 'official') {
    out.push('---', '');
    if (doc.cc.length) out.push(esc(`${F.cc()}${doc.cc.join(F.listSep())}${F.end()}`), '');
    out.push(esc(F.printed({ by: doc.printedBy ?? doc.signature ?? '', date: dateText(doc.date) })), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
