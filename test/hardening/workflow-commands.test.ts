// Issue 10, item 9: ledger text never becomes a GitHub workflow command. GitHub's runner takes a
// line that starts with `::` (after trimming white space; lines end at LF or CR) as a command, and
// `##[` anywhere in a line as one in the older syntax. The samples get hostile values in a title,
// a deadline and a progress note; every command and format that prints them is run through the
// binary and every line of stdout and stderr is checked. Annotation paths are relative to the
// repository root, also from a subfolder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutralise } from '../../src/render/common/workflow-commands.js';
import { visible } from '../../src/i18n/visible.js';
import { ROOT } from '../helpers.js';
import { reform } from '../e2e/binary.js';

const FORGED_TITLE = '深化改革\\n::error file=evil.yaml,line=1::FORGED\\r  ::add-mask::secret ##[error]old';
const FORGED_DATE = '2026-02-30\\n::error file=evil.yaml,line=1::FORGED';

/** The annotations `check --format github` makes itself (located, titled by a code, data escaped). */
const OWN_ANNOTATION = /^::(?:error|warning) file=[^,:]+,line=\d+,col=\d+,title=[a-z-]+::[^\r\n]*$/;

/** Lines as GitHub's runner splits them that it would take as workflow commands, but the tool's own annotations. */
function commandLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((l) => (/^\s*::/.test(l) && !OWN_ANNOTATION.test(l)) || l.includes('##['));
}

let repo: string;
let broken: string;

function git(cwd: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, stdio: 'ignore' });
}

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'reform-wfc-'));
  repo = join(base, 'repo');
  cpSync(join(ROOT, 'ledgers'), join(repo, 'ledgers'), { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'samples');
  // valid ledgers with hostile text (a title with line breaks, a progress note)
  const tasks = join(repo, 'ledgers', 'tasks.yaml');
  let text = readFileSync(tasks, 'utf8');
  // the first task, one being chased (RW-2026-030), one with an advance notice (RW-2026-099) and one
  // of a unit that has not reported November's progress (RW-2026-105: its title is printed in full)
  text = text.replace(/title: .*/, `title: "${FORGED_TITLE}"`);
  for (const id of ['RW-2026-030', 'RW-2026-099', 'RW-2026-105'])
    text = text.replace(new RegExp(`(id: ${id}\\n(?:.*\\n)*?\\s*title: ).*`), `$1"${FORGED_TITLE}"`);
  writeFileSync(tasks, text);
  // invalid ledgers: the deadline's value comes back in the message
  broken = join(base, 'broken');
  cpSync(join(repo, 'ledgers'), broken, { recursive: true });
  const b = join(broken, 'tasks.yaml');
  writeFileSync(b, readFileSync(b, 'utf8').replace(/deadline: .*/, `deadline: "${FORGED_DATE}"`));
}, 60_000);

describe('no ledger text becomes a workflow command', () => {
  it('neutralise() escapes line starts and ##[ visibly, and nothing else', () => {
    expect(neutralise('a\n::error x\r  ::warning y\n\u3000::add-mask::z\nfoo ##[error] x\nok :: fine')).toBe(
      'a\n\\::error x\r  \\::warning y\n\u3000\\::add-mask::z\nfoo #\\u0023[error] x\nok :: fine',
    );
    // text holding only one of the two markers, or neither, is treated the same way
    expect(neutralise('x\n::a')).toBe('x\n\\::a');
    expect(neutralise('x ##[b')).toBe('x #\\u0023[b');
    const clean = '没有标记的文本\n: 冒号 ##\n';
    expect(neutralise(clean)).toBe(clean);
    expect(visible('2026-02-30\n::x\r\u001b[31m\u0000\ttab')).toBe(
      '2026-02-30\\n::x\\r\\u001b[31m\\u0000\ttab',
    );
  });

  it('check in every format: the value is shown with a visible \\n, no forged line', async () => {
    const runs = await Promise.all(
      ['text', 'github', 'json', 'junit', 'gitlab'].map((f) =>
        reform(['check', '--ledgers', broken, '--format', f]),
      ),
    );
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(commandLines(r.stdout + r.stderr)).toEqual([]);
      expect(r.stdout).toContain('FORGED');
    }
    const [text, github, json] = runs;
    expect(text!.stdout).toContain('日期无效：2026-02-30\\n::error file=evil.yaml,line=1::FORGED');
    // the annotation the tool makes itself is still there, its data escaped
    expect(github!.stdout).toMatch(/^::error file=.*tasks\.yaml,line=\d+,col=\d+,title=invalid-date::/m);
    expect(github!.stdout.match(/^::/gm)?.length).toBe(JSON.parse(json!.stdout).diagnostics.length);
    const d = JSON.parse(json!.stdout).diagnostics.find((x: { code: string }) => x.code === 'invalid-date');
    expect(d.message).toContain('2026-02-30\\n::error');
  });

  it('every command and format that prints ledger text', async () => {
    const cases = [
      ['remind'],
      ['remind', '--format', 'csv'],
      ['remind', '--format', 'markdown'],
      ['report'],
      ['report', '--format', 'json'],
      ['calendar'],
      ['diff'],
      ['diff', '--format', 'json'],
    ];
    const runs = await Promise.all(
      cases.map((args) => reform([...args, '--ledgers', 'ledgers'], { cwd: repo })),
    );
    runs.forEach((r, i) => {
      const label = cases[i]!.join(' ');
      expect([0, 1], `${label}: ${r.stderr}`).toContain(r.code);
      expect(commandLines(r.stdout + r.stderr), label).toEqual([]);
    });
    // the title did reach the outputs (else this test would prove nothing)
    const unseen = cases.filter((_, i) => !runs[i]!.stdout.includes('FORGED')).map((c) => c.join(' '));
    expect(unseen).toEqual([]);
    // JSON as printed still parses, and keeps the value as written
    for (const i of [4, 7])
      expect(JSON.stringify(JSON.parse(runs[i]!.stdout))).toContain('\\n::error file=evil');
  }, 60_000);

  it('annotation paths are relative to the repository root, also when run in a subfolder', async () => {
    const r = await reform(['check', '--ledgers', '.', '--format', 'github'], {
      cwd: join(repo, 'ledgers'),
    });
    const files = [...r.stdout.matchAll(/^::(?:error|warning) file=([^,]+),/gm)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^ledgers\//);
  });
});
