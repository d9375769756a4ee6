// The English catalogue (`--lang en`), assembled from one file per area like the Chinese one.
import type { Zh } from '../zh/index.js';
import { cli } from './cli.js';
import { write } from './write.js';

export const en: Zh = { cli, write };
