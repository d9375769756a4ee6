// Loading the ledger folder and reading YAML. (English; the shape is checked against the Chinese catalogue.)
import type { Zh } from '../zh/index.js';

// ledger/load.ts
const USES: Record<Parameters<Zh['load']['brokenLedger']>[0]['use'], string> = {
  remind: 'reminders',
  report: 'report',
  reconcile: 'reconciliation',
  assess: 'assessment',
  notices: 'documents',
  returns: 'returns',
  import: 'import',
  export: 'workbook',
  calendar: 'calendar',
};

export const load: Zh['load'] = {
  brokenLedger: (p) =>
    `the ledgers fail reform check (${p.n} errors), so no ${USES[p.use]} was made from them; run reform check --ledgers ${p.dir} for details`,
  noFolder: (p) => `ledger folder ${p.dir} does not exist`,
  noFiles: (p) => `folder ${p.dir} holds no ledger files (tasks.yaml, pilots.yaml, problems.yaml, …)`,
};

// ledger/yaml-messages.ts
export const yaml: Zh['yaml'] = {
  BAD_INDENT: 'inconsistent indentation',
  MISSING_CHAR: 'a character is missing (an unclosed quote or bracket?)',
  UNEXPECTED_TOKEN: 'unexpected content here',
  BLOCK_AS_IMPLICIT_KEY: 'malformed key (missing space after a colon?)',
  MULTILINE_IMPLICIT_KEY: 'a key cannot span lines (missing space after a colon, or an unclosed quote?)',
  BAD_SCALAR_START: 'a value cannot start with this character; quote it',
  BAD_COLLECTION_TYPE: 'malformed list or mapping',
  KEY_OVER_1024_CHARS: 'key too long',
  BAD_DQ_ESCAPE: 'invalid escape in a double-quoted string',
  MULTIPLE_DOCS: 'one document per file (remove the extra ---)',
  TAB_AS_INDENT: 'tab used for indentation',
  OTHER: (p) => `${p.detail}`,
};
