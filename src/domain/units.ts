// Unit names as the ledgers write them: a full name or an alias from units.yaml.
import type { Unit } from '../schema/index.js';

/** The full unit name for every name and alias (a name wins over another unit's alias). */
export function unitIndex(units: readonly Unit[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const u of units) if (!byName.has(u.name)) byName.set(u.name, u.name);
  for (const u of units) for (const a of u.aliases ?? []) if (!byName.has(a)) byName.set(a, u.name);
  return byName;
}
