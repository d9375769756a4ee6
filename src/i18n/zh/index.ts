// The Chinese catalogue: one file per area, assembled here. Chinese is the default language and the
// reference: the English catalogue must have the same keys with the same parameter types.
import { calendar } from './calendar.js';
import { checkCi } from './check-ci.js';
import { cli } from './cli.js';
import { init } from './init.js';

export const zh = { cli, calendar, checkCi, init };

export type Zh = typeof zh;
