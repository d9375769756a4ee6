// Issue 10, item 15: `reform diff` shows changes to an office's own `x_` fields like any other
// field, at the top of an entry and inside a milestone; a version whose only change is an `x_`
// field is not "no difference".
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../src/commands/diff.js';
import { copyFixture, NOW, sink } from '../helpers.js';

let dir: string;

beforeAll(() => {
  dir = copyFixture('clean');
  const repo = join(dir, '..');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      cwd: repo,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'ledgers');
  const tasks = join(dir, 'tasks.yaml');
  const text = readFileSync(tasks, 'utf8')
    .replace('x_budget_wan: 120', 'x_budget_wan: 150\n    x_note: 待复核')
    .replace('        done_on: 2026-03-28', '        done_on: 2026-03-28\n        x_checked_by: 李四');
  writeFileSync(tasks, text);
});

async function diff(format: 'text' | 'json') {
  const out = sink();
  const rc = await runDiff({ ledgers: dir, format, from: 'HEAD', now: NOW }, out);
  return { rc, text: out.text() };
}

describe('reform diff and x_ fields', () => {
  it('lists each x_ change as a field change', async () => {
    const { rc, text } = await diff('json');
    expect(rc).toBe(0);
    const changed = JSON.parse(text).tasks.changed;
    expect(changed).toHaveLength(1);
    expect(changed[0].id).toBe('RW-2026-001');
    expect(changed[0].changes).toEqual([
      { path: 'x_budget_wan', change: 'changed', from: 120, to: 150 },
      { path: 'x_note', change: 'added', to: '待复核' },
      { path: 'milestones.上报方案.x_checked_by', change: 'added', to: '李四' },
    ]);
  });

  it('says so in the text, not "no difference"', async () => {
    const { text } = await diff('text');
    expect(text).not.toContain('没有差别');
    expect(text).toContain('x_budget_wan: 120 → 150');
    expect(text).toContain('x_note');
  });
});
