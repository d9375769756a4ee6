// The 考核情况报告 and the 对账确认单 as Word files: the document's elements in its XML, column
// widths as given, and LibreOffice opens both (converted to PDF).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessYear } from '../../../src/assess/score.js';
import { officeIdentity } from '../../../src/documents/identity.js';
import { setLang } from '../../../src/i18n/index.js';
import { loadLedgers } from '../../../src/ledger/load.js';
import { renderAssessDocx } from '../../../src/render/assess/docx.js';
import { ROOT } from '../../helpers.js';
import { docxParts, docxText } from '../documents/docx-xml.js';
import { SKIP_SOFFICE, toPdf } from '../documents/soffice.js';

async function docs() {
  setLang('zh');
  const { ledger } = loadLedgers(join(ROOT, 'ledgers'));
  const result = assessYear(ledger, { year: 2026, asOf: '2026-12-31' });
  const identity = officeIdentity(ledger.policy, ledger.units);
  const report = Buffer.from(await renderAssessDocx({ result, office: ledger.policy.office, identity }));
  const unit = result.units.at(-1)!.name;
  const sheet = Buffer.from(await renderAssessDocx({ result, office: ledger.policy.office, identity, unit }));
  return { result, report, sheet, unit, identity };
}

describe('assessment docx', () => {
  it('the report: mark, title, addressee, ranking, named units, attachment, signature', async () => {
    const { report, result, identity } = await docs();
    const xml = docxParts(report)['word/document.xml']!;
    const text = docxText(xml);
    expect(text).toContain(identity.full);
    expect(text).toContain('关于2026年度全面深化改革工作考核情况的报告');
    expect(text).toContain(`${identity.committee}：`);
    expect(text).not.toContain('阶段性结果');
    expect(text).toContain(result.units[0]!.name);
    expect(text).toContain('各单位扣分、加分明细');
    expect(text).toContain('2026年12月31日');
    // fixed column widths from the ranking's weights
    expect(xml).toMatch(/<w:tblLayout w:type="fixed"\/>/);
  });

  it('the sheet: the unit, its items and the signature lines', async () => {
    const { sheet, unit } = await docs();
    const text = docxText(docxParts(sheet)['word/document.xml']!);
    expect(text).toContain(`${unit}2026年度改革工作考核对账确认单`);
    expect(text).toContain('单位负责人（签字）');
    expect(text).toContain('日期：        年    月    日');
  });

  it.skipIf(SKIP_SOFFICE)(
    'LibreOffice opens both',
    async () => {
      const { report, sheet } = await docs();
      const pdfs = toPdf([
        { name: 'report.docx', data: report },
        { name: 'sheet.docx', data: sheet },
      ]);
      for (const p of pdfs) {
        expect(existsSync(p)).toBe(true);
        expect(statSync(p).size).toBeGreaterThan(5000);
      }
    },
    120_000,
  );
});
