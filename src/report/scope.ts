// Unit names (with aliases) and narrowing a report to one unit (--unit) or one special group (--group).
import { InputError } from '../domain/input-error.js';
import { unitIndex } from '../domain/units.js';
import { messagesOf } from '../i18n/index.js';
import type { Ledger } from '../ledger/types.js';
import type { Problem, Task, Unit } from '../schema/index.js';
import type { ItemStatus } from '../domain/delay.js';

const M = messagesOf('reportScope');

export interface Scope {
  unit?: string;
  group?: string;
}

export interface UnitNames {
  /** The full name for a name or alias; undefined when unknown. */
  canonical(name: string): string | undefined;
  unit(name: string): Unit | undefined;
  /** Position in units.yaml (unknown names last). */
  order(name: string): number;
}

export function unitNames(units: readonly Unit[]): UnitNames {
  const byName = new Map<string, Unit>();
  const order = new Map<string, number>();
  units.forEach((u, i) => {
    if (!byName.has(u.name)) {
      byName.set(u.name, u);
      order.set(u.name, i);
    }
  });
  const canonical = unitIndex(units);
  return {
    canonical: (name) => canonical.get(name),
    unit: (name) => byName.get(canonical.get(name) ?? name),
    order: (name) => order.get(canonical.get(name) ?? name) ?? Number.MAX_SAFE_INTEGER,
  };
}

/** A unit whose name or alias contains what was typed (or the other way round). */
function suggestion(units: readonly Unit[], typed: string, groups: boolean): string {
  const near = units.find(
    (u) =>
      (!groups || u.kind === 'group') &&
      (u.name.includes(typed) || typed.includes(u.name) || u.aliases?.some((a) => a.includes(typed))),
  );
  return near?.name ?? '';
}

/** Turns --unit / --group into full names; an unknown name is an InputError. */
export function resolveScope(ledger: Ledger, wanted: Scope): Scope {
  const names = unitNames(ledger.units);
  const scope: Scope = {};
  if (wanted.unit !== undefined) {
    const typed = wanted.unit.trim();
    const name = names.canonical(typed);
    if (!name)
      throw new InputError(
        M.unknownUnit({ name: wanted.unit, suggest: typed ? suggestion(ledger.units, typed, false) : '' }),
      );
    scope.unit = name;
  }
  if (wanted.group !== undefined) {
    const typed = wanted.group.trim();
    const name = names.canonical(typed);
    if (!name)
      throw new InputError(
        M.unknownGroup({ name: wanted.group, suggest: typed ? suggestion(ledger.units, typed, true) : '' }),
      );
    const kind = names.unit(name)!.kind;
    if (kind !== 'group') throw new InputError(M.notAGroup({ name, kind: M[kind]() }));
    scope.group = name;
  }
  return scope;
}

/** The special group a status belongs to: a task's group (full name); a problem inherits its related task's. */
export function groupOf(
  s: ItemStatus,
  names: UnitNames,
  taskGroups: Map<string, string>,
): string | undefined {
  if (s.ledger === 'tasks') {
    const g = (s.entry as Task).group;
    return g === undefined ? undefined : (names.canonical(g) ?? g);
  }
  if (s.ledger === 'problems') {
    const related = (s.entry as Problem).related;
    return related === undefined ? undefined : taskGroups.get(related);
  }
  return undefined;
}

/** Task id → its group's full name. */
export function taskGroups(tasks: readonly Task[], names: UnitNames): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tasks) if (t.group !== undefined) out.set(t.id, names.canonical(t.group) ?? t.group);
  return out;
}

/** The statuses a scope keeps: the unit's own items (it leads them), the group's tasks and their problems. */
export function narrow(
  statuses: readonly ItemStatus[],
  scope: Scope,
  names: UnitNames,
  groups: Map<string, string>,
): ItemStatus[] {
  return statuses.filter((s) => {
    if (scope.unit !== undefined && (names.canonical(s.unit) ?? s.unit) !== scope.unit) return false;
    if (scope.group !== undefined && groupOf(s, names, groups) !== scope.group) return false;
    return true;
  });
}
