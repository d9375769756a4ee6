// The English catalogue (`--lang en`), assembled from one file per area like the Chinese one.
import type { Zh } from '../zh/index.js';
import { calendar } from './calendar.js';
import { checkCi } from './check-ci.js';
import { cli } from './cli.js';
import { init } from './init.js';

export const en: Zh = { cli, calendar, checkCi, init };
