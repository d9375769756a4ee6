// The Chinese catalogue: one file per area, assembled here. Chinese is the default language and the
// reference: the English catalogue must have the same keys with the same parameter types.
import { assess } from './assess.js';
import { cli } from './cli.js';

export const zh = { cli, assess };

export type Zh = typeof zh;
