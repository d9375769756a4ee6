// `reform report -o x.docx`: the quarterly report as a 公文 in Word, opened by LibreOffice.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../../src/commands/report.js';
import { NOW, ROOT, sink } from '../helpers.js';
import { docxParts, docxText } from '../render/documents/docx-xml.js';
import { SKIP_SOFFICE, toPdf } from '../render/documents/soffice.js';

const LEDGERS = join(ROOT, 'ledgers');

async function report(extra: Record<string, unknown> = {}) {
  const file = join(mkdtempSync(join(tmpdir(), 'reform-report-docx-')), 'report.docx');
  const code = await runReport(
    { ledgers: LEDGERS, date: '2026-11-20', output: file, now: NOW, baseline: false, ...extra },
    sink(),
    sink(),
  );
  return { code, data: readFileSync(file) };
}

describe('reform report as docx', () => {
  it('holds 主送, 文号, 落款 with the full name, 成文日期, 抄送, fonts and margins', async () => {
    const { code, data } = await report();
    expect(code).toBe(0);
    const parts = docxParts(data);
    const text = docxText(parts['word/document.xml']!);
    expect(text).toContain('市委全面深化改革委员会：');
    expect(text).toContain('云改办督〔2026〕');
    expect(text).toContain('中共云岭市委全面深化改革委员会办公室');
    expect(text).toContain('2026年11月20日');
    expect(text).toContain('抄送：市委办公室，市政府办公室，市委督查室。');
    // 落款 precedes the attachment
    expect(text.indexOf('2026年11月20日\n')).toBeLessThan(text.lastIndexOf('附件\n'));
    expect(parts['word/document.xml']).toMatch(/w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(parts['word/styles.xml']).toContain('w:eastAsia="仿宋_GB2312"');
  }, 120_000);

  it('the --unit version is addressed to that unit', async () => {
    const text = docxText(docxParts((await report({ unit: '南山县' })).data)['word/document.xml']!);
    expect(text).toContain('南山县委改革办：');
  }, 120_000);

  it('docx needs -o', async () => {
    await expect(runReport({ ledgers: LEDGERS, format: 'docx', now: NOW }, sink(), sink())).rejects.toThrow(
      /-o/,
    );
  });

  it.skipIf(SKIP_SOFFICE)(
    'opens in LibreOffice',
    async () => {
      const [pdf] = toPdf([{ name: 'report.docx', data: (await report()).data }]);
      expect(readFileSync(pdf!).subarray(0, 5).toString()).toBe('%PDF-');
    },
    300_000,
  );
});
