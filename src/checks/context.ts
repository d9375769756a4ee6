// What every rule is given, and the one signature every rule has.
import type { Finding, PathSeg, Severity, Code, Params } from '../diagnostics/types.js';
import type { Ledger } from '../ledger/types.js';
import type { Loaded } from '../ledger/load.js';
import type { Unit } from '../schema/index.js';

export interface UnitIndex {
  /** Canonical unit by its full name. */
  byName: Map<string, Unit>;
  /** Canonical name by alias. */
  byAlias: Map<string, string>;
}

export interface CheckContext {
  ledger: Ledger;
  loaded: Loaded;
  units: UnitIndex;
  /** Today in the policy's time zone; dates after it are in the future. */
  today: string;
}

export type Report = (
  entry: object,
  code: Code,
  severity: Severity,
  rel: PathSeg[],
  params?: Params,
  at?: 'key' | 'value',
) => void;

export interface Check {
  name: string;
  /** Which file kinds must have been read completely for this rule to say anything. */
  needs?: ('tasks' | 'pilots' | 'problems' | 'units' | 'reminders')[];
  /**
   * A rule across files (it compares entries of different files): the only fields of an entry it
   * reads. `reform check` keeps these of each file's entries to run it without loading the others.
   */
  reads?: readonly string[];
  run(ctx: CheckContext, report: Report): void;
}

export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byName = new Map<string, Unit>();
  const byAlias = new Map<string, string>();
  for (const u of units) if (!byName.has(u.name)) byName.set(u.name, u);
  for (const u of units)
    for (const a of u.aliases ?? []) if (!byName.has(a) && !byAlias.has(a)) byAlias.set(a, u.name);
  return { byName, byAlias };
}

export type { Finding };
