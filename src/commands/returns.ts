// `reform returns --month YYYY-MM [--unit U] -o DIR`: one progress return (进展填报表, .xlsx) per
// unit with open items, for the unit to fill in and send back to `reform import`; then the units
// that have not reported this month (本月未报送进展).

import { refuseBroken } from './shared/open.js';
import { join } from 'node:path';
import { openLedgers } from './shared/open.js';
import { digestAsRead, ledgerRevision } from '../versions/ledger-revision.js';
import { syncFolder } from '../ledger/atomic-write.js';
import { displayPath } from '../ledger/load.js';
import { calendarFor } from '../domain/delay.js';
import { assessAsOf, startEarlySchedule } from './shared/assess.js';
import type { EarlySchedule } from '../versions/schedule-load.js';
import type { LedgerFile } from '../ledger/files.js';
import { isValidDate } from '../domain/dates.js';
import { unitIndex } from '../domain/units.js';
import { returnItems, unitsWithOpenItems, type ReturnForm } from '../returns/form.js';
import { returnsDay, unreported } from '../domain/unreported.js';
import { writeReturnWorkbook } from '../render/returns/xlsx.js';
import { renderUnreported } from '../render/remind/unreported.js';
import { EXIT_OK, UsageError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import type { AsOfOptions } from './shared/options.js';
import { makeOutputDir, writeOutputFile } from './shared/output.js';

export interface ReturnsOptions extends AsOfOptions {
  month?: string;
  unit?: string;
  output?: string;
}

export function checkMonth(value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new UsageError(t().returns.badMonth({ value }));
  return value;
}

/** A file name for a unit: its name without characters file systems refuse. */
export function returnFileName(unit: string): string {
  return `${unit.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}.xlsx`;
}

export async function runReturns(
  opts: ReturnsOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  if (!opts.output) throw new UsageError(t().returns.needOutput);
  if (opts.date !== undefined && !isValidDate(opts.date))
    throw new UsageError(t().returns.badDate({ value: opts.date }));
  // the ledger's revision (git, or a digest of its files) is asked for before the ledger loads:
  // its git processes start from a small process and run while the files are read
  // (their digest, when git has not the files as they are, is made from the bytes the load reads)
  const asRead = digestAsRead(opts.ledgers);
  const revisionOf = ledgerRevision(opts.ledgers, asRead.value);
  revisionOf.catch(() => undefined); // awaited below; a ledger refused or unreadable never asks
  // and what the approved schedule needs of git (see startSchedule)
  const early = await startEarlySchedule(opts, opts.date);
  try {
    return await returnsWith(opts, opts.output, out, err, asRead, revisionOf, early);
  } finally {
    early?.close();
  }
}

async function returnsWith(
  opts: ReturnsOptions,
  output: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  asRead: { read: (file: LedgerFile, bytes: Buffer) => void; done: () => void },
  revisionOf: Promise<string>,
  early: EarlySchedule | undefined,
): Promise<number> {
  const opened = openLedgers(opts.ledgers, { now: opts.now, read: asRead.read });
  asRead.done();
  if (opened.errors > 0) return refuseBroken(opened, opts.ledgers, 'returns', err);
  const { ledger } = opened.loaded;
  const asOf = opts.date ?? opened.today;
  const month = checkMonth(opts.month ?? asOf.slice(0, 7));
  let unit: string | undefined;
  if (opts.unit !== undefined) {
    unit = unitIndex(ledger.units).get(opts.unit.trim());
    if (!unit) throw new UsageError(t().returns.unknownUnit({ value: opts.unit }));
  }
  const { policy } = ledger;
  const { statuses, calendar: dayCount } = await assessAsOf({
    dir: opts.ledgers,
    loaded: opened.loaded,
    asOf,
    today: opened.today,
    baseline: opts.baseline === true ? undefined : opts.baseline,
    ...(early ? { early } : {}),
  });
  // the returns day is counted in working days whatever the policy's day count
  const calendar = dayCount ?? calendarFor(policy);
  const revision = await revisionOf;
  const dueBy = returnsDay(month, policy.returns_day, calendar);
  const units = unit
    ? [unit]
    : unitsWithOpenItems(
        statuses,
        ledger.units.map((u: { name: string }) => u.name),
      );
  // each unit's items found once, not by a pass over every item per unit
  const byUnit = new Map<string, typeof statuses>();
  for (const s of statuses) {
    const list = byUnit.get(s.unit);
    if (list) list.push(s);
    else byUnit.set(s.unit, [s]);
  }
  makeOutputDir(output);
  let rows = 0;
  // a workbook is laid out while the one before is still being zipped (its deflate runs on
  // libuv's threads, with the main thread otherwise waiting): each is written, and reported, in order
  let previous: Promise<void> = Promise.resolve();
  for (const u of units) {
    const form: ReturnForm = {
      unit: u,
      month,
      asOf,
      revision,
      office: policy.office,
      dueBy,
      items: returnItems(byUnit.get(u) ?? [], u, asOf),
    };
    const file = join(output, returnFileName(u));
    const before = previous;
    const bytes = writeReturnWorkbook(form);
    previous = Promise.all([bytes, before]).then(([data]) => {
      // generated forms, not ledger files: each is renamed into place whole, and the folder is
      // flushed to disk once after the last (an fsync per file was a tenth of the run at 20k)
      writeOutputFile(file, data, { flush: false });
      const n = form.items.reduce((s, i) => s + i.nodes.length, 0);
      rows += n;
      out.write(
        t().returns.wroteReturn({ file: displayPath(file), items: form.items.length, rows: n }) + '\n',
      );
    });
    previous.catch(() => undefined); // awaited: by the next turn, or after the last
    await before;
  }
  await previous;
  syncFolder(output);
  out.write(t().returns.returnsDone({ n: units.length, rows, dir: output, month }) + '\n');
  const late = unreported(statuses, asOf, policy.returns_day, calendar);
  out.write(renderUnreported(late, unit));
  return EXIT_OK;
}
