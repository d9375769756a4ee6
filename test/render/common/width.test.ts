import { describe, expect, it } from 'vitest';
import { displayWidth, isWide } from '../../../src/render/common/width.js';

/** The width by code point, as written first (a string iterator): the reference for the UTF-16 reading. */
function byCodePoint(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

describe('displayWidth', () => {
  it('counts a Chinese or full-width character as two columns, anything else as one', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('WT-2026-014')).toBe(11);
    expect(displayWidth('县级国土空间规划')).toBe(16);
    expect(displayWidth('联络人：何宇航 0871-63152619')).toBe(28);
    expect(displayWidth('…')).toBe(1);
    expect(displayWidth('𠀀')).toBe(2); // U+20000, a surrogate pair: one wide character
    expect(displayWidth('😀')).toBe(1); // one character outside the wide ranges
    expect(displayWidth('\ud840')).toBe(1); // a lone surrogate: one column, as before
    expect(displayWidth('\udc00x')).toBe(2);
  });

  it('agrees with the code-point reading on every character class and at every edge of a range', () => {
    const edges = [
      0x1f, 0x7f, 0x10ff, 0x1100, 0x115f, 0x1160, 0x2e7f, 0x2e80, 0xa4cf, 0xa4d0, 0xabff, 0xac00, 0xd7a3,
      0xd7a4, 0xe000, 0xf8ff, 0xf900, 0xfaff, 0xfb00, 0xfe2f, 0xfe30, 0xfe4f, 0xfe50, 0xfeff, 0xff00, 0xff60,
      0xff61, 0xffdf, 0xffe0, 0xffe6, 0xffe7, 0x1ffff, 0x20000, 0x3fffd, 0x3fffe, 0x10ffff,
    ];
    const chars = edges.map((c) => String.fromCodePoint(c));
    for (const a of chars)
      for (const b of chars) expect(displayWidth(a + b), `${a}${b}`).toBe(byCodePoint(a + b));
    const mixed = `a${chars.join('x')}\ud800\ud800\udc00\udc00z`;
    expect(displayWidth(mixed)).toBe(byCodePoint(mixed));
  });
});
