// The English catalogue (`--lang en`), assembled from one file per area like the Chinese one.
import type { Zh } from '../zh/index.js';
import { cli } from './cli.js';

export const en: Zh = { cli };
