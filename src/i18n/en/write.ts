// Writing ledger files, in English; the shape is checked against the Chinese catalogue.
import type { Zh } from '../zh/index.js';

export const write: Zh['write'] = {
  lockBusy: (p) =>
    `the ledger folder ${p.dir} is being written by another reform process (pid ${p.pid}, host ${p.host}, since ${p.since}); still busy after ${p.secs} s, so nothing was written. Try again later; if that process is surely gone, delete ${p.lock}`,
  lockWaiting: (p) => `another reform process (pid ${p.pid}) is writing the ledger folder; waiting for it…`,
  cannotLock: (p) => `cannot lock the ledger folder ${p.dir} (${p.reason}), so nothing was written`,
  noFolder: (p) => `no such ledger folder: ${p.dir}`,
  badLink: (p) =>
    `${p.file} is a symbolic link that leads nowhere or loops (${p.reason}); nothing was written`,
  notFile: (p) => `${p.file} is not a regular file; nothing was written`,
  cannotWrite: (p) => `cannot write ${p.file}: ${p.reason}`,
  fileUnparsable: 'the file is not valid YAML',
  itemUnparsable: (p) => `item ${p.n} does not parse alone`,
  itemMoved: (p) => `item ${p.n} is no longer ${p.id} (the file changed after it was read)`,
  resultUnparsable: 'the edited file is not valid YAML',
  entryUnparsable: (p) => `${p.id} cannot be edited automatically (an unclosed bracket)`,
  keyNoMapping: (p) => `${p.id}: no place to write ${p.key}`,
  keyAlreadySet: (p) => `${p.id} already has ${p.key}; not overwritten`,
  keyEmpty: (p) => `${p.id}: ${p.key} is empty; delete the line or write it as a list first`,
  keyNotList: (p) => `${p.id}: ${p.key} is not a list`,
  resultMismatch: 'the edited file does not read back as intended',
  resultInvalid: (p) => `the edited file fails the check (${p.code})`,
};
