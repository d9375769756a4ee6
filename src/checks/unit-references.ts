import type { PathSeg } from '../diagnostics/types.js';
import type { Check, CheckContext, Report } from './context.js';

function suggestion(ctx: CheckContext, name: string): string {
  for (const n of ctx.units.byName.keys()) {
    if (n.includes(name) || name.includes(n)) return n;
  }
  return '';
}

function checkName(
  ctx: CheckContext,
  report: Report,
  entry: object,
  path: PathSeg[],
  name: string,
  group = false,
): void {
  const unit = ctx.units.byName.get(name);
  if (unit) {
    if (group && unit.kind !== 'group')
      report(entry, 'not-a-group', 'error', path, { name, kind: unit.kind });
    return;
  }
  const canonical = ctx.units.byAlias.get(name);
  if (canonical !== undefined) {
    report(entry, 'unit-alias', 'warning', path, { name, canonical });
    return;
  }
  report(entry, 'unknown-unit', 'error', path, { name, suggest: suggestion(ctx, name) });
}

/** Every unit or group a ledger names is in units.yaml (an alias passes with a warning). */
export const unitReferences: Check = {
  name: 'unit-references',
  needs: ['units'],
  run(ctx, report) {
    const { ledger } = ctx;
    if (!ledger.units.length) {
      // No units.yaml: unit names are not checked. An empty (or comment-only) units.yaml is a
      // mistake, not a way to turn the checks off: say so once, at the first unit named.
      if (ctx.loaded.files.some((f) => f.kind === 'units')) unitsEmpty(ctx, report);
      return;
    }
    for (const t of ledger.tasks) {
      checkName(ctx, report, t, ['lead_unit'], t.lead_unit);
      t.responsible_units?.forEach((u, i) => checkName(ctx, report, t, ['responsible_units', i], u));
      if (t.group) checkName(ctx, report, t, ['group'], t.group, true);
    }
    for (const p of ledger.pilots) {
      checkName(ctx, report, p, ['lead_unit'], p.lead_unit);
      p.responsible_units?.forEach((u, i) => checkName(ctx, report, p, ['responsible_units', i], u));
    }
    for (const p of ledger.problems) checkName(ctx, report, p, ['unit'], p.unit);
    for (const r of ledger.reminders) checkName(ctx, report, r, ['to'], r.to);
  },
};

function unitsEmpty(ctx: CheckContext, report: Report): void {
  const { ledger } = ctx;
  const first: [object, PathSeg[], string] | undefined = ledger.tasks.length
    ? [ledger.tasks[0]!, ['lead_unit'], ledger.tasks[0]!.lead_unit]
    : ledger.pilots.length
      ? [ledger.pilots[0]!, ['lead_unit'], ledger.pilots[0]!.lead_unit]
      : ledger.problems.length
        ? [ledger.problems[0]!, ['unit'], ledger.problems[0]!.unit]
        : ledger.reminders.length
          ? [ledger.reminders[0]!, ['to'], ledger.reminders[0]!.to]
          : undefined;
  if (first) report(first[0], 'units-empty', 'error', first[1], { name: first[2] });
}
