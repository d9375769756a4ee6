// Colour on a real terminal: on by default, off with NO_COLOR (any non-empty value), and
// FORCE_COLOR wins over both the terminal and NO_COLOR (issue 10, item 11).
import { describe, expect, it } from 'vitest';
import { colourLevel } from '../../src/render/common/colour.js';
import { reformInPty, skipWithoutPty } from './pty.js';

const ESC = '\u001b[';
const args = ['remind', '--ledgers', 'ledgers', '--unit', '东川县'];

describe.skipIf(skipWithoutPty('colour on a pseudo-terminal'))('colour on a pseudo-terminal', () => {
  it('is on by default, off with NO_COLOR, forced with FORCE_COLOR, off with FORCE_COLOR=0', async () => {
    const [plain, noColor, emptyNoColor, forced, forcedOff] = await Promise.all([
      reformInPty(args),
      reformInPty(args, { env: { NO_COLOR: '1' } }),
      reformInPty(args, { env: { NO_COLOR: '' } }),
      reformInPty(args, { env: { NO_COLOR: 'yes', FORCE_COLOR: '1' } }),
      reformInPty(args, { env: { FORCE_COLOR: '0' } }),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.output).toContain('东川县');
    expect(plain.output).toContain(ESC);
    expect(noColor.output).toContain('东川县');
    expect(noColor.output).not.toContain(ESC);
    expect(emptyNoColor.output).toContain(ESC);
    expect(forced.output).toContain(ESC);
    expect(forcedOff.output).toContain('东川县');
    expect(forcedOff.output).not.toContain(ESC);
  });
});

describe('colourLevel', () => {
  it('NO_COLOR turns colour off unless FORCE_COLOR asks for it; an empty FORCE_COLOR is no request', () => {
    expect(colourLevel({}, 2, true)).toBe(2);
    expect(colourLevel({ NO_COLOR: '1' }, 2, true)).toBe(0);
    expect(colourLevel({ NO_COLOR: '' }, 2, true)).toBe(2);
    expect(colourLevel({ NO_COLOR: '1', FORCE_COLOR: '1' }, 0, false)).toBe(1);
    expect(colourLevel({ FORCE_COLOR: 'true' }, 0, false)).toBe(1);
    expect(colourLevel({ FORCE_COLOR: '0' }, 3, true)).toBe(0);
    expect(colourLevel({ FORCE_COLOR: 'false' }, 3, true)).toBe(0);
    expect(colourLevel({ FORCE_COLOR: '' }, 1, false)).toBe(0);
  });
});
