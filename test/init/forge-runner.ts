// Runs the CI definition `reform init` wrote, the way the forge would: the shell lines of the job
// in order, with the forge's variables set, the built reform on PATH, and `gh`/`curl` replaced by
// stubs that record what would have been posted.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

export interface RunResult {
  ok: boolean;
  output: string;
  /** What the stubs were asked to post (arguments and the bodies they would send). */
  posted: string;
  steps: { name: string; code: number; allowedToFail: boolean }[];
}

/** A bin folder holding `reform` (the built CLI) and the gh/curl stubs. */
export function toolDir(): { bin: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reform-ci-bin-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const log = join(dir, 'posted.log');
  writeFileSync(log, '');
  const put = (name: string, text: string) => {
    writeFileSync(join(bin, name), text);
    chmodSync(join(bin, name), 0o755);
  };
  put('reform', `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'reform.js')}" "$@"\n`);
  const record = `echo "$(basename "$0") $*" >> "${log}"
for a in "$@"; do
  case "$a" in
    body@*) cat "\${a#body@}" >> "${log}" ;;
    @*) cat "\${a#@}" >> "${log}" ;;
  esac
done
`;
  put(
    'gh',
    `#!/bin/sh\n${record}prev=""\nfor a in "$@"; do\n  if [ "$prev" = "--body-file" ]; then cat "$a" >> "${log}"; fi\n  if [ "$a" = "--edit-last" ]; then exit 1; fi\n  prev="$a"\ndone\nexit 0\n`,
  );
  put('curl', `#!/bin/sh\n${record}exit 0\n`);
  return { bin, log };
}

function run(script: string, cwd: string, env: Record<string, string>, bin: string) {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      REFORM_LANG: '',
      CI: 'true',
      ...env,
      PATH: `${bin}:${process.env.PATH}`,
    },
  });
  return { code: r.status ?? 1, out: `${r.stdout}${r.stderr}` };
}

export interface ActionsContext {
  event: 'push' | 'pull_request';
  baseRef: string;
  expressions: Record<string, string>;
}

/** GitHub Actions or Gitea Actions: the steps of every job, `uses:` steps left to the runner. */
export function runActions(workflowFile: string, repo: string, ctx: ActionsContext): RunResult {
  const wf = parse(readFileSync(workflowFile, 'utf8')) as {
    jobs: Record<
      string,
      {
        steps: {
          name?: string;
          uses?: string;
          run?: string;
          if?: string;
          env?: Record<string, string>;
          'continue-on-error'?: boolean;
        }[];
      }
    >;
  };
  const { bin, log } = toolDir();
  const expr = (s: string) =>
    s.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, e: string) => {
      if (e in ctx.expressions) return ctx.expressions[e]!;
      throw new Error(`unknown expression in the workflow: ${e}`);
    });
  const cond = (s: string) => {
    const m = /^github\.event_name == '(\w+)'$/.exec(s.trim());
    if (!m) throw new Error(`unknown condition in the workflow: ${s}`);
    return ctx.event === m[1];
  };
  let ok = true;
  let output = '';
  const steps: RunResult['steps'] = [];
  for (const job of Object.values(wf.jobs)) {
    for (const step of job.steps) {
      if (step.uses || !step.run) continue;
      if (step.if && !cond(step.if)) continue;
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expr(String(v))]));
      const r = run(step.run, repo, env, bin);
      const allowed = !!step['continue-on-error'];
      steps.push({ name: step.name ?? step.run, code: r.code, allowedToFail: allowed });
      output += `$ ${step.name}\n${r.out}`;
      if (r.code !== 0 && !allowed) {
        ok = false;
        break;
      }
    }
  }
  return { ok, output, posted: readFileSync(log, 'utf8'), steps };
}

/** GitLab CI: before_script and script of each job in one shell, as the runner does. */
export function runGitlab(
  ciFile: string,
  repo: string,
  variables: Record<string, string>,
): RunResult & { artifacts: string[] } {
  const ci = parse(readFileSync(ciFile, 'utf8')) as Record<
    string,
    { script?: string[]; before_script?: string[]; artifacts?: { reports?: { codequality?: string } } }
  >;
  const { bin, log } = toolDir();
  let ok = true;
  let output = '';
  const steps: RunResult['steps'] = [];
  const artifacts: string[] = [];
  for (const [name, job] of Object.entries(ci)) {
    if (!job || typeof job !== 'object' || !Array.isArray(job.script)) continue;
    const script = [...(job.before_script ?? []), ...job.script].join('\n');
    const r = run(script, repo, variables, bin);
    steps.push({ name, code: r.code, allowedToFail: false });
    output += r.out;
    if (r.code !== 0) ok = false;
    const cq = job.artifacts?.reports?.codequality;
    if (cq) artifacts.push(cq);
  }
  return { ok, output, posted: readFileSync(log, 'utf8'), steps, artifacts };
}
