// Atomic writes through symbolic links: the link's target gets the content, the link stays.
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRemind } from '../../src/commands/remind.js';
import { setLang } from '../../src/i18n/index.js';
import { atomicWrite, WriteRefused } from '../../src/ledger/atomic-write.js';
import { copyFixture, NOW, ROOT, sink } from '../helpers.js';

let base: string;
beforeEach(() => {
  setLang('zh');
  base = mkdtempSync(join(tmpdir(), 'reform-aw-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('atomicWrite', () => {
  it('writes through a symbolic link to its target and keeps the link', () => {
    mkdirSync(join(base, 'shared'));
    writeFileSync(join(base, 'shared', 'a.yaml'), 'old\n');
    symlinkSync('shared/a.yaml', join(base, 'a.yaml'));
    atomicWrite(join(base, 'a.yaml'), 'new\n');
    expect(lstatSync(join(base, 'a.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(base, 'a.yaml'))).toBe('shared/a.yaml');
    expect(readFileSync(join(base, 'shared', 'a.yaml'), 'utf8')).toBe('new\n');
  });

  it('refuses a dangling link, a loop and a directory with a clear error and writes nothing', () => {
    symlinkSync('nowhere.yaml', join(base, 'dangling.yaml'));
    expect(() => atomicWrite(join(base, 'dangling.yaml'), 'x')).toThrow(WriteRefused);
    expect(() => atomicWrite(join(base, 'dangling.yaml'), 'x')).toThrow(/符号链接/);
    symlinkSync('loop.yaml', join(base, 'loop.yaml'));
    expect(() => atomicWrite(join(base, 'loop.yaml'), 'x')).toThrow(WriteRefused);
    mkdirSync(join(base, 'dir.yaml'));
    expect(() => atomicWrite(join(base, 'dir.yaml'), 'x')).toThrow(/不是普通文件/);
    expect(lstatSync(join(base, 'dangling.yaml')).isSymbolicLink()).toBe(true);
  });
});

describe('remind --record on a symlinked log', () => {
  it('appends to the target of reminders.yaml, which stays a link', async () => {
    const dir = copyFixture(join(ROOT, 'test', 'commands', 'fixtures', 'remind'));
    const shared = join(dir, '..', 'shared-reminders.yaml');
    writeFileSync(shared, readFileSync(join(dir, 'reminders.yaml')));
    rmSync(join(dir, 'reminders.yaml'));
    symlinkSync('../shared-reminders.yaml', join(dir, 'reminders.yaml'));
    const before = readFileSync(shared, 'utf8');
    const err = sink();
    const code = await runRemind({ ledgers: dir, record: true, by: '测试员', now: NOW }, sink(), err);
    const fresh = Number(/记录 (\d+) 条/.exec(err.text())?.[1]);
    expect(fresh).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(lstatSync(join(dir, 'reminders.yaml')).isSymbolicLink()).toBe(true);
    const count = (t: string) => (parse(t) as { reminders: unknown[] }).reminders.length;
    expect(count(readFileSync(shared, 'utf8'))).toBe(count(before) + fresh);
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });
});
