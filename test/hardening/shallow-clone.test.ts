// Issue 10, item 13: a shallow clone must not flip a verdict. The sample ledgers get a baseline,
// a postponement without a record, then the record added afterwards without an approval number
// (事后补录, not approved) and one more commit. In a full clone `check --since baseline/2026` fails
// (exit 1). After `git clone --depth 1` and fetching the baseline tag the history in between is
// missing: `check --since` and `diff` stop with exit 2 and the fix; after the fix, the verdict is
// the full clone's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { reform } from '../e2e/binary.js';

let base: string;

function git(cwd: string, args: string[], date = '2026-11-10T10:00:00+08:00') {
  execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'protocol.file.allow=always', ...args],
    {
      cwd,
      stdio: 'ignore',
      env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
    },
  );
}

function edit(file: string, from: RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`no match for ${from} in ${file}`);
  writeFileSync(file, next);
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'reform-shallow-'));
  const origin = join(base, 'origin');
  cpSync(join(ROOT, 'ledgers'), join(origin, 'ledgers'), { recursive: true });
  const tasks = join(origin, 'ledgers', 'tasks.yaml');
  git(origin, ['init', '-q']);
  git(origin, ['add', '.']);
  git(origin, ['commit', '-qm', 'baseline'], '2026-01-05T10:00:00+08:00');
  git(origin, ['tag', 'baseline/2026']);
  edit(tasks, /(- id: RW-2026-026\n(?:.*\n)*?\s*deadline: )2026-10-20/, '$12026-12-31');
  git(origin, ['commit', '-qam', 'postpone without a record'], '2026-11-12T10:00:00+08:00');
  edit(
    tasks,
    /(- id: RW-2026-026\n(?:.*\n)*?\s*deadline: 2026-12-31\n)/,
    '$1    adjustments:\n      - {on: 2026-11-11, field: deadline, from: 2026-10-20, to: 2026-12-31, approved_by: 市政务服务管理局}\n',
  );
  git(origin, ['commit', '-qam', 'record added afterwards, no ref'], '2026-11-16T10:00:00+08:00');
  edit(tasks, /title: .*/, 'title: 深化要素市场化配置改革（修订）');
  git(origin, ['commit', '-qam', 'another change'], '2026-11-17T10:00:00+08:00');
  git(base, ['clone', '-q', `file://${origin}`, 'full']);
  git(base, ['clone', '-q', '--depth', '1', `file://${origin}`, 'shallow']);
  git(join(base, 'shallow'), ['fetch', '-q', 'origin', 'tag', 'baseline/2026']);
}, 60_000);

describe('shallow clone', () => {
  it('check --since and diff stop with exit 2 and the fix; the full history gives the verdict', async () => {
    const shallow = join(base, 'shallow');
    const [full, check, diff] = await Promise.all([
      reform(['check', '--since', 'baseline/2026'], { cwd: join(base, 'full') }),
      reform(['check', '--since', 'baseline/2026'], { cwd: shallow }),
      reform(['diff', 'baseline/2026'], { cwd: shallow }),
    ]);
    expect(full.code).toBe(1);
    expect(full.stdout).toContain('[unapproved-postponement]');
    for (const r of [check, diff]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('git fetch --unshallow --tags');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).not.toContain('批准');
    }
    git(shallow, ['fetch', '-q', '--unshallow', '--tags']);
    const fixed = await reform(['check', '--since', 'baseline/2026'], { cwd: shallow });
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toBe(full.stdout);
  }, 60_000);
});
