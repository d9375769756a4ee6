// The Chinese catalogue: one file per area, assembled here. Chinese is the default language and the
// reference: the English catalogue must have the same keys with the same parameter types.
import { cli } from './cli.js';

export const zh = { cli };

export type Zh = typeof zh;
