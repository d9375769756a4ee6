// One problem under rectification (挂账整改) as a model, with the dates its parts became known.
import { ASOF, BASE } from './dates.mjs';
import { Rng } from './prng.mjs';
import { APPROVERS, ESCALATION_REASONS, GROUPS, PROBLEM_TEMPLATES, REVIEW_NOTES } from './vocab.mjs';
import { makePilot } from './pilots.mjs';
import { BANDS } from './tasks.mjs';
import { pilotId, problemId, stableTaskCount, taskId, taskUnit, unitGroup } from './world.mjs';

const FOUND_BY = ['comprehensive', 'joint', 'special', 'periodic', 'daily', 'unannounced', 'media', 'other'];
const FOUND_CUM = [15, 30, 48, 68, 88, 95, 98, 100];
const STATES = [
  ['verified', 40],
  ['rectified', 15],
  ['overdue', 15],
  ['open', 30],
];
const STATE_CUM = [40, 55, 70, 100];
const TERMS = [30, 45, 60, 90];

export function makeProblem(w, k) {
  const r = new Rng(w.seed, 'problem', k);
  const state = STATES[r.weighted(STATE_CUM)][0];
  const term = r.pick(TERMS);
  let found;
  let deadline;
  if (state === 'overdue') {
    const [lo, hi] = r.pick(BANDS);
    deadline = ASOF - r.int(lo, hi);
    found = Math.max(BASE + 1, deadline - term);
  } else if (state === 'open') {
    found = r.int(Math.max(BASE + 1, ASOF - term + 1), ASOF - 3);
    deadline = found + term;
  } else {
    found = r.int(BASE + 1, ASOF - 20);
    deadline = found + term;
  }

  let related = null;
  let unitIdx;
  const x = r.next();
  if (x < 0.1) {
    const j = r.int(0, w.nPilots - 1);
    const p = makePilot(w, j);
    if (p.listedOn <= BASE) {
      related = pilotId(w, j);
      unitIdx = p.unitIdx;
    }
  }
  if (related === null && x < 0.7) {
    const i = r.int(0, stableTaskCount(w) - 1);
    related = taskId(w, i);
    unitIdx = taskUnit(w, i);
  }
  if (related === null) unitIdx = r.pick(w.leadUnits);
  const obj = r.pick(GROUPS[unitGroup(w, unitIdx, r)].objects);

  const p = {
    k,
    id: problemId(w, k),
    found,
    foundBy: FOUND_BY[r.weighted(FOUND_CUM)],
    unit: w.units[unitIdx].name,
    unitIdx,
    description: r
      .pick(PROBLEM_TEMPLATES)
      .replace('{o}', obj)
      .replace('{n}', r.pick(['文件出台', '启动实施', '上报方案'])),
    title: r.chance(0.4)
      ? `${obj}改革${r.pick(['推进滞后', '落实不到位', '台账不规范', '成效不明显'])}`
      : null,
    deadline,
    related,
    notice: null,
    reviews: [],
    rectifiedOn: null,
    evidence: null,
    verified: null,
    escalations: [],
    changes: [],
  };
  if (r.chance(0.75))
    p.notice = { on: Math.min(ASOF, found + r.int(0, 7)), ref: `改督通〔2026〕${r.int(1, 400)}号` };

  if (state === 'verified' || state === 'rectified') {
    p.rectifiedOn = r.int(found + 5, Math.min(ASOF, deadline + 20));
    p.evidence = r.chance(0.5)
      ? `${p.unit}关于问题整改情况的报告.pdf`
      : [`${p.unit}关于问题整改情况的报告.pdf`, `整改前后对比照片.zip`];
    if (r.chance(0.4) && p.rectifiedOn - found > 10)
      p.reviews.push(review(r, 'partial', r.int(found + 1, p.rectifiedOn - 1)));
    if (state === 'verified') {
      const on = r.int(p.rectifiedOn, Math.min(ASOF, p.rectifiedOn + 30));
      p.reviews.push(review(r, 'pass', on));
      p.verified = { on, by: '市委改革办督察组' };
    }
  } else {
    const n = r.int(0, 2);
    let d = found;
    for (let i = 0; i < n && d < ASOF; i++) {
      d = r.int(d + 1, Math.min(ASOF, d + 40));
      p.reviews.push(review(r, r.chance(0.6) ? 'partial' : 'fail', d));
    }
    if (r.chance(0.04)) {
      const from = deadline - r.int(15, 30);
      if (from > found + 7 && Math.min(from, ASOF) > found + 1) {
        p.changes.push({
          field: 'deadline',
          node: -1,
          from,
          on: r.int(found + 1, Math.min(from, ASOF)),
          approved: true,
          by: r.pick(APPROVERS),
          ref: null,
        });
      }
    }
    if (state === 'overdue' && ASOF - deadline >= 62 && r.chance(0.1)) {
      p.escalations.push({
        level: 'circular',
        decided: r.int(deadline + 62, ASOF),
        by: '市委全面深化改革委员会',
        reason: r.pick(ESCALATION_REASONS.circular),
        held: null,
      });
    }
  }
  return p;
}

function review(r, result, date) {
  return { date, result, note: r.chance(0.7) ? r.pick(REVIEW_NOTES[result]) : null };
}
