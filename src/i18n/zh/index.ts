// The Chinese catalogue: one file per area, assembled here. Chinese is the default language and the
// reference: the English catalogue must have the same keys with the same parameter types.
import { calendar } from './calendar.js';
import { checkCi } from './check-ci.js';
import { assess } from './assess.js';
import { cli } from './cli.js';
import { returns } from './returns.js';
import { init } from './init.js';
import { write } from './write.js';
import { diagnostic, hint, diagnosticsText } from './diagnostics.js';
import { load, yaml } from './ledger.js';
import { git } from './git.js';
import { remind, remindNotice } from './remind.js';
import {
  report,
  reportCommand,
  reportScope,
  reportPeriod,
  reportCharts,
  reportCsv,
  reportDocument,
  reportBooks,
  reportDelays,
  reportOverview,
  reportSummary,
  reportUnits,
} from './report.js';
import { diff, diffCommand } from './diff.js';
import { reconcile, reconcileCommand, levels } from './reconcile.js';
import { documentFrame, documentChain, notices } from './documents.js';

export const zh = {
  cli,
  diagnostic,
  hint,
  diagnosticsText,
  load,
  yaml,
  git,
  remind,
  remindNotice,
  report,
  reportCommand,
  reportScope,
  reportPeriod,
  reportCharts,
  reportCsv,
  reportDocument,
  reportBooks,
  reportDelays,
  reportOverview,
  reportSummary,
  reportUnits,
  diff,
  diffCommand,
  reconcile,
  reconcileCommand,
  levels,
  assess,
  write,
  returns,
  calendar,
  checkCi,
  init,
  documentFrame,
  documentChain,
  notices,
};

export type Zh = typeof zh;
