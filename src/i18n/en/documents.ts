import type { Zh } from '../zh/index.js';

export const documentFrame: Zh['documentFrame'] = {
  attachments: 'Attachments: ',
  attachment: 'Attachment',
  cc: 'Copied to: ',
  printed: (p) => `Issued by ${p.by}, ${p.date}`,
  signer: (p) => `Signed off by: ${p.name}`,
  listSep: ', ',
  end: '.',
  page: (p) => `— ${p.n} —`,
};
export const documentChain: Zh['documentChain'] = {};
