#!/usr/bin/env node
// Summarises a V8 CPU profile (node --cpu-prof): where the time went, by function (self and
// inclusive time) and by file or package.
//   cd bench/data/20k && node --cpu-prof --cpu-prof-dir=/tmp/prof ../../../bin/reform.js check
//   node bench/cpu-profile.mjs /tmp/prof/*.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const ti = args.indexOf('--top');
const TOP = ti >= 0 ? Number(args[ti + 1]) : 25;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
if (!file) {
  console.error('usage: node bench/cpu-profile.mjs PROFILE.cpuprofile [--top N]');
  process.exit(2);
}
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfUs = new Map();
prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const where = (cf) => {
  const url = cf.url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  const short = pkg ? pkg : url.startsWith('node:') ? url : url.split('/').slice(-2).join('/');
  return short || '(native)';
};
const fnKey = (n) =>
  `${n.callFrame.functionName || '(anonymous)'}  ${where(n.callFrame)}:${n.callFrame.lineNumber + 1}`;

const self = new Map();
const byFile = new Map();
const incl = new Map();
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  self.set(fnKey(n), (self.get(fnKey(n)) ?? 0) + us);
  byFile.set(where(n.callFrame), (byFile.get(where(n.callFrame)) ?? 0) + us);
  // inclusive: credit every distinct function on the stack once
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = fnKey(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}

const ms = (us) => (us / 1000).toFixed(0).padStart(7);
const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5) + '%';
const show = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${ms(us)} ms ${pct(us)}  ${k}`);
};
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`);
show('self time by file/package', byFile, 15);
show('self time by function', self, TOP);
show('inclusive time by function', incl, TOP);
