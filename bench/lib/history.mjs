// A git repository of a year of ledger history, written with one `git fast-import` process:
// a baseline commit (the approved list, 2026-01-31, tagged baseline/2026), monthly dispatch
// commits that update every file (每月一调度), and small commits between them that each touch a
// few tasks of one unit: progress, completions, approved and unapproved postponements, tasks
// added and removed, and problem rectifications. HEAD is the final ledger in the folder layout.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASOF, BASE, day, iso } from './dates.mjs';
import { byDateThenItem } from './ledger-files.mjs';
import { makePilot } from './pilots.mjs';
import { makeProblem } from './problems.mjs';
import { Rng } from './prng.mjs';
import { pilotReminders, problemReminders, taskReminders } from './reminders.mjs';
import {
  header,
  renderPilot,
  renderPolicy,
  renderProblem,
  renderReminder,
  renderTask,
  renderUnits,
} from './render.mjs';
import { makeTask } from './tasks.mjs';

const CACHE_LIMIT = 30000; // keep task models in memory up to this many; regenerate above

class Items {
  constructor(w) {
    this.w = w;
    this.total = w.nTasks + w.nRemoved;
    this.cache = this.total <= CACHE_LIMIT ? new Array(this.total) : null;
    this.tasks = new Renders(this.total, renderTask);
    this.pilots = new Renders(w.nPilots, renderPilot);
    this.problems = new Renders(w.nProblems, renderProblem);
    this.pilotModels = Array.from({ length: w.nPilots }, (_, j) => makePilot(w, j));
    this.problemModels = Array.from({ length: w.nProblems }, (_, k) => makeProblem(w, k));
  }

  task(i) {
    if (!this.cache) return makeTask(this.w, i);
    return (this.cache[i] ??= makeTask(this.w, i));
  }

  renderTask(i, t) {
    return this.tasks.get(i, t, () => this.task(i));
  }

  allPilots(t) {
    let s = '';
    for (let j = 0; j < this.w.nPilots; j++) s += this.pilots.get(j, t, () => this.pilotModels[j]);
    return s;
  }

  allProblems(t) {
    let s = '';
    for (let k = 0; k < this.w.nProblems; k++) s += this.problems.get(k, t, () => this.problemModels[k]);
    return s;
  }
}

/**
 * Rendered text per item, reused while no date of the item falls between the day it was
 * rendered for and the day asked for (every day number in the model counts as an event).
 */
class Renders {
  constructor(n, render) {
    this.render = render;
    this.text = new Array(n);
    this.key = new Int32Array(n).fill(-1);
    this.days = new Array(n);
  }

  get(i, t, model) {
    let days = this.days[i];
    let m = null;
    if (days === undefined) {
      m = model();
      days = this.days[i] = eventDays(m);
    }
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    if (this.key[i] !== lo) {
      this.text[i] = this.render(m ?? model(), t);
      this.key[i] = lo;
    }
    return this.text[i];
  }
}

const FIRST_DAY = day('2024-01-01');
const LAST_DAY = day('2029-12-31');

function eventDays(model) {
  const out = new Set();
  const walk = (v) => {
    if (typeof v === 'number') {
      if (Number.isInteger(v) && v >= FIRST_DAY && v <= LAST_DAY) out.add(v);
    } else if (v !== null && typeof v === 'object') {
      for (const x of Object.values(v)) walk(x);
    }
  };
  walk(model);
  return Int32Array.from([...out].sort((a, b) => a - b));
}

/** Plans the commits: [{date, kind: baseline|bulk|tasks|problems, tasks?, message}]. */
function plan(w, items, byUnit, n, r) {
  const bulkDates = ['03-05', '04-03', '05-08', '06-05', '07-06', '08-05', '09-04', '10-09', '11-05']
    .map((md) => day(`2026-${md}`))
    .concat([ASOF]);
  const nBulk = Math.min(bulkDates.length, n - 1);
  const commits = [{ date: BASE, kind: 'baseline', message: '2026年度改革任务台账（经市委深改委审议通过）' }];
  for (const d of bulkDates.slice(-nBulk)) {
    const m = Number(iso(d).slice(5, 7));
    commits.push({
      date: d,
      kind: 'bulk',
      message: d === ASOF ? `${m}月台账集中更新（截至${iso(d)}）` : `${m}月调度：更新全部台账进度`,
    });
  }
  const small = n - 1 - nBulk;
  const specials = { removed: [], added: [], quiet: [], approved: [], completed: [] };
  for (let i = 0; i < items.total; i++) {
    const t = items.task(i);
    if (t.removedOn !== null)
      specials.removed.push({
        date: t.removedOn,
        tasks: [i],
        message: `删除改革任务 ${t.id}（已并入相关任务统筹推进）`,
      });
    else if (t.addedOn !== null)
      specials.added.push({ date: t.addedOn, tasks: [i], message: `新增改革任务 ${t.id} ${t.title}` });
    for (const c of t.changes) {
      if (t.removedOn !== null && c.on >= t.removedOn) continue;
      if (c.approved)
        specials.approved.push({
          date: c.on,
          tasks: [i],
          message: `调整 ${t.id} ${c.field === 'deadline' ? '完成时限' : c.field.slice(11) + '节点'}${c.ref ? `（${c.ref}）` : ''}`,
        });
      else specials.quiet.push({ date: c.on, tasks: [i], message: `${t.unit}：更新 ${t.id} 进度` });
    }
    if (t.completedOn !== null && t.removedOn === null)
      specials.completed.push({ date: t.completedOn, tasks: [i], message: `${t.id} 任务办结，上传佐证材料` });
  }
  const budget = Math.floor(small * 0.4);
  const lists = Object.values(specials).map((l) => l.filter(() => true));
  let picked = 0;
  for (let _round = 0; picked < budget && lists.some((l) => l.length); _round++) {
    for (const l of lists) {
      if (picked >= budget || l.length === 0) continue;
      const k = r.int(0, l.length - 1);
      commits.push({ kind: 'tasks', ...l[k] });
      l.splice(k, 1);
      picked++;
    }
  }
  const units = [...byUnit.keys()];
  while (commits.length < n) {
    const date = r.int(BASE + 1, ASOF);
    if (r.chance(0.15)) {
      commits.push({ date, kind: 'problems', message: `更新问题整改情况（${iso(date)}）` });
      continue;
    }
    const u = r.pick(units);
    const list = byUnit.get(u);
    const tasks = r.sample(list, r.int(3, 12));
    commits.push({
      date,
      kind: 'tasks',
      tasks,
      message: `${w.units[u].name}：更新${tasks.length}项改革任务进度`,
    });
  }
  const order = { baseline: 0, tasks: 1, problems: 1, bulk: 2 };
  return commits.sort((a, b) => a.date - b.date || order[a.kind] - order[b.kind]);
}

/** Renders a whole unit file from each task's own as-of day. */
function unitFile(items, list, asOf) {
  let body = '';
  for (const i of list) body += items.renderTask(i, asOf[i]);
  return listFile('tasks', body, 1);
}

/** A ledger file holding `kind:` and the rendered items (an empty list when there are none). */
function listFile(kind, body, depth = 0) {
  return header(kind, depth) + (body ? `${kind}:\n${body}` : `${kind}: []\n`);
}

export async function writeHistory(w, out, layout, n) {
  if (layout !== 'folder') throw new Error('--git writes the folder layout (one tasks file per unit)');
  const items = new Items(w);
  const byUnit = new Map();
  for (let i = 0; i < items.total; i++) {
    const u = items.task(i).unitIdx;
    if (!byUnit.has(u)) byUnit.set(u, []);
    byUnit.get(u).push(i);
  }
  const r = new Rng(w.seed, 'history');
  const commits = plan(w, items, byUnit, n, r);

  const reminders = [];
  for (let i = 0; i < items.total; i++) {
    const t = items.task(i);
    if (t.removedOn === null) reminders.push(...taskReminders(w, t));
  }
  for (const p of items.pilotModels) reminders.push(...pilotReminders(w, p));
  for (const q of items.problemModels) reminders.push(...problemReminders(w, q));
  reminders.sort(byDateThenItem);

  git(out, ['init', '-q', '-b', 'main']);
  const stream = new FastImport(out);
  const asOf = new Int32Array(items.total).fill(BASE);
  const clerks = w.clerks;
  const bytes = {};
  for (const [idx, c] of commits.entries()) {
    const files = [];
    const touched = new Set();
    if (c.kind === 'baseline' || c.kind === 'bulk') {
      asOf.fill(c.date);
      for (const u of byUnit.keys()) touched.add(u);
      files.push(['pilots.yaml', listFile('pilots', items.allPilots(c.date))]);
      const rem = reminders
        .filter((e) => e.date <= c.date)
        .map(renderReminder)
        .join('');
      files.push(['reminders.yaml', listFile('reminders', rem)]);
    }
    if (c.kind === 'baseline' || c.kind === 'bulk' || c.kind === 'problems') {
      files.push(['problems.yaml', listFile('problems', items.allProblems(c.date))]);
    }
    if (c.kind === 'baseline') {
      files.push(['units.yaml', renderUnits(w)], ['policy.yaml', renderPolicy()]);
    }
    if (c.kind === 'tasks') {
      for (const i of c.tasks) {
        asOf[i] = Math.max(asOf[i], c.date);
        touched.add(items.task(i).unitIdx);
      }
    }
    for (const u of touched)
      files.push([`tasks/${w.units[u].slug}.yaml`, unitFile(items, byUnit.get(u), asOf)]);
    const who = clerks[idx % clerks.length];
    const bufs = files.map(([p, text]) => [`ledgers/${p}`, Buffer.from(text)]);
    if (idx === commits.length - 1) {
      for (const [p, b] of bufs) {
        const kind = p.split('/')[1].replace('.yaml', '');
        bytes[kind] = (bytes[kind] ?? 0) + b.length;
      }
    }
    await stream.commit(idx + 1, c.date, idx, who, c.message, bufs);
    if (c.kind === 'baseline') await stream.tag('baseline/2026', idx + 1);
  }
  await stream.done();

  git(out, ['reset', '-q', '--hard', 'main']);
  git(out, ['config', 'core.quotePath', 'false']);
  writeFileSync(join(out, '.git', 'info', 'exclude'), '.bench-meta.json\n');
  let tasks = 0;
  for (let i = 0; i < items.total; i++) if (items.task(i).removedOn === null) tasks++;
  bytes.units = Buffer.byteLength(renderUnits(w));
  bytes.policy = Buffer.byteLength(renderPolicy());
  return {
    tasks,
    pilots: w.nPilots,
    problems: w.nProblems,
    reminders: reminders.length,
    units: w.units.length,
    bytes,
    commits: commits.length,
  };
}

function git(cwd, args) {
  const res = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`git ${args.join(' ')}: ${res.stderr}`);
  return res.stdout;
}

/** A `git fast-import` process and the stream written to it (with back-pressure). */
class FastImport {
  constructor(repo) {
    this.child = spawn(
      'git',
      ['-c', 'core.compression=1', 'fast-import', '--quiet', '--done', '--big-file-threshold=64k'],
      { cwd: repo, stdio: ['pipe', 'inherit', 'pipe'] },
    );
    this.stderr = '';
    this.child.stderr.setEncoding('utf8').on('data', (d) => (this.stderr += d));
    this.exit = new Promise((res) => this.child.on('close', res));
  }

  async write(x) {
    if (!this.child.stdin.write(x)) await new Promise((res) => this.child.stdin.once('drain', res));
  }

  async commit(mark, date, seq, who, message, files) {
    const when = date * 86400 + 9 * 3600 + (seq % 300) * 97 - 8 * 3600; // 09:00 +0800 onwards
    const msg = Buffer.from(message + '\n');
    await this.write(
      `commit refs/heads/main\nmark :${mark}\ncommitter ${who} <clerk${(seq % 6) + 1}@gaige.example.cn> ${when} +0800\ndata ${msg.length}\n`,
    );
    await this.write(msg);
    for (const [path, buf] of files) {
      await this.write(`M 100644 inline ${path}\ndata ${buf.length}\n`);
      await this.write(buf);
      await this.write('\n');
    }
    await this.write('\n');
  }

  async tag(name, mark) {
    await this.write(`reset refs/tags/${name}\nfrom :${mark}\n\n`);
  }

  async done() {
    await this.write('done\n');
    this.child.stdin.end();
    const code = await this.exit;
    if (code !== 0) throw new Error(`git fast-import failed (${code}): ${this.stderr}`);
  }
}
