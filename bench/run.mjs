#!/usr/bin/env node
// `npm run bench`: times `reform` as whole processes on the sample ledgers and on generated
// ledgers of several sizes (clean, with errors, with a git history), beside a floor
// (bench/floor.mjs: read + YAML-parse the same files) measured in the same run, checks the targets
// of issue 12 and writes bench/results.md (+ raw numbers in results.json).
//   node bench/run.mjs [--sizes 20k,100k] [--runs 5] [--large-runs 3] [--git-sizes 20k]
//                      [--commits 250] [--sample-runs 10] [--only check,remind] [--rss auto|time|proc]
//                      [--timeout 900] [--compare-floor] [--no-write]   (--only parts: the parts table alone)
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fingerprint, parseCount } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(HERE);
const DATA = join(HERE, 'data');
const OUT = join(DATA, 'out');
const BIN = join(ROOT, 'bin', 'reform.js');
const SEED = '2026';
const LARGE = 50000;
const COMPARE_MAX = 20000; // the slower YAML parser is also timed up to this size

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20k,100k' },
    runs: { type: 'string', default: '5' },
    'large-runs': { type: 'string', default: '3' },
    'git-sizes': { type: 'string', default: '20k' },
    'sample-runs': { type: 'string', default: '10' },
    'compare-floor': { type: 'boolean', default: false },
    commits: { type: 'string', default: '250' },
    only: { type: 'string' },
    rss: { type: 'string', default: 'auto' },
    timeout: { type: 'string', default: '900' },
    write: { type: 'boolean', default: true },
    help: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
if (opt.help) {
  console.log(
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .slice(1, 8)
      .map((l) => l.slice(3))
      .join('\n'),
  );
  process.exit(0);
}

const SIZES = opt.sizes
  .split(',')
  .filter(Boolean)
  .map((s) => ({ label: s, tasks: parseCount(s) }))
  .sort((a, b) => a.tasks - b.tasks);
const GIT_SIZES = new Set(
  opt['git-sizes']
    .split(',')
    .filter((s) => s && s !== 'none')
    .map(parseCount),
);
const RUNS = Number(opt.runs);
const SAMPLE_RUNS = Number(opt['sample-runs']);
const LARGE_RUNS = Number(opt['large-runs']);
const COMMITS = parseCount(opt.commits);
const TIMEOUT_MS = Number(opt.timeout) * 1000;
const ONLY = opt.only ? new Set(opt.only.split(',')) : null;
const RSS = pickRssMode(opt.rss);
const childEnv = { ...process.env };
delete childEnv.NODE_OPTIONS; // nothing may change the heap or preload code behind our back

/**
 * The commands timed on every plain dataset, and on the git dataset. `sub` must be in --help.
 * Rows measure a run without the parse cache (`--no-cache`: what CI's fresh checkout pays) unless
 * they are warm rows (`warm`: the cache is filled by one untimed run first, as after yesterday's run).
 */
const NC = '--no-cache';
const PLAIN = [
  { name: 'check', sub: 'check', args: ['check', NC] },
  { name: 'remind', sub: 'remind', args: ['remind', '--date', '2026-11-20', NC] },
  { name: 'report', sub: 'report', args: ['report', '--quarter', '2026Q3', NC] },
  { name: 'check-warm', sub: 'check', args: ['check'], warm: true },
  { name: 'remind-warm', sub: 'remind', args: ['remind', '--date', '2026-11-20'], warm: true },
];
const SAMPLE = [
  { name: 'check', sub: 'check', args: ['check', '--ledgers', 'ledgers', NC] },
  { name: 'check-warm', sub: 'check', args: ['check', '--ledgers', 'ledgers'], warm: true },
  { name: 'remind', sub: 'remind', args: ['remind', '--ledgers', 'ledgers', '--date', '2026-11-20', NC] },
  {
    name: 'remind-warm',
    sub: 'remind',
    args: ['remind', '--ledgers', 'ledgers', '--date', '2026-11-20'],
    warm: true,
  },
  {
    // the first run of a new day: the parse cache warm, but no saved run of that day to replay
    name: 'remind-day',
    sub: 'remind',
    args: ['remind', '--ledgers', 'ledgers', '--date', '2026-11-20'],
    warm: true,
    newDay: true,
  },
  { name: 'report', sub: 'report', args: ['report', '--ledgers', 'ledgers', '--quarter', '2026Q3', NC] },
  {
    name: 'report-warm',
    sub: 'report',
    args: ['report', '--ledgers', 'ledgers', '--quarter', '2026Q3'],
    warm: true,
  },
];
const GIT = [
  { name: 'check', sub: 'check', args: ['check', NC] },
  { name: 'diff', sub: 'diff', args: ['diff', 'baseline/2026', 'HEAD', NC] },
  { name: 'reconcile', sub: 'reconcile', args: ['reconcile', '--period', '2026H2', NC] },
];
/** Commands of other issues, timed at sizes below LARGE when `reform --help` lists them. */
const EXTRA_PLAIN = [
  // issue 15: the assessment, against remind (same statuses)
  { name: 'assess', sub: 'assess', args: ['assess', '--year', '2026', '--date', '2026-11-20', NC] },
  // issue 14: the monthly returns for every unit, and reading them back filled in (--dry-run: the data stay as they are)
  {
    name: 'returns',
    sub: 'returns',
    args: ['returns', '--month', '2026-11', '--date', '2026-11-20', '--output', 'RETURNS_DIR', NC],
  },
];
const EXTRA_GIT = [
  // issue 11: remind judged by the approved schedule in the baseline, and without it
  {
    name: 'remind-baseline',
    sub: 'remind',
    args: ['remind', '--date', '2026-11-20', NC],
    needs: '--no-baseline',
  },
  {
    name: 'remind-nobaseline',
    sub: 'remind',
    args: ['remind', '--date', '2026-11-20', '--no-baseline', NC],
    needs: '--no-baseline',
  },
];

/** Warm runs after one file of the folder layout changed (a new comment line before every run). */
const CHANGED = [
  { name: 'check-changed', sub: 'check', args: ['check'], warm: true },
  { name: 'remind-changed', sub: 'remind', args: ['remind', '--date', '2026-11-20'], warm: true },
];
/** Error data sets derived from a clean size: how many `2026-02-30` dates, spread over the files. */
const ERRORS = { 1: 'check-err1', 50: 'check-err50' };

function pickRssMode(mode) {
  const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
  if (mode === 'time' && !hasTime) throw new Error('/usr/bin/time is not available');
  if (mode === 'auto') return hasTime ? 'time' : 'proc';
  return mode;
}

// ---------------------------------------------------------------- measuring one process

let seq = 0;
async function measureOnce(argv, cwd, tag, env = childEnv) {
  mkdirSync(OUT, { recursive: true });
  const out = join(OUT, `${tag}.out`);
  const err = join(OUT, `${tag}.err`);
  const timeFile = join(OUT, `.time-${process.pid}-${seq++}`);
  const outFd = openSync(out, 'w');
  const errFd = openSync(err, 'w');
  const full = RSS === 'time' ? ['/usr/bin/time', '-f', '%U %S %M', '-o', timeFile, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const child = spawn(full[0], full.slice(1), {
    cwd,
    stdio: ['ignore', outFd, errFd],
    env,
    detached: true,
  });
  let hwm = 0;
  const poll = RSS === 'proc' ? setInterval(() => (hwm = Math.max(hwm, readHwm(child.pid))), 5) : null;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, TIMEOUT_MS);
  const [code, signal] = await new Promise((res) => child.on('exit', (c, s) => res([c, s])));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  clearTimeout(timer);
  if (poll) clearInterval(poll);
  closeSync(outFd);
  closeSync(errFd);
  let kb = hwm;
  let cpu = null;
  if (RSS === 'time') {
    const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : [];
    const [user, sys, maxKb] = (lines.at(-1) ?? '').split(' ').map(Number);
    kb = maxKb || 0;
    cpu = Number.isFinite(user + sys) ? (user + sys) * 1000 : null;
    rmSync(timeFile, { force: true });
  }
  const exit = timedOut ? 'timeout' : signal ? signal : code;
  return { ms, cpu, kb, exit, outBytes: statSync(out).size, out, err };
}

function readHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------- statistics

const kb = (b) =>
  b >= 1048576 ? `${(b / 1048576).toFixed(1)} MB` : b >= 1024 ? `${(b / 1024).toFixed(0)} KB` : `${b} B`;
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const shortPath = (a) => (a === process.execPath ? 'node' : a.startsWith(ROOT + '/') ? relative(ROOT, a) : a);

function stats(runs, expect = 0) {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const mid = ms.length >> 1;
  const median = ms.length % 2 ? ms[mid] : (ms[mid - 1] + ms[mid]) / 2;
  const exits = [...new Set(runs.map((r) => String(r.exit)))];
  const cpus = runs
    .map((r) => r.cpu)
    .filter((c) => c !== null)
    .sort((a, b) => a - b);
  return {
    runs: runs.length,
    median,
    min: ms[0],
    max: ms.at(-1),
    cpu: cpus.length ? cpus[cpus.length >> 1] : null,
    peakMiB: Math.max(...runs.map((r) => r.kb)) / 1024,
    exits,
    ok: exits.length === 1 && exits[0] === String(expect),
    outBytes: runs.at(-1).outBytes,
  };
}

// ---------------------------------------------------------------- reform and its commands

function detectReform() {
  if (!existsSync(join(ROOT, 'dist', 'cli.js')))
    return {
      ok: false,
      why: 'dist/cli.js is missing (the build failed or was not run: `npm run build`)',
      subs: new Set(),
    };
  const res = spawnSync(process.execPath, [BIN, '--help'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...childEnv, REFORM_LANG: 'en' },
  });
  if (res.status !== 0)
    return {
      ok: false,
      why: `\`reform --help\` exited ${res.status}: ${firstLines(res.stderr)}`,
      subs: new Set(),
    };
  const subs = new Set();
  let inCommands = false;
  for (const line of res.stdout.split('\n')) {
    if (/^(Commands|命令)[:：]/.test(line)) inCommands = true;
    else if (/^\S/.test(line)) inCommands = false;
    else if (inCommands) {
      const m = /^ {2}([a-z][\w-]*)/.exec(line);
      if (m) subs.add(m[1]);
    }
  }
  const version = spawnSync(process.execPath, [BIN, '--version'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  return { ok: true, subs, version };
}

function firstLines(s, n = 3) {
  return s.trim().split('\n').slice(0, n).join(' / ').slice(0, 400);
}

// ---------------------------------------------------------------- data sets

function ensureData(size, git) {
  const dir = join(DATA, git ? `${size.label}-git` : size.label);
  const want = { tasks: size.tasks, seed: SEED, git: git ? COMMITS : 0, fingerprint: fingerprint() };
  let meta = null;
  try {
    meta = JSON.parse(readFileSync(join(dir, '.bench-meta.json'), 'utf8'));
  } catch {
    /* missing */
  }
  const fresh = meta && Object.entries(want).every(([k, v]) => meta[k] === v);
  if (!fresh) {
    const args = [
      join(HERE, 'generate.mjs'),
      '--tasks',
      String(size.tasks),
      '--out',
      dir,
      '--seed',
      SEED,
      '--force',
    ];
    if (git) args.push('--git', String(COMMITS));
    console.error(`generating ${relative(ROOT, dir)} …`);
    const res = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (res.status !== 0) throw new Error(`generating ${dir} failed`);
    meta = JSON.parse(readFileSync(join(dir, '.bench-meta.json'), 'utf8'));
  }
  return { dir, meta, git };
}

// ---------------------------------------------------------------- one group of rows

/**
 * Times each row `runs` times, interleaved (run 1 of every row, then run 2 …) so that drift on a
 * shared machine hits every row alike. Rows: {key, label, argv, cwd, runs?}.
 */
async function timeRows(title, rows, runs) {
  const results = new Map(rows.map((r) => [r.key, []]));
  const most = Math.max(...rows.map((r) => r.runs ?? runs));
  for (const row of rows) {
    if (!row.warm) continue;
    row.prepare?.(-1);
    spawnSync(row.argv[0], row.argv.slice(1), { cwd: row.cwd, stdio: 'ignore', env: childEnv }); // fill the cache
  }
  for (let k = 0; k < most; k++) {
    for (const row of rows) {
      if (k >= (row.runs ?? runs)) continue;
      row.prepare?.(k);
      const tag = `${title}-${row.key}`.replace(/[^\w.-]+/g, '_');
      const r = await measureOnce(row.argv, row.cwd, tag, row.env ?? childEnv);
      results.get(row.key).push(r);
      process.stderr.write(
        `  ${title} ${row.label}: run ${k + 1}: ${r.ms.toFixed(0)} ms, ${(r.kb / 1024).toFixed(0)} MiB, exit ${r.exit}\n`,
      );
    }
  }
  return rows.map((row) => {
    const runsOf = results.get(row.key);
    const last = runsOf.at(-1);
    return {
      ...row,
      raw: runsOf.map(({ ms, cpu, kb, exit }) => ({ ms: Math.round(ms * 10) / 10, cpu, kb, exit })),
      ...stats(runsOf, row.expect ?? 0),
      stderr: readFileSync(last.err, 'utf8'),
      outFile: last.out,
    };
  });
}

const reformRow = (cmd, cwd, extra = {}) => ({
  key: cmd.name,
  label: `reform ${cmd.args.join(' ')}${cmd.warm ? ' (warm)' : ''}`,
  argv: [process.execPath, BIN, ...cmd.args],
  cwd,
  kind: 'reform',
  cmd: cmd.name,
  warm: Boolean(cmd.warm),
  ...extra,
});
const PARSER_LABEL = {
  'js-yaml': 'floor (js-yaml load)',
  yaml: 'floor (yaml parse)',
  'reform-fast': "info: reform's fast-yaml reader",
};
const floorRow = (parser, dir, runs) => ({
  key: `floor-${parser}`,
  label: PARSER_LABEL[parser],
  argv: [process.execPath, join(HERE, 'floor.mjs'), join(dir, 'ledgers'), '--parser', parser],
  cwd: dir,
  kind: parser === 'reform-fast' ? 'info' : 'floor',
  parser,
  runs,
});

/** Bundles reform's own fast YAML reader for the information row (src/ is not changed). */
async function buildFastYaml() {
  const src = join(ROOT, 'src', 'ledger', 'fast-yaml.ts');
  if (!existsSync(src)) return false;
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [src],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: join(DATA, '.build', 'fast-yaml.mjs'),
      logLevel: 'error',
    });
    return true;
  } catch (err) {
    notes.push(
      `Could not bundle src/ledger/fast-yaml.ts for the information row: ${err.message.split('\n')[0]}`,
    );
    return false;
  }
}

// ---------------------------------------------------------------- main

const notes = [];
const skipped = new Set();
const reform = detectReform();
if (!reform.ok)
  notes.push(`reform could not run: ${reform.why}. Only the floor and \`node -e ''\` were measured.`);
const subHelp = new Map();
const available = (cmd) => {
  if (ONLY && !ONLY.has(cmd.name)) return false;
  if (!reform.ok) return false;
  if (!reform.subs.has(cmd.sub)) {
    skipped.add(cmd.sub);
    return false;
  }
  if (cmd.needs) {
    if (!subHelp.has(cmd.sub))
      subHelp.set(
        cmd.sub,
        spawnSync(process.execPath, [BIN, cmd.sub, '--help'], { cwd: ROOT, encoding: 'utf8', env: childEnv })
          .stdout,
      );
    if (!subHelp.get(cmd.sub).includes(cmd.needs)) {
      skipped.add(`${cmd.sub} ${cmd.needs}`);
      return false;
    }
  }
  return true;
};

const machine = {
  date: new Date().toISOString(),
  nproc: os.availableParallelism?.() ?? os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  heapLimitMiB: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
  loadavg: os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
  dirty:
    spawnSync('git', ['status', '--porcelain', '--', 'src', 'bin', 'scripts', 'package.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).stdout.trim() !== '',
  reform: reform.version ?? null,
  rss:
    RSS === 'time'
      ? '/usr/bin/time -f %M (max RSS of the process)'
      : 'VmHWM from /proc/PID/status, polled every 5 ms',
  args: process.argv.slice(2).join(' ') || '(defaults)',
};
console.error(`bench: ${machine.nproc} CPUs, node ${machine.node}, load ${machine.loadavg}, rss via ${RSS}`);

const groups = [];
/** Targets of commands other issues add, as ratios to another row of the same group (filled below). */
const extraTargets = [];
const startRuns = Math.max(10, RUNS * 3); // cheap, and the noisiest relative to their size
const startRows = [
  { key: 'node', label: "node -e ''", argv: [process.execPath, '-e', ''], cwd: ROOT, kind: 'node' },
];
if (reform.ok && !ONLY) {
  startRows.push({
    key: 'version',
    label: 'reform --version',
    argv: [process.execPath, BIN, '--version'],
    cwd: ROOT,
    kind: 'reform',
    cmd: 'version',
  });
  startRows.push({
    key: 'help',
    label: 'reform --help',
    argv: [process.execPath, BIN, '--help'],
    cwd: ROOT,
    kind: 'reform',
    cmd: 'help',
  });
}
groups.push({ id: 'start', title: 'Start-up', rows: await timeRows('start', startRows, startRuns) });

// the sample ledgers of the repository: the run a clerk makes every morning
if (reform.ok) {
  const rows = [
    { key: 'node', label: "node -e ''", argv: [process.execPath, '-e', ''], cwd: ROOT, kind: 'node' },
  ];
  for (const cmd of SAMPLE) {
    if (!available(cmd)) continue;
    const row = reformRow(cmd, ROOT);
    // each run as of another day (2026-11-21, -22, …; the untimed fill as of 2026-11-20)
    if (cmd.newDay) {
      row.label = `reform ${cmd.args.slice(0, -1).join(' ')} <a new day each run> (warm)`;
      // a nonce in the environment (part of a saved run's key) so that no earlier bench's run of
      // that day is replayed either; the parse cache does not depend on the environment
      const nonce = `${process.pid}-${Date.now()}`;
      row.prepare = (k) => {
        row.argv[row.argv.length - 1] = new Date(Date.UTC(2026, 10, 21 + k)).toISOString().slice(0, 10);
        row.env = { ...childEnv, REFORM_BENCH_DAY: `${nonce}-${k}` };
      };
    }
    rows.push(row);
  }
  console.error(`sample: ${rows.map((r) => r.label).join(', ')} × ${SAMPLE_RUNS}`);
  groups.push({
    id: 'sample',
    title: 'The sample ledgers (`ledgers/`, single files)',
    base: 'node',
    rows: await timeRows('sample', rows, SAMPLE_RUNS),
  });
  checkSummary('sample', ROOT);
}

const chosen = 'js-yaml'; // 6× faster than yaml's parse at 2,000 tasks (issue 6); --compare-floor measures both
const fastYaml = !ONLY && (await buildFastYaml());
for (const size of SIZES) {
  const runs = size.tasks >= LARGE ? LARGE_RUNS : RUNS;
  for (const git of [false, true]) {
    if (git && !GIT_SIZES.has(size.tasks)) continue;
    const data = ensureData(size, git);
    const rows = [floorRow(chosen, data.dir)];
    if (opt['compare-floor'] && !git && size.tasks <= COMPARE_MAX) rows.push(floorRow('yaml', data.dir, 1));
    if (fastYaml) rows.push(floorRow('reform-fast', data.dir));
    let restore = null;
    if (!git) {
      // warm runs and the first run with the cache only below LARGE (their targets are at 20k)
      for (const cmd of PLAIN)
        if ((!cmd.warm || size.tasks < LARGE) && available(cmd)) rows.push(reformRow(cmd, data.dir));
      // the first run with the cache on: nothing to read, everything parsed and written
      const root = cacheRoot(data.dir);
      const first = { name: 'check-first', sub: 'check', args: ['check'] };
      if (root && size.tasks < LARGE && available(first)) {
        // …and no saved run to replay (a run's record is keyed by the environment too)
        const nonce = `${process.pid}-${Date.now()}`;
        const row = reformRow(first, data.dir, { label: 'reform check (first run: empty cache, writes it)' });
        row.prepare = (k) => {
          rmSync(root, { recursive: true, force: true });
          row.env = { ...childEnv, REFORM_BENCH_RUN: `${nonce}-${k}` };
        };
        rows.push(row);
      }
      if (size.tasks < LARGE) rows.push(...extraRows(data, size));
      // the same ledgers with errors: one at every size, fifty spread over the files at sizes below LARGE
      for (const [n, key] of Object.entries(ERRORS)) {
        if (Number(n) > 1 && size.tasks >= LARGE) continue;
        const cmd = { name: key, sub: 'check', args: ['check', NC] };
        if (!available(cmd)) continue;
        const err = deriveErrors(data, Number(n));
        rows.push(
          reformRow(cmd, err.dir, {
            label: `reform check ${NC} (${n} error${n > 1 ? 's' : ''})`,
            derived: err,
            expect: 1,
          }),
        );
      }
    } else {
      for (const cmd of GIT) if (available(cmd)) rows.push(reformRow(cmd, data.dir));
      for (const cmd of EXTRA_GIT)
        if (size.tasks < LARGE && available(cmd)) rows.push(reformRow(cmd, data.dir));
      if (rows.some((r) => r.key === 'remind-baseline') && rows.some((r) => r.key === 'remind-nobaseline'))
        extraTargets.push({
          group: `${size.label}-git`,
          key: 'remind-baseline',
          base: 'remind-nobaseline',
          goal: 1.2,
          what: `\`remind\` at ${size.label} with the baseline's approved schedule (issue 11)`,
          target: '≤ 1.2× without',
          baseName: 'without (--no-baseline)',
        });
      const changed = changeTarget(data.dir);
      if (changed) {
        restore = changed.restore;
        rows.push({
          ...floorRow(chosen, data.dir),
          key: 'floor-changed',
          label: `floor on the changed file alone (${relative(data.dir, changed.file)}, ${kb(changed.bytes)})`,
          argv: [process.execPath, join(HERE, 'floor.mjs'), changed.file, '--parser', chosen],
          kind: 'info',
        });
        for (const cmd of CHANGED)
          if (available(cmd))
            rows.push(
              reformRow(cmd, data.dir, {
                label: `reform ${cmd.args.join(' ')} (warm, ${relative(data.dir, changed.file)} changed before each run)`,
                prepare: changed.touch,
              }),
            );
      }
    }
    // warm the page cache with one untimed read of the files
    spawnSync(process.execPath, [join(HERE, 'floor.mjs'), join(data.dir, 'ledgers')], { stdio: 'ignore' });
    const id = `${size.label}${git ? '-git' : ''}`;
    console.error(`${id}: ${rows.map((r) => r.label).join(', ')} × ${runs}`);
    let measured;
    try {
      measured = await timeRows(id, rows, runs);
    } finally {
      restore?.();
    }
    const floor = measured.find((r) => r.kind === 'floor' && r.parser === chosen && r.ok) ?? null;
    groups.push({
      id,
      title: sizeTitle(size, data),
      size,
      git,
      data: summary(data),
      floor: floor?.key ?? null,
      rows: measured,
    });
    if (reform.ok && measured.some((r) => r.cmd === 'check')) checkSummary(id, data.dir);
    for (const r of measured)
      if (r.derived) checkSummary(`${id} with ${r.derived.n} error(s)`, r.derived.dir);
  }
}
// the hand-written parts, each beside what it replaces, in one process (bench/parts.ts)
let parts = null;
const partsSize = SIZES.find((z) => z.tasks < LARGE && z.tasks >= 2000);
if (partsSize && (!ONLY || ONLY.has('parts'))) parts = await timeParts(partsSize);

async function timeParts(size) {
  const plain = join(DATA, size.label);
  const outfile = join(DATA, '.build', 'parts.mjs');
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(HERE, 'parts.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      logLevel: 'error',
    });
  } catch (err) {
    notes.push(`Could not bundle bench/parts.ts: ${err.message.split('\n')[0]}`);
    return null;
  }
  console.error(`parts: ${size.label}`);
  const res = spawnSync(process.execPath, [outfile, plain, '--runs', '3'], {
    encoding: 'utf8',
    env: childEnv,
    maxBuffer: 1 << 26,
    timeout: TIMEOUT_MS,
  });
  try {
    return { size: size.label, results: JSON.parse(res.stdout) };
  } catch {
    // say how it ended: a signal or the timeout leaves no stderr
    const how = res.error
      ? String(res.error.message)
      : res.signal
        ? `killed by ${res.signal}`
        : `exit ${res.status}`;
    notes.push(`bench/parts.ts failed (${how}): ${firstLines(res.stderr) || 'no output on stderr'}`);
    return null;
  }
}

if (skipped.size)
  notes.push(
    `Not in \`reform --help\` yet, so not measured: ${[...skipped].map((s) => `\`${s}\``).join(', ')}.`,
  );

/** Where reform keeps its parse cache for a data set inside this repository (`<git dir>/reform-cache`). */
function cacheRoot(dir) {
  const res = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: dir, encoding: 'utf8' });
  return res.status === 0 ? join(res.stdout.trim(), 'reform-cache') : null;
}

/** Rows for the commands of other issues on a plain data set, with their targets. */
function extraRows(data, size) {
  const rows = [];
  const id = size.label;
  const assess = EXTRA_PLAIN.find((c) => c.name === 'assess');
  const rated = available(assess) ? withAssessment(data) : null;
  if (rated) {
    rows.push(
      reformRow(assess, rated, {
        label: `reform ${assess.args.join(' ')} (sample policy's assessment: rules)`,
      }),
    );
    extraTargets.push({
      group: id,
      key: 'assess',
      base: 'remind',
      goal: 1.5,
      what: `\`assess\` at ${id} (issue 15)`,
      target: '≤ 1.5× remind',
      baseName: 'remind',
    });
  }
  const returns = EXTRA_PLAIN.find((c) => c.name === 'returns');
  if (available(returns)) {
    const dir = join(OUT, `returns-${id}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const cmd = { ...returns, args: returns.args.map((a) => (a === 'RETURNS_DIR' ? dir : a)) };
    rows.push(
      reformRow(cmd, data.dir, { label: `reform ${cmd.args.join(' ').replace(dir, relative(ROOT, dir))}` }),
    );
    extraTargets.push({
      group: id,
      key: 'returns',
      base: 'check',
      goal: 2,
      what: `\`returns\` for every unit at ${id} (issue 14)`,
      target: '≤ 2× check',
      baseName: 'check',
    });
    // one untimed run gives the returns; a copy is filled in as units would (bench/fill-returns.mjs)
    // and read back by `import` as of the same day
    spawnSync(process.execPath, [BIN, ...cmd.args], { cwd: data.dir, stdio: 'ignore', env: childEnv });
    const filled = `${dir}-filled`;
    rmSync(filled, { recursive: true, force: true });
    if (existsSync(dir)) {
      cpSync(dir, filled, { recursive: true });
      spawnSync(process.execPath, [join(HERE, 'fill-returns.mjs'), filled], {
        stdio: 'ignore',
        env: childEnv,
      });
    }
    const files = existsSync(filled)
      ? readdirSync(filled)
          .filter((f) => f.endsWith('.xlsx'))
          .map((f) => join(filled, f))
      : [];
    const imp = {
      name: 'import',
      sub: 'import',
      args: ['import', ...files, '--date', '2026-11-20', '--dry-run', NC],
    };
    if (files.length && available(imp)) {
      rows.push(
        reformRow(imp, data.dir, {
          label: `reform import <${files.length} filled returns> --date 2026-11-20 --dry-run ${NC}`,
        }),
      );
      extraTargets.push({
        group: id,
        key: 'import',
        base: 'check',
        goal: 2,
        what: `\`import\` of those returns at ${id} (issue 14)`,
        target: '≤ 2× check',
        baseName: 'check',
      });
    } else if (!files.length)
      notes.push(
        `\`reform returns\` at ${id} wrote no .xlsx file into ${relative(ROOT, dir)}; import not timed.`,
      );
  }
  return rows;
}

/**
 * The data set with the sample policy's `assessment:` rules added to its policy.yaml (the other
 * files hard-linked, not copied), for `reform assess`; null when the sample policy has none.
 */
function withAssessment(data) {
  const sample = readFileSync(join(ROOT, 'ledgers', 'policy.yaml'), 'utf8');
  const m = /^assessment:[^\n]*\n(?:(?:[ #][^\n]*)?\n)*/m.exec(sample);
  if (!m) {
    notes.push('The sample policy has no `assessment:` section; `assess` not timed.');
    return null;
  }
  const dir = `${data.dir}-assess`;
  const ledgers = join(dir, 'ledgers');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(ledgers, { recursive: true });
  for (const name of readdirSync(join(data.dir, 'ledgers'))) {
    const from = join(data.dir, 'ledgers', name);
    if (name === 'policy.yaml')
      writeFileSync(join(ledgers, name), `${readFileSync(from, 'utf8').trimEnd()}\n${m[0]}`);
    else if (statSync(from).isFile()) {
      try {
        linkSync(from, join(ledgers, name));
      } catch {
        cpSync(from, join(ledgers, name));
      }
    } else cpSync(from, join(ledgers, name), { recursive: true });
  }
  return dir;
}

/**
 * A copy of a clean data set with `n` impossible dates (`2026-02-30`) in deadline/due lines, spread
 * evenly over tasks, pilots and problems (one error: in the middle of tasks.yaml).
 */
function deriveErrors(data, n) {
  const dir = `${data.dir}-err${n}`;
  const stamp = JSON.stringify({ from: data.meta, n });
  try {
    if (readFileSync(join(dir, '.bench-derived.json'), 'utf8') === stamp) return { dir, n };
  } catch {
    /* missing */
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(data.dir, 'ledgers'), join(dir, 'ledgers'), { recursive: true });
  const kinds = n === 1 ? ['tasks'] : ['tasks', 'pilots', 'problems'];
  const spots = [];
  const texts = {};
  for (const k of kinds) {
    const file = join(dir, 'ledgers', `${k}.yaml`);
    texts[file] = readFileSync(file, 'utf8').split('\n');
    texts[file].forEach((line, i) => {
      if (/^\s+(?:deadline|due): \d{4}-\d\d-\d\d\s*$/.test(line)) spots.push([file, i]);
    });
  }
  const picks =
    n === 1
      ? [spots[spots.length >> 1]]
      : Array.from({ length: n }, (_, j) => spots[Math.floor(((j + 0.5) * spots.length) / n)]);
  for (const [file, i] of picks) texts[file][i] = texts[file][i].replace(/\d{4}-\d\d-\d\d/, '2026-02-30');
  for (const [file, lines] of Object.entries(texts)) writeFileSync(file, lines.join('\n'));
  writeFileSync(join(dir, '.bench-derived.json'), stamp);
  return { dir, n };
}

/**
 * The file that changes before each warm run of the folder layout: the median-sized task file.
 * touch(k) appends a new comment line (new bytes, same data), restore() puts the original back.
 */
function changeTarget(dir) {
  const folder = join(dir, 'ledgers', 'tasks');
  let names;
  try {
    names = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
  } catch {
    return null;
  }
  if (!names.length) return null;
  const sized = names.map((f) => ({ file: join(folder, f), bytes: statSync(join(folder, f)).size }));
  sized.sort((a, b) => a.bytes - b.bytes);
  const { file, bytes } = sized[sized.length >> 1];
  const original = readFileSync(file);
  return {
    file,
    bytes,
    touch: (k) =>
      writeFileSync(
        file,
        Buffer.concat([original, Buffer.from(`# bench edit ${process.pid}-${k}-${Date.now()}\n`)]),
      ),
    restore: () => writeFileSync(file, original),
  };
}

function sizeTitle(size, data) {
  const mb = (Object.values(data.meta.stats.bytes).reduce((a, b) => a + b, 0) / 1048576).toFixed(1);
  return data.git
    ? `${size.tasks.toLocaleString('en')} tasks, git history (\`baseline/2026\` + ${data.meta.stats.commits - 1} commits, folder layout, ${mb} MB)`
    : `${size.tasks.toLocaleString('en')} tasks (single files, ${mb} MB)`;
}

function summary(data) {
  const s = data.meta.stats;
  return {
    dir: relative(ROOT, data.dir),
    tasks: s.tasks,
    pilots: s.pilots,
    problems: s.problems,
    reminders: s.reminders,
    units: s.units,
    bytes: s.bytes,
    commits: s.commits ?? 0,
  };
}

/** One untimed `check --format json` to say whether the generated data passes. */
function checkSummary(id, dir) {
  const res = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', NC], {
    cwd: dir,
    encoding: 'utf8',
    env: childEnv,
    maxBuffer: 1 << 30,
  });
  try {
    const j = JSON.parse(res.stdout);
    const codes = {};
    for (const d of j.diagnostics ?? []) codes[d.code] = (codes[d.code] ?? 0) + 1;
    const top = Object.entries(codes)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([c, n]) => `${c} ×${n}`)
      .join(', ');
    notes.push(
      `\`reform check\` on ${id}: exit ${res.status}, ${j.summary?.errors ?? '?'} errors, ${j.summary?.warnings ?? '?'} warnings${top ? ` (${top})` : ''}.`,
    );
  } catch {
    notes.push(
      `\`reform check --format json\` on ${id}: exit ${res.status}, no JSON summary (${firstLines(res.stderr || res.stdout, 2)}).`,
    );
  }
}

// ---------------------------------------------------------------- targets

const rowOf = (gid, key) => groups.find((g) => g.id === gid)?.rows.find((r) => r.key === key);
const floorOf = (g) => (g.floor ? g.rows.find((r) => r.key === g.floor) : null);

function ratioTo(row, base) {
  return row && base && row.ok && base.ok ? row.median / base.median : null;
}

function targets() {
  const out = [];
  const add = (what, target, row, value, met, detail) =>
    out.push({
      what,
      target,
      value,
      status: row && !row.ok ? 'NOT met' : value === null ? 'not measured' : met ? 'met' : 'NOT met',
      detail: row && !row.ok ? `exit ${row.exits.join('/')}` : detail,
    });
  const x = (r) => `${r.toFixed(2)}×`;
  const ms = (row, base) => `${fmt(row.median)} ms${cpuRatio(row, base)}`;
  const mem = (row) => `peak ${row.peakMiB.toFixed(0)} MiB`;

  // the sample ledgers, against node -e '' in the same group: default (warm) and --no-cache
  const node = rowOf('sample', 'node');
  for (const [c, goal] of [
    ['remind', 2],
    ['check', 2],
    ['report', 3],
  ]) {
    const warm = rowOf('sample', `${c}-warm`);
    const cold = rowOf('sample', c);
    const rw = ratioTo(warm, node);
    const rc = ratioTo(cold, node);
    add(
      `\`${c}\` on the sample ledgers`,
      `≤ ${goal}× node -e ''`,
      warm,
      rw,
      rw !== null && rw <= goal,
      rw === null
        ? explain(warm, c)
        : `${x(rw)} with the cache (${ms(warm, node)}); ${rc === null ? 'no-cache not measured' : `${x(rc)} with --no-cache (${ms(cold, node)})`}`,
    );
  }
  const day = rowOf('sample', 'remind-day');
  if (day) {
    const r = ratioTo(day, node);
    add(
      '`remind` on the sample ledgers, first run of a new day (parse cache warm, nothing to replay)',
      "≤ 2× node -e ''",
      day,
      r,
      r !== null && r <= 2,
      r === null ? explain(day, 'remind') : `${x(r)} (${ms(day, node)})`,
    );
  }
  for (const g of groups.filter((y) => y.size && !y.git)) {
    const floor = floorOf(g);
    const clean = g.rows.find((r) => r.key === 'check');
    for (const [n, key] of Object.entries(ERRORS)) {
      const row = g.rows.find((r) => r.key === key);
      if (!row) continue;
      const r = ratioTo(row, clean);
      const big = g.size.tasks >= LARGE;
      const memOk = !big || row.peakMiB < 1024;
      add(
        `\`check\` at ${g.size.label} with ${n} error${n > 1 ? 's' : ''}`,
        big ? '≤ 1.2× clean, default heap, < 1 GiB' : '≤ 1.2× clean',
        row,
        r,
        r !== null && r <= 1.2 && memOk,
        r === null
          ? explain(row, key, clean)
          : `${x(r)} clean (${ms(row, clean)})${big ? `, ${mem(row)}` : ''}`,
      );
    }
    const report = g.rows.find((r) => r.key === 'report');
    if (report) {
      const r = ratioTo(report, floor);
      add(
        `\`report\` at ${g.size.label}`,
        '≤ 1.5× floor, < 1 GiB',
        report,
        r,
        r !== null && r <= 1.5 && report.peakMiB < 1024,
        r === null ? explain(report, 'report') : `${x(r)} floor (${ms(report, floor)}), ${mem(report)}`,
      );
    }
    if (g.size.tasks < LARGE) {
      for (const c of ['check', 'remind']) {
        const row = g.rows.find((r) => r.key === `${c}-warm`);
        if (!row) continue;
        const r = ratioTo(row, floor);
        add(
          `warm \`${c}\` at ${g.size.label} (unchanged files)`,
          '≤ 0.5× floor',
          row,
          r,
          r !== null && r <= 0.5,
          r === null ? explain(row, c) : `${x(r)} floor (${ms(row, floor)})`,
        );
      }
    }
  }
  for (const g of groups.filter((y) => y.git && y.size.tasks < LARGE)) {
    const check = g.rows.find((r) => r.key === 'check');
    for (const c of ['reconcile', 'diff']) {
      const row = g.rows.find((r) => r.key === c);
      const r = ratioTo(row, check);
      add(
        `\`${c}\` at ${g.size.label} with history (${g.data.commits} commits)`,
        '≤ 1.5× check',
        row,
        r,
        r !== null && r <= 1.5,
        r === null ? explain(row, c, check) : `${x(r)} check (${ms(row, check)})`,
      );
    }
    const floor = floorOf(g);
    const one = g.rows.find((r) => r.key === 'floor-changed');
    const bare = rowOf('sample', 'node') ?? rowOf('start', 'node');
    for (const c of ['check', 'remind']) {
      const row = g.rows.find((r) => r.key === `${c}-changed`);
      if (!row || !floor || !one || !bare) continue;
      // the changed file's parse: its floor run minus starting node
      const parseOne = Math.max(0, one.median - bare.median);
      const budget = 0.5 * floor.median + parseOne;
      const ok = row.ok && floor.ok && one.ok;
      add(
        `warm \`${c}\` at ${g.size.label}, one file of the folder layout changed`,
        "≤ 0.5× floor + the changed file's parse",
        row,
        ok ? row.median / budget : null,
        ok && row.median <= budget,
        ok
          ? `${fmt(row.median)} ms against ${fmt(budget)} ms (0.5 × ${fmt(floor.median)} + ${fmt(parseOne)}); ${x(row.median / floor.median)} floor`
          : explain(row, c),
      );
    }
  }
  for (const t of extraTargets) {
    const row = rowOf(t.group, t.key);
    const base = rowOf(t.group, t.base);
    const r = ratioTo(row, base);
    add(
      t.what,
      t.target,
      row,
      r,
      r !== null && r <= t.goal,
      r === null ? explain(row, t.key, base) : `${x(r)} ${t.baseName} (${ms(row, base)})`,
    );
  }
  return out;
}

/**
 * Where bench/why.md says why a target is not met (the reasons are measured and written by hand
 * there, each under an anchor of its own; a target without one links to the top).
 */
const WHY = [
  [/^`remind` on the sample ledgers, first run/, 'why-remind-day'],
  [/^`report` at /, 'why-report'],
  [/^`(reconcile|diff)` at /, 'why-reconcile-diff'],
  [/^warm `remind` at .*one file .* changed/, 'why-remind-changed'],
  [/^`returns` /, 'why-returns'],
  [/^`import` /, 'why-import'],
];
function whyLink(t) {
  if (t.status !== 'NOT met') return '';
  const anchor = WHY.find(([re]) => re.test(t.what))?.[1];
  return ` ([why](why.md${anchor ? `#${anchor}` : ''}))`;
}

function cpuRatio(row, base) {
  return row.cpu && base?.cpu ? `; cpu ${(row.cpu / base.cpu).toFixed(2)}×` : '';
}

function explain(row, name, base) {
  if (!row)
    return name && skipped.has(name)
      ? 'command does not exist yet'
      : reform.ok
        ? 'not measured'
        : 'reform not runnable';
  if (!row.ok) return `exit ${row.exits.join('/')}`;
  if (base && !base.ok) return `check exit ${base.exits.join('/')}`;
  return 'no floor';
}

// ---------------------------------------------------------------- output

function table(g) {
  const floor = floorOf(g);
  const node = g.base === 'node' ? g.rows.find((r) => r.key === 'node') : rowOf('start', 'node');
  const check = g.rows.find((r) => r.key === 'check');
  const head = [
    'command',
    'runs',
    'median ms',
    'min',
    'max',
    'cpu ms',
    'peak MiB',
    g.id === 'start' || g.base === 'node' ? "× node -e ''" : '× floor',
  ];
  if (g.git) head.push('× check');
  head.push('exit', 'stdout');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_h, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const r of g.rows) {
    const base = g.id === 'start' || g.base === 'node' ? node : floor;
    const ratio = r === base ? '1.00' : (ratioTo(r, base)?.toFixed(2) ?? '–');
    const cells = [
      r.key === g.floor ? `**${r.label}**` : r.label,
      r.runs,
      fmt(r.median),
      fmt(r.min),
      fmt(r.max),
      r.cpu === null ? '–' : fmt(r.cpu),
      r.peakMiB.toFixed(0),
      ratio,
    ];
    if (g.git)
      cells.push(r.kind === 'reform' && r.key !== 'check' ? (ratioTo(r, check)?.toFixed(2) ?? '–') : '');
    cells.push(r.ok ? '0' : `**${r.exits.join('/')}**`, kb(r.outBytes));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function failures() {
  const out = [];
  for (const g of groups) {
    for (const r of g.rows) {
      if (r.ok) continue;
      out.push(
        `- ${g.id} \`${r.label}\`: exit ${r.exits.join('/')} — ${firstLines(r.stderr) || '(no stderr)'}`,
      );
    }
  }
  return out;
}

const tgs = targets();
const md = [];
md.push('# Benchmark results (`npm run bench`)', '');
md.push(
  `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.nproc} CPUs (${machine.cpu}), ${machine.memGiB} GiB RAM, ${machine.os}; Node ${machine.node} (default heap limit ${machine.heapLimitMiB} MiB); load average at start ${machine.loadavg}.`,
);
md.push(
  `reform ${machine.reform ?? '(not runnable)'} at commit ${machine.commit}${machine.dirty ? ' (with uncommitted changes)' : ''}; \`node bench/run.mjs ${machine.args}\`.`,
);
md.push(
  `Each command is a whole process (spawn to exit, wall time), runs interleaved; peak memory by ${machine.rss}. Times in ms; "cpu ms" is the median user+system CPU time, less disturbed by other load than wall time. The floor (in bold) is \`bench/floor.mjs\`: read the same ledger files and parse them with the fastest YAML parser measured; "× floor" is the median over the floor's median. The machine is shared, so absolute times drift; ratios drift less.`,
  '',
);
md.push('## Targets (issue 12)', '', '| target | goal | measured | status |', '|---|---|---|---|');
for (const t of tgs)
  md.push(
    `| ${t.what} | ${t.target} | ${t.detail} | ${t.status === 'met' ? 'met' : `**${t.status}**${whyLink(t)}`} |`,
  );
md.push('');
for (const g of groups) {
  md.push(`## ${g.title}`, '');
  if (g.data)
    md.push(
      `\`${g.data.dir}\`: ${g.data.tasks} tasks, ${g.data.pilots} pilots, ${g.data.problems} problems, ${g.data.reminders} reminder-log entries, ${g.data.units} units.`,
      '',
    );
  md.push(table(g), '');
}
if (parts) {
  md.push(
    `## Hand-written parts, before and after (${parts.size}, one process, median of 3)`,
    '',
    '`bench/parts.ts` times each part kept for speed beside what it replaces, on the same data in one process (no start-up).',
    '',
    '| part | work | before | after | before ms | after ms | after / before |',
    '|---|---|---|---|---:|---:|---:|',
  );
  for (const [k, r] of Object.entries(parts.results))
    md.push(
      `| ${k} | ${r.what} | ${r.before_label} | ${r.after_label} | ${fmt(r.before)} | ${fmt(r.after)} | ${(r.after / r.before).toFixed(2)} |`,
    );
  md.push('');
}
const fails = failures();
md.push('## Notes', '');
for (const n of notes) md.push(`- ${n}`);
if (fails.length)
  md.push('- Commands that exited non-zero (stderr of the last run):', ...fails.map((f) => `  ${f}`));
md.push(
  `- Raw numbers of every run: \`bench/results.json\`. Outputs of the last run of each command: \`bench/data/out/\`.`,
  '',
);
const why = join(HERE, 'why.md');
if (existsSync(why)) md.push(readFileSync(why, 'utf8'));
const text = md.join('\n');
console.log(text);
if (opt.write) {
  writeFileSync(join(HERE, 'results.md'), text);
  writeFileSync(
    join(HERE, 'results.json'),
    JSON.stringify(
      {
        machine,
        notes,
        targets: tgs,
        parts,
        groups: groups.map(({ rows, ...g }) => ({
          ...g,
          rows: rows.map(({ stderr, argv, cwd, outFile, ...r }) => ({ ...r, argv: argv.map(shortPath) })),
        })),
      },
      null,
      2,
    ) + '\n',
  );
  // laid out as Biome lays out JSON (short arrays on one line), so `npm run lint` stays green after a run
  const biome = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'),
      'format',
      '--write',
      'bench/results.json',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (biome.status !== 0) console.error(`biome format bench/results.json failed:\n${biome.stderr}`);
  console.error('wrote bench/results.md and bench/results.json');
}
