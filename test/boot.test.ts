// Which bundle a run of the binary loads (src/boot.ts): the subcommand commander will run.
import { describe, expect, it } from 'vitest';
import { commandOf } from '../src/boot.js';

describe('commandOf', () => {
  it('finds the subcommand after the program options, as commander does', () => {
    expect(commandOf(['check', '--ledgers', 'x'])).toBe('check');
    expect(commandOf(['--lang', 'en', 'remind', '--date', '2026-11-20'])).toBe('remind');
    expect(commandOf(['--lang=en', '--debug', 'report'])).toBe('report');
    expect(commandOf(['help', 'check'])).toBe('help');
  });

  it('finds none without a subcommand', () => {
    expect(commandOf([])).toBeUndefined();
    expect(commandOf(['--help'])).toBeUndefined();
    expect(commandOf(['--lang', 'en'])).toBeUndefined();
    expect(commandOf(['--', 'check'])).toBeUndefined();
  });
});
