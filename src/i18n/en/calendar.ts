import type { Zh } from '../zh/index.js';

export const calendar: Zh['calendar'] = {
  written: (p) => `wrote ${p.file}: ${p.n} open nodes (as of ${p.date})`,
  name: (p) => `${p.office}: reform milestones`,
  nameUnit: (p) => `${p.office}: reform milestones (${p.unit})`,
  summary: (p) => `[${p.item}] ${p.title}: ${p.node}`,
  description: (p) =>
    `item: ${p.item} ${p.title}\nnode: ${p.node} (due ${p.date})\nlead unit: ${p.unit}\nassigned by: ${p.issuer}`,
  alarm: (p) => `due in ${p.days} days: ${p.summary}`,
  alarmToday: (p) => `due today: ${p.summary}`,
};
