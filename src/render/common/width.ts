/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  // by UTF-16 unit, a surrogate pair read as its code point: no string iterator (the tables of a
  // run measure every cell several times, mostly before the code is optimised)
  let w = s.length;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x1100) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
        w--; // two units, one character
      }
    }
    if (isWide(c)) w++;
  }
  return w;
}

/** Whether a code point takes two terminal columns (CJK and full-width forms). */
export function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}
