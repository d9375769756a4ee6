// Reading a .docx back for structural tests: its parts as text.
import { unzipSync, strFromU8 } from 'fflate';

export function docxParts(buf: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(buf));
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (name.endsWith('.xml')) out[name] = strFromU8(data);
  return out;
}

/** The text of document.xml without tags, paragraphs on their own lines. */
export function docxText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:noBreakHyphen\/>/g, '-')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
