// The English catalogue (`--lang en`), assembled from one file per area like the Chinese one.
import type { Zh } from '../zh/index.js';
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
export const en: Zh = { ...assess, ...calendar, ...checkCi, ...cli, ...diagnostics, ...diff, ...documents, ...git, ...init, ...ledger, ...reconcile, ...remind, ...report, ...returns, ...write };
