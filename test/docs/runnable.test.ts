import { describe, expect, it } from 'vitest';
import { matchesOutput, runnableBlocks } from './runnable.js';

const md = [
  '# t',
  '```sh run',
  'reform remind',
  '```',
  '',
  '```text output',
  '催办',
  '…',
  '合计',
  '```',
  '```sh',
  'not run',
  '```',
  '```sh run exit=1',
  'reform check',
  '```',
  'words between',
  '```text output',
  'not attached',
  '```',
].join('\n');

describe('runnable blocks', () => {
  it('finds the run blocks, their exit codes and the output shown right after', () => {
    const blocks = runnableBlocks('x.md', md);
    expect(blocks.map((b) => [b.line, b.script, b.exit, b.output])).toEqual([
      [2, 'reform remind\n', 0, '催办\n…\n合计\n'],
      [14, 'reform check\n', 1, undefined],
    ]);
  });

  it('matches output exactly, with … standing for any lines', () => {
    expect(matchesOutput('催办\na\nb\n合计\n', '催办\n…\n合计')).toBe(true);
    expect(matchesOutput('催办\n合计  \n', '催办\n…\n合计')).toBe(true);
    expect(matchesOutput('催办\na\n合计\nmore', '催办\n…\n合计')).toBe(false);
    expect(matchesOutput('催办\n合计', '催办\n合计\n…')).toBe(true);
    expect(matchesOutput('催 办', '催办')).toBe(false);
  });
});
