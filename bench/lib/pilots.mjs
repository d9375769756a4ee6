// One reform pilot (改革试点) as a model, with the dates its parts became known.
import { ASOF, addMonths, day } from './dates.mjs';
import { Rng } from './prng.mjs';
import {
  APPROVERS,
  ESCALATION_REASONS,
  GROUPS,
  OUTCOMES,
  PROGRESS_ONGOING,
  WITHDRAW_REASONS,
} from './vocab.mjs';
import { docRef } from './tasks.mjs';
import { personName, pilotId, pilotUnit, unitGroup } from './world.mjs';

const LEVELS = ['national', 'provincial', 'municipal', 'county'];
const LEVEL_CUM = [8, 35, 80, 100];
const PROMOTERS = {
  national: '国家发展改革委',
  provincial: '省委改革办',
  municipal: '省委改革办',
  county: '市委改革办',
};

export function makePilot(w, j) {
  const r = new Rng(w.seed, 'pilot', j);
  const unitIdx = pilotUnit(w, j);
  const u = w.units[unitIdx];
  const obj = r.pick(GROUPS[unitGroup(w, unitIdx, r)].objects);
  const level = LEVELS[r.weighted(LEVEL_CUM)];
  const county = u.kind === 'county' ? u.name : w.units[r.pick(w.counties)].name;
  const where = level === 'county' || (u.kind === 'county' && r.chance(0.7)) ? county : '';
  const title = `${where}${obj}${r.pick(['改革试点', '综合改革试点', '改革创新试点', '改革试点示范'])}`;
  const origin =
    level === 'national' || level === 'provincial'
      ? r.chance(0.9)
        ? 'assigned'
        : 'self'
      : r.chance(level === 'county' ? 0.8 : 0.5)
        ? 'self'
        : 'assigned';

  const p = {
    j,
    id: pilotId(w, j),
    title,
    obj,
    level,
    origin,
    unit: u.name,
    unitIdx,
    leader: u.leader,
    plan: `《${title}实施方案》`,
    team: [
      `组长：${u.leader}`,
      `副组长：${personName(r)}（${u.name}）`,
      `成员单位：${r
        .sample(w.leadUnits, 3)
        .map((x) => w.units[x].name)
        .join('、')}`,
    ],
    filedOn: null,
    milestones: [],
    progress: [],
    completedOn: null,
    evidence: null,
    withdrawn: null,
    outcome: null,
    escalations: [],
    changes: [],
  };
  // start between 2025-03 and 2026-08; a term of 6, 9 or 12 months, never over one year
  const start = r.int(day('2025-03-01'), day('2026-08-31'));
  const months = r.pick([6, 9, 12, 12]);
  let end = addMonths(start, months) - 1;
  p.start = start;
  p.listedOn = start - r.int(5, 20);
  if (origin === 'self') p.filedOn = Math.max(p.listedOn, Math.min(ASOF, start + r.int(0, 25)));

  let pending = null; // due day of the first node not done, for a pilot that is behind
  if (r.chance(0.7)) {
    const span = end - start;
    const dues = [start + Math.round(span * 0.1), start + Math.round(span * 0.5), end - r.int(0, 10)];
    ['启动试点', '中期评估', '总结验收'].forEach((name, k) =>
      p.milestones.push({ name, due: dues[k], done: null }),
    );
  }
  if (months <= 9 && r.chance(0.05)) {
    const to = addMonths(end + 1, r.int(1, 3)) - 1;
    const on = r.int(Math.max(start + 30, end - 40), end);
    if (on <= ASOF && on > p.listedOn) {
      p.changes.push({
        field: 'end',
        node: -1,
        from: end,
        on,
        approved: true,
        by: r.pick(APPROVERS),
        ref: null,
      });
      end = to;
    }
  }
  p.end = end;

  const x = r.next();
  const withdraw = x < (end < ASOF ? 0.08 : 0.04);
  const lastDay = withdraw ? r.int(Math.min(start + 30, ASOF), Math.min(end, ASOF)) : ASOF;
  if (withdraw) p.withdrawn = { on: lastDay, reason: r.pick(WITHDRAW_REASONS), by: r.pick(APPROVERS) };
  const completes = !withdraw && end < ASOF && r.chance(0.85);
  let prev = start;
  for (const m of p.milestones) {
    const late = m.due < ASOF - 14 && !completes && r.chance(0.12);
    if (m.due <= lastDay && !late && pending === null) {
      m.done = Math.max(prev, Math.min(lastDay, m.due + r.int(-10, 12)));
      prev = m.done;
    } else if (pending === null) {
      pending = m.due;
    }
  }
  if (completes) {
    p.completedOn = Math.max(prev, Math.min(ASOF, end + r.int(-25, 12)));
    p.evidence = [`${title}总结报告.pdf`, `${p.plan.slice(0, -1)}评估验收意见》（${docRef(r)}）`];
    if (r.chance(0.8)) {
      p.outcome = { summary: r.pick(OUTCOMES).replace('{o}', obj), promoted: [] };
      const on = p.completedOn + r.int(10, 90);
      if (r.chance(0.25) && on <= ASOF) p.outcome.promoted.push({ by: PROMOTERS[level], on });
    }
  } else if (!withdraw && end < ASOF && pending === null) {
    pending = end;
  }
  const stop = p.completedOn ?? p.withdrawn?.on ?? ASOF;
  const n = r.int(1, 3);
  for (let k = 0; k < n; k++) {
    const lo = Math.max(start, p.listedOn + 1);
    if (lo <= stop) p.progress.push({ date: r.int(lo, stop), note: r.pick(PROGRESS_ONGOING) });
  }
  p.progress.sort((a, b) => a.date - b.date);
  if (pending !== null && ASOF - pending >= 62 && r.chance(0.1)) {
    p.escalations.push({
      level: 'circular',
      decided: r.int(pending + 62, ASOF),
      by: '市委全面深化改革委员会',
      reason: r.pick(ESCALATION_REASONS.circular),
      held: null,
    });
  }
  p.pending = pending;
  return p;
}
