// Reminders and reports are the same whichever parse path read the ledgers (issue 6).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runRemind } from '../../src/commands/remind.js';
import { runReport } from '../../src/commands/report.js';
import { runCheck } from '../../src/commands/check.js';
import { FIXTURES, NOW, ROOT, sink } from '../helpers.js';

async function both(run: (parse: 'auto' | 'full', out: ReturnType<typeof sink>) => Promise<number>) {
  const a = sink();
  const b = sink();
  const codeA = await run('auto', a);
  const codeB = await run('full', b);
  return { a: a.text(), b: b.text(), codeA, codeB };
}

const ledgers = join(ROOT, 'ledgers');

describe('fast and full parse paths', () => {
  it.each(['json', 'text', 'csv', 'notice'] as const)(
    'give the same reminders (%s) on the sample ledgers',
    async (format) => {
      const r = await both((parse, out) =>
        runRemind({ ledgers, date: '2026-11-20', format, parse, now: NOW }, out),
      );
      expect(r.codeA).toBe(0);
      expect(r.a).toBe(r.b);
      expect(r.a.length).toBeGreaterThan(500);
    },
  );

  it.each(['json', 'markdown'] as const)(
    'give the same 2026Q3 report (%s) on the sample ledgers',
    async (format) => {
      const r = await both((parse, out) =>
        runReport({ ledgers, quarter: '2026Q3', format, parse, now: NOW }, out),
      );
      expect(r.codeA).toBe(0);
      expect(r.a).toBe(r.b);
    },
  );

  it.each(['broken', 'broken-yaml', 'clean'])('give the same diagnostics on %s', async (dir) => {
    const r = await both((parse, out) =>
      runCheck({ ledgers: join(FIXTURES, dir), format: 'json', parse, now: NOW }, out),
    );
    expect(r.codeA).toBe(r.codeB);
    expect(r.a).toBe(r.b);
  });

  it('refuse a broken ledger the same way', async () => {
    const err = (parse: 'auto' | 'full') =>
      runRemind({ ledgers: join(FIXTURES, 'broken'), date: '2026-11-20', parse, now: NOW }, sink());
    expect(await err('auto')).toBe(1);
    expect(await err('full')).toBe(1);
  });
});
