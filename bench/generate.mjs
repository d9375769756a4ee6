#!/usr/bin/env node
// Generates a realistic, deterministic ledger folder for the benchmark.
//   node bench/generate.mjs --tasks 20000 --out bench/data/20k [--seed 2026] [--layout file|folder]
//   node bench/generate.mjs --tasks 20000 --out bench/data/20k-git --git 250
// --git N builds a git repository of N commits (baseline tagged baseline/2026, then the year's
// updates) with `git fast-import`; its working tree is the final ledger in the folder layout.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeHistory } from './lib/history.mjs';
import { writeLedgers } from './lib/ledger-files.mjs';
import { buildWorld } from './lib/world.mjs';

const USAGE = 'usage: node bench/generate.mjs --tasks N --out DIR [--seed S] [--layout file|folder] [--git COMMITS] [--force]';

export function parseCount(s) {
  const m = /^(\d+(?:\.\d+)?)([kK]?)$/.exec(String(s));
  if (!m) throw new Error(`not a count: ${s}`);
  return Math.round(Number(m[1]) * (m[2] ? 1000 : 1));
}

async function main() {
  const { values } = parseArgs({
    options: {
      tasks: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '2026' },
      layout: { type: 'string' },
      git: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.tasks || !values.out) {
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const nTasks = parseCount(values.tasks);
  const commits = values.git === undefined ? 0 : parseCount(values.git);
  const layout = values.layout ?? (commits ? 'folder' : 'file');
  if (!['file', 'folder'].includes(layout)) throw new Error(`--layout must be file or folder, not ${layout}`);
  if (values.git !== undefined && commits < 2) throw new Error('--git needs at least 2 commits');
  const out = resolve(values.out);
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!values.force) throw new Error(`${out} is not empty (use --force to replace it)`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });

  const started = process.hrtime.bigint();
  const w = buildWorld(nTasks, values.seed);
  const stats = commits
    ? await writeHistory(w, out, layout, commits)
    : writeLedgers(w, out, layout);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const meta = { tasks: nTasks, seed: values.seed, layout, git: commits, stats, ms: Math.round(ms) };
  writeFileSync(join(out, '.bench-meta.json'), JSON.stringify(meta, null, 2) + '\n');
  const mb = (Object.values(stats.bytes).reduce((a, b) => a + b, 0) / 1048576).toFixed(1);
  console.error(
    `generated ${out}: ${stats.tasks} tasks, ${stats.pilots} pilots, ${stats.problems} problems, ` +
      `${stats.reminders} reminders, ${stats.units} units, ${mb} MB` +
      (commits ? `, ${commits} commits` : '') + ` in ${(ms / 1000).toFixed(1)} s`,
  );
}

try {
  await main();
} catch (err) {
  console.error(`generate: ${err.message}`);
  process.exitCode = 2;
}
