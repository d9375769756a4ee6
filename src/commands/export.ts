// `reform export [--date D] -o FILE.xlsx`: the 挂图作战 workbook (tasks, pilots, problems, one
// sheet per special group; every node with its state, days behind and level) as of a day.
import { refuseBroken } from './shared/open.js';
import { displayPath } from '../ledger/load.js';
import { assessAsOf } from './shared/assess.js';
import { isValidDate } from '../domain/dates.js';
import { buildBoard } from '../board/board.js';
import { writeBoardWorkbook } from '../render/export/xlsx.js';
import { openLedgers } from './shared/open.js';
import { t } from '../i18n/index.js';
import { EXIT_OK, UsageError } from '../cli/errors.js';
import type { AsOfOptions } from './shared/options.js';
import { writeOutputFile } from './shared/output.js';

export interface ExportOptions extends AsOfOptions {
  output?: string;
}

export async function runExport(
  opts: ExportOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const M = t().returns;
  if (!opts.output) throw new UsageError(M.needOutput);
  if (!/\.xlsx$/i.test(opts.output)) throw new UsageError(M.needXlsx({ file: opts.output }));
  if (opts.date !== undefined && !isValidDate(opts.date))
    throw new UsageError(M.badDate({ value: opts.date }));
  const opened = openLedgers(opts.ledgers, { now: opts.now });
  if (opened.errors > 0) return refuseBroken(opened, opts.ledgers, 'export', err);
  const { ledger } = opened.loaded;
  const asOf = opts.date ?? opened.today;
  const { statuses } = await assessAsOf({
    dir: opts.ledgers,
    loaded: opened.loaded,
    asOf,
    today: opened.today,
    baseline: opts.baseline === true ? undefined : opts.baseline,
  });
  const board = buildBoard(statuses, ledger.units, asOf, ledger.policy.office);
  writeOutputFile(opts.output, await writeBoardWorkbook(board));
  out.write(
    M.wroteExport({
      file: displayPath(opts.output),
      date: asOf,
      tasks: board.tasks.length,
      pilots: board.pilots.length,
      problems: board.problems.length,
    }) + '\n',
  );
  return EXIT_OK;
}
