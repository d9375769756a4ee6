// `reform returns` lays out a unit's workbook while the one before is still being zipped: the
// returns must still be written and reported one by one in the order of the units, each the same
// as the unit's return made alone, and a file that cannot be written stops the run with the error
// at that file (the returns before it written, none after it).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { returnFileName, runReturns } from '../../src/commands/returns.js';
import { NOW, ROOT, copyFixture, sink } from '../helpers.js';

const LEDGERS = join(ROOT, 'ledgers');

/** The parts of a workbook (its zip entries' texts), without the zip's own dates. */
async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** The units in the order the run reported them (the file names of its 已生成 lines). */
const reported = (text: string) => [...text.matchAll(/已生成 (?:.*\/)?([^/（]+)\.xlsx（/g)].map((m) => m[1]);

describe('returns for every unit', () => {
  let ledgers: string;
  let all: string;
  let text: string;
  beforeAll(async () => {
    ledgers = copyFixture(LEDGERS);
    all = join(ledgers, '..', 'all');
    const out = sink();
    expect(await runReturns({ ledgers, month: '2026-11', output: all, now: NOW }, out, sink())).toBe(0);
    text = out.text();
  });

  it('are written and reported in the order of the units, each as the unit’s return made alone', async () => {
    const units = reported(text);
    expect(units.length).toBeGreaterThan(10);
    expect(readdirSync(all).sort()).toEqual(units.map((u) => returnFileName(u!)).sort());
    // the first, one from the middle and the last, each made alone with --unit
    for (const unit of [units[0]!, units[Math.floor(units.length / 2)]!, units.at(-1)!]) {
      const alone = join(ledgers, '..', `alone-${unit}`);
      const code = await runReturns(
        { ledgers, month: '2026-11', unit, output: alone, now: NOW },
        sink(),
        sink(),
      );
      expect(code).toBe(0);
      const file = returnFileName(unit);
      expect(await parts(join(all, file))).toEqual(await parts(join(alone, file)));
    }
  });

  it('stop at a file that cannot be written, with the returns before it written and none after', async () => {
    const units = reported(text);
    const blocked = units[3]!;
    const out = join(ledgers, '..', 'blocked');
    // a folder where the fourth unit's file goes: it cannot be renamed into place
    mkdirSync(join(out, returnFileName(blocked)), { recursive: true });
    const printed = sink();
    await expect(
      runReturns({ ledgers, month: '2026-11', output: out, now: NOW }, printed, sink()),
    ).rejects.toThrow(returnFileName(blocked));
    expect(reported(printed.text())).toEqual(units.slice(0, 3));
    expect(readdirSync(out).sort()).toEqual(
      units
        .slice(0, 4)
        .map((u) => returnFileName(u!))
        .sort(),
    );
  });
});
