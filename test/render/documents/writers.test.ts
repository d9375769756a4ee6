import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { docNumber, Outline, para, type OfficialDocument } from '../../../src/documents/model.js';
import { renderDocText } from '../../../src/render/documents/text.js';
import { renderDocMarkdown } from '../../../src/render/documents/markdown.js';
import { renderDocx } from '../../../src/render/documents/docx.js';
import { docxParts, docxText } from './docx-xml.js';
import { SKIP_SOFFICE, toPdf } from './soffice.js';

function sample(): OfficialDocument {
  const o = new Outline();
  return {
    kind: 'test',
    form: 'official',
    mark: '中共云岭市委全面深化改革委员会办公室',
    number: docNumber('云改办督', 2026, 12),
    title: '关于加快推进改革任务落实的催办通知',
    addressees: ['南山县委改革办'],
    body: [
      para('经对照台账核查，你县牵头的下列改革任务已连续塌进度：'),
      o.h1('改革任务'),
      o.item(2, '推进城乡供水一体化改革（RW-2026-042）。', '关于供水一体化。'),
      { kind: 'table', head: ['编号', '事项'], rows: [['RW-2026-042', '推进城乡供水一体化改革']] },
      para('特此通知。'),
    ],
    appendices: [
      { title: '书面报告回执', body: [{ kind: 'table', head: ['单位', '联系人'], rows: [['', '']] }] },
    ],
    signature: '中共云岭市委全面深化改革委员会办公室',
    date: '2026-11-20',
    notes: ['（联系人：周敏，电话：0871-63100218）'],
    cc: ['南山县委办公室'],
  };
}

describe('document writers', () => {
  it('numbers the outline 一、（一）1.（1）, each level resetting the ones below', () => {
    const o = new Outline();
    const nums = [o.number(1), o.number(2), o.number(3), o.number(4), o.number(2), o.number(1), o.number(2)];
    expect(nums).toEqual(['一、', '（一）', '1.', '（1）', '（二）', '二、', '（一）']);
  });

  it('writes text and Markdown with every element in GB/T 9704 order', () => {
    for (const text of [renderDocText(sample()), renderDocMarkdown(sample())]) {
      const at = (s: string) => {
        const i = text.indexOf(s);
        expect(i, s).toBeGreaterThanOrEqual(0);
        return i;
      };
      const order = [
        at('中共云岭市委全面深化改革委员会办公室'),
        at('云改办督〔2026〕12号'),
        at('关于加快推进改革任务落实的催办通知'),
        at('南山县委改革办：'),
        at('一、改革任务'),
        at('（一）关于供水一体化。'),
        at('附件：书面报告回执'),
        at('2026年11月20日'),
        at('（联系人：周敏，电话：0871-63100218）'),
        at('抄送：南山县委办公室。'),
      ];
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });

  it('writes a docx with the page, fonts and elements in styles', async () => {
    const parts = docxParts(await renderDocx(sample()));
    const doc = parts['word/document.xml']!;
    const text = docxText(doc);
    for (const s of [
      '云改办督〔2026〕12号',
      '南山县委改革办：',
      '中共云岭市委全面深化改革委员会办公室',
      '2026年11月20日',
      '抄送：南山县委办公室。',
    ])
      expect(text).toContain(s);
    expect(doc).toContain('w:w="11906"');
    expect(doc).toContain('w:h="16838"');
    // 37/35/28/26 mm
    expect(doc).toMatch(/w:top="2098"/);
    expect(doc).toMatch(/w:bottom="1984"/);
    expect(doc).toMatch(/w:left="1587"/);
    expect(doc).toMatch(/w:right="1474"/);
    expect(doc).toMatch(/w:linePitch="455"/);
    expect(doc).not.toContain('txbx');
    const styles = parts['word/styles.xml']!;
    expect(styles).toContain('w:eastAsia="方正小标宋简体"');
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toMatch(/w:styleId="DocTitle"[\s\S]*?<w:sz w:val="44"\/>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*?<w:sz w:val="32"\/>/);
    expect(parts['word/fontTable.xml']).toContain(
      '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>',
    );
    expect(parts['word/fontTable.xml']).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    const footers = Object.keys(parts).filter((k) => /word\/footer\d+\.xml/.test(k));
    expect(footers.length).toBe(2);
    for (const f of footers) {
      expect(docxText(parts[f]!)).toContain('— ');
      expect(parts[f]).toContain('PAGE');
    }
  });

  it.skipIf(SKIP_SOFFICE)(
    'opens in LibreOffice (converts to PDF)',
    async () => {
      const [pdf] = toPdf([{ name: 'notice.docx', data: await renderDocx(sample()) }]);
      expect(readFileSync(pdf!).subarray(0, 5).toString()).toBe('%PDF-');
    },
    240_000,
  );
});
