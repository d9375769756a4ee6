// The return's item rows and data validations are written straight to the sheet (the workbook's
// own style and string registries, each validation's element as exceljs renders it), not through
// exceljs's Row and Cell objects and its list of validations. The file must be the same as
// exceljs makes it from those: every part of the zip compared, byte for byte, with the reference
// path (`viaCells`), on forms that take every kind of cell the form has.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ReturnForm, ReturnItem } from '../../../src/returns/form.js';
import { writeReturnWorkbook } from '../../../src/render/returns/xlsx.js';
import { LEVELS } from '../../../src/schema/kinds.js';

const BASE: Omit<ReturnForm, 'items'> = {
  unit: '市财政局',
  month: '2026-11',
  asOf: '2026-11-20',
  revision: '0123456789abcdef0123456789abcdef01234567',
  office: '云岭市委改革办',
  dueBy: '2026-11-06',
};

/** A deterministic mix: every ledger, level, node count, overdue or not, final nodes, milestones. */
function items(n: number): ReturnItem[] {
  const ledgers = ['tasks', 'pilots', 'problems'] as const;
  const out: ReturnItem[] = [];
  for (let i = 0; i < n; i++) {
    const ledger = ledgers[i % 3]!;
    const count = ledger === 'problems' ? 1 : 1 + (i % 4);
    const nodes = Array.from({ length: count }, (_, k) => {
      const final = k === count - 1;
      const day = String(1 + ((i * 7 + k * 5) % 28)).padStart(2, '0');
      const node = {
        name: final ? (ledger === 'problems' ? '整改完成' : '任务办结') : `节点${k + 1}`,
        due: `2026-${k % 2 ? '12' : '10'}-${day}`,
        overdue: k % 2 === 0,
        final,
      };
      return ledger === 'problems' || final ? node : { ...node, milestone: k };
    });
    const item: ReturnItem = {
      id: `${ledger === 'problems' ? 'WT' : 'RW'}-2026-${String(i).padStart(4, '0')}`,
      ledger,
      // a long title on some one-node items (the row grows), characters XML escapes on others
      title:
        i % 5 === 0 ? `推进${'跨部门数据共享和业务协同'.repeat(1 + (i % 3))}改革` : `事项 <${i}> & "试点" '${i}'`,
      daysBehind: i % 4 === 0 ? 0 : i * 3,
      nodes,
    };
    const level = i % 6 === 0 ? undefined : LEVELS[i % LEVELS.length];
    if (level) item.level = level;
    out.push(item);
  }
  return out;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

describe('the form rows written straight to the sheet', () => {
  it.each([
    ['no items', 0],
    ['one item', 1],
    ['a few items', 7],
    ['many items', 400],
  ])('give the same workbook as exceljs’s rows and validations (%s)', async (_, n) => {
    const form: ReturnForm = { ...BASE, items: items(n) };
    const fast = await parts(await writeReturnWorkbook(form));
    const reference = await parts(await writeReturnWorkbook(form, { viaCells: true }));
    expect([...fast.keys()]).toEqual([...reference.keys()]);
    for (const [name, text] of reference) expect(fast.get(name), name).toBe(text);
    // the forms do have rows, validations and shared strings to compare
    const sheet = fast.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.split('<row ').length - 1).toBe(4 + (n ? form.items.reduce((s, i) => s + i.nodes.length, 0) : 1));
    if (n) expect(sheet).toMatch(/<dataValidations count="\d+">/);
  });
});
