// The Chinese catalogue: one file per area (each exporting its areas), assembled here. Chinese is
// the default language and the reference: the English catalogue must have the same keys with the
// same parameter types.
import * as assess from './assess.js';
import * as calendar from './calendar.js';
import * as checkCi from './check-ci.js';
import * as cli from './cli.js';
import * as diagnostics from './diagnostics.js';
import * as diff from './diff.js';
import * as documents from './documents.js';
import * as git from './git.js';
import * as init from './init.js';
import * as ledger from './ledger.js';
import * as reconcile from './reconcile.js';
import * as remind from './remind.js';
import * as report from './report.js';
import * as returns from './returns.js';
import * as write from './write.js';

// biome-ignore format: the areas on one line
export const zh = { ...assess, ...calendar, ...checkCi, ...cli, ...diagnostics, ...diff, ...documents, ...git, ...init, ...ledger, ...reconcile, ...remind, ...report, ...returns, ...write };

export type Zh = typeof zh;
