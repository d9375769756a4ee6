import type { Zh } from '../zh/index.js';

export const checkCi: Zh['checkCi'] = {
  suite: 'reform ledger check',
  warnings: 'warnings',
};
