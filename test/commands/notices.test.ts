// `reform notices` on the sample ledgers (2026-11-20): one golden text per document kind, the
// structure of each kind's docx, and each docx opened by LibreOffice.
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNotices } from '../../src/commands/notices.js';
import { NOW, ROOT, copyFixture, sink } from '../helpers.js';
import { docxParts, docxText } from '../render/documents/docx-xml.js';
import { SKIP_SOFFICE, toPdf } from '../render/documents/soffice.js';

const LEDGERS = join(ROOT, 'ledgers');
const GOLDEN = join(ROOT, 'test', 'commands', 'golden', 'notices');
/** One document of each kind (file name after the date): counties as 你县, a group-issued one, … */
const PICKS: Record<string, string> = {
  prewarn: '预告提醒短信-市委改革办',
  phone: '电话提醒-市委改革办',
  written: '书面催办通知-西岭县',
  onsite: '现场督办通知-南山县',
  'onsite-group': '现场督办通知-市卫生健康委',
  request: '报请确认通报的请示-市委全面深化改革委员会',
  circular: '通报',
  interview: '约谈通知-市住房城乡建设局',
  rectify: '整改督办通知-南山县',
};

async function run(format: string, extra: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'reform-notices-'));
  const out = sink();
  const err = sink();
  const code = await runNotices(
    {
      ledgers: LEDGERS,
      date: '2026-11-20',
      format: format as 'txt',
      output: dir,
      now: NOW,
      baseline: false,
      ...extra,
    },
    out,
    err,
  );
  return { code, dir, out: out.text(), err: err.text(), files: readdirSync(dir).sort() };
}

describe('reform notices (sample ledgers, 2026-11-20)', () => {
  let txt: Awaited<ReturnType<typeof run>>;
  let docx: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    txt = await run('txt');
    docx = await run('docx');
  }, 120_000);

  it('writes one file per document, named by date, kind and unit', () => {
    expect(txt.code).toBe(0);
    for (const name of Object.values(PICKS)) expect(txt.files).toContain(`2026-11-20-${name}.txt`);
    expect(docx.files.map((f) => f.replace(/\.docx$/, '.txt'))).toEqual(txt.files);
    expect(txt.err).toContain(`已生成 ${txt.files.length} 份公文`);
  });

  for (const [kind, name] of Object.entries(PICKS)) {
    it(`${kind}: the text matches its golden file`, () => {
      const got = readFileSync(join(txt.dir, `2026-11-20-${name}.txt`), 'utf8');
      const file = join(GOLDEN, `${kind}.txt`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, got);
      expect(got).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('each kind has the right wording', () => {
    const read = (k: string) => readFileSync(join(txt.dir, `2026-11-20-${PICKS[k]}.txt`), 'utf8');
    expect(read('written')).toContain('西岭县委改革办：');
    expect(read('written')).toContain('你县牵头');
    expect(read('rectify')).toContain('负责整改的下列');
    expect(read('rectify')).not.toContain('改革事项');
    expect(read('onsite-group')).toContain('社会体制改革专项小组办公室');
    // a group's office numbers its own documents with its doc_prefix (units.yaml)
    expect(read('onsite-group')).toContain('云社改组办〔2026〕');
    expect(read('onsite-group')).toContain('（联系人：张蕾');
    expect(read('phone')).toContain('需电话联系');
    expect(read('phone')).not.toMatch(/短信（发送至手机0871/);
    expect(read('request')).toContain('市委全面深化改革委员会：');
    expect(read('request')).toContain('妥否，请批示。');
    expect(read('circular')).toContain('经市委全面深化改革委员会研究同意');
    expect(read('interview')).toContain('书面检查');
  });

  it('each kind of docx holds its elements, fonts and margins', () => {
    for (const [kind, name] of Object.entries(PICKS)) {
      const parts = docxParts(readFileSync(join(docx.dir, `2026-11-20-${name}.docx`)));
      const doc = parts['word/document.xml']!;
      const text = docxText(doc);
      const plain = readFileSync(join(txt.dir, `2026-11-20-${name}.txt`), 'utf8');
      expect(text, kind).toContain('2026年11月20日');
      expect(doc, kind).toMatch(/w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
      expect(parts['word/styles.xml'], kind).toContain('w:eastAsia="仿宋_GB2312"');
      expect(parts['word/styles.xml'], kind).toContain('w:eastAsia="方正小标宋简体"');
      if (kind === 'prewarn' || kind === 'phone') continue;
      const addressee = plain.split('\n').find((l) => /：$/.test(l))!;
      expect(text, kind).toContain(addressee);
      expect(text, kind).toMatch(/〔2026〕/);
      const signer =
        kind === 'onsite-group' ? '社会体制改革专项小组办公室' : '中共云岭市委全面深化改革委员会办公室';
      expect(text, kind).toContain(signer);
      if (kind !== 'request') expect(text, kind).toMatch(/抄送：[^\n]+。/);
      // ids hold non-breaking hyphens: Word never breaks RW-2026-042 across lines
      if (/[A-Z]{2}-\d{4}-\d/.test(plain)) expect(doc, kind).toMatch(/>[A-Z]{2}<\/w:t><w:noBreakHyphen\/>/);
    }
  });

  it.skipIf(SKIP_SOFFICE)(
    'every kind of docx opens in LibreOffice',
    () => {
      const pdfs = toPdf(
        Object.values(PICKS).map((name, i) => ({
          name: `n${i}.docx`,
          data: readFileSync(join(docx.dir, `2026-11-20-${name}.docx`)),
        })),
      );
      for (const p of pdfs) expect(readFileSync(p).subarray(0, 5).toString()).toBe('%PDF-');
    },
    300_000,
  );

  it('--record logs what it issued once, under the lock', async () => {
    const ledgers = copyFixture(LEDGERS);
    const before = readFileSync(join(ledgers, 'reminders.yaml'), 'utf8');
    const a = await run('txt', { ledgers, record: true, by: '测试', kind: ['written'] });
    const after = readFileSync(join(ledgers, 'reminders.yaml'), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    const added = after.slice(before.length);
    expect(added).toContain('level: written');
    expect(added).toContain('note: 书面催办通知');
    expect(a.err).toMatch(/记录 \d+ 条/);
    const b = await run('txt', { ledgers, record: true, by: '测试', kind: ['written'] });
    expect(readFileSync(join(ledgers, 'reminders.yaml'), 'utf8')).toBe(after);
    expect(b.err).toContain('没有需要新记录');
    expect(existsSync(join(ledgers, '.reform', 'lock'))).toBe(false);
  }, 120_000);

  it('a bad kind is a usage error', async () => {
    await expect(run('txt', { kind: ['memo'] })).rejects.toThrow(/公文类别 memo 无效/);
  });
});
