// 本月未报送进展 as text lines (remind and returns).
import type { Unreported } from '../../domain/unreported.js';
import { t } from '../../i18n/index.js';

export function renderUnreported(r: Unreported, unit?: string): string {
  const XM = t().returns;
  if (!r.due) return XM.unreportedNotDue({ dueBy: r.dueBy }) + '\n';
  const units = unit ? r.units.filter((u) => u.unit === unit) : r.units;
  if (!units.length) return XM.unreportedNone({ month: r.month, dueBy: r.dueBy }) + '\n';
  const out = [XM.unreportedTitle({ month: r.month, dueBy: r.dueBy, n: units.length })];
  for (const u of units) {
    out.push(`  ${XM.unreportedUnit({ unit: u.unit, n: u.items.length })}`);
    for (const it of u.items) out.push(`    ${it.item}  ${it.title}`);
  }
  return out.join('\n') + '\n';
}
