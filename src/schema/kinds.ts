// The names the file format is made of (file kinds, list keys, enum values), without zod: code
// that only needs a name imports it from here, so a run whose files are all known to the parse
// cache never builds a zod schema (issue 12: building them was the largest item of start-up).
// The schemas (task.ts, …) build their enums from these lists; schema/index.ts re-exports them.

export const FILE_KINDS = ['tasks', 'pilots', 'problems', 'units', 'policy', 'reminders', 'imports'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The three ledgers, which may also be folders of files. */
export const LEDGER_KINDS = ['tasks', 'pilots', 'problems'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** The lists each file kind (but policy) holds at its top level (schema/index.ts: FILE_LISTS). */
export const LIST_KEYS: Record<Exclude<FileKind, 'policy'>, readonly string[]> = {
  tasks: ['tasks'],
  pilots: ['pilots'],
  problems: ['problems'],
  units: ['units', 'leaders'],
  reminders: ['reminders'],
  imports: ['imports'],
};

export const LEVELS = ['phone', 'written', 'onsite', 'circular', 'interview'] as const;
export type Level = (typeof LEVELS)[number];

export const PILOT_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export const ORIGINS = ['assigned', 'self'] as const;

export const FOUND_BY = [
  'comprehensive',
  'joint',
  'special',
  'periodic',
  'daily',
  'unannounced',
  'media',
  'other',
] as const;
export const REVIEW_RESULTS = ['pass', 'partial', 'fail'] as const;

/** Keys starting with `x_` are an office's own fields: kept in the file, ignored by the tool. */
export function isOwnKey(key: string): boolean {
  return key.charCodeAt(0) === 120 /* x */ && key.charCodeAt(1) === 95 /* _ */;
}
