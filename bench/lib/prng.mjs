// A small seeded PRNG (sfc32 seeded through splitmix32). Every generated item gets its own
// stream derived from (seed, kind, index), so an item is the same whatever else is generated
// and can be regenerated on demand (the git history re-renders items without keeping them).

function splitmix32(a) {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export class Rng {
  constructor(...keys) {
    let h = 0x811c9dc5;
    for (const k of keys) {
      const s = String(k);
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0xff, 0x01000193);
    }
    const sm = splitmix32(h);
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 8; i++) this.u32();
  }

  u32() {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next() {
    return this.u32() / 4294967296;
  }

  /** Integer in [lo, hi] (inclusive). */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }

  /** Index drawn from cumulative weights (ascending, last = total). */
  weighted(cum) {
    const x = this.next() * cum[cum.length - 1];
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** k distinct elements of arr (k small), in arr order. */
  sample(arr, k) {
    const idx = new Set();
    while (idx.size < Math.min(k, arr.length)) idx.add(Math.floor(this.next() * arr.length));
    return [...idx].sort((x, y) => x - y).map((i) => arr[i]);
  }
}
