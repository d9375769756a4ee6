// The quarterly report as a 公文 in Word (.docx): the same document as Markdown and HTML, set by
// the document writer in the GB/T 9704 layout, with 发文机关标志, 文号, 主送 (the committee; a
// unit's version goes to that unit), 落款 with the office's full name, 成文日期 and 抄送; the
// appendix (关键节点明细) follows the 落款 as an attachment. Figures are in the HTML version.
import type { OfficeIdentity } from '../../documents/identity.js';
import { type DocBlock, docNumber, type OfficialDocument, para } from '../../documents/model.js';
import { renderDocx } from '../documents/docx.js';
import type { Report } from '../../report/types.js';
import type { Block, Cell, Text } from './blocks.js';
import { buildDocument } from './document.js';

function cell(c: Cell): string {
  return Array.isArray(c) ? c.join('\n') : String(c);
}

function blocks(list: readonly Block[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (const b of list) {
    if (b.kind === 'para') out.push(para(...(b.text as Text)));
    else if (b.kind === 'subheading') out.push({ kind: 'heading', level: 2, number: '', text: b.text });
    else if (b.kind === 'table')
      out.push({
        kind: 'table',
        caption: b.caption,
        head: b.head,
        rows: [...b.rows, ...(b.foot ? [b.foot] : [])].map((r) => r.map(cell)),
      });
    // charts: drawn in the HTML version only
  }
  return out;
}

export function reportOfficial(r: Report, id: OfficeIdentity, addressee?: string): OfficialDocument {
  const d = buildDocument(r);
  const body: DocBlock[] = [para(...(d.lead as Text))];
  const appendices: OfficialDocument['appendices'] = [];
  for (const s of d.sections) {
    if (s.id === 'appendix') {
      const first = s.blocks.find((b) => b.kind === 'table');
      const title = first?.kind === 'table' ? first.caption.replace(/^(表|Table)\s*\d+\s*/, '') : s.title;
      appendices.push({ title, body: blocks(s.blocks) });
      continue;
    }
    body.push({ kind: 'heading', level: 1, number: '', text: s.title }, ...blocks(s.blocks));
  }
  if (d.closing) body.push(para(...(d.closing as Text)));
  if (d.attachment && appendices[0]) appendices[0].title = d.attachment;
  const doc: OfficialDocument = {
    kind: 'report',
    form: 'official',
    mark: id.full,
    number: docNumber(id.docPrefix, r.period.year),
    title: d.titleLines.join('\n'),
    addressees: [addressee ?? d.addressee],
    body,
    appendices,
    signature: id.full,
    date: r.period.asOf,
    notes: id.contact ? [`（联系人：${id.contact.name}，电话：${id.contact.phone}）`] : [],
    cc: id.cc,
  };
  return doc;
}

export function renderReportDocx(r: Report, id: OfficeIdentity, addressee?: string): Promise<Buffer> {
  return renderDocx(reportOfficial(r, id, addressee));
}
