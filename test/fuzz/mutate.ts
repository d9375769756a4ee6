// Random mutations of ledger text for the fuzz test: a seeded generator (the same cases on every
// run) and the edits a hostile or careless hand makes — lines deleted, doubled, swapped, re-indented
// or cut; stray YAML punctuation, control characters, tags and anchors; impossible dates; deep
// nesting; very long values; keys JavaScript objects already carry.

/** mulberry32: a small seeded generator, enough to pick mutations reproducibly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  ':',
  ': ',
  '-',
  '- ',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  '&a ',
  '*a',
  '!custom ',
  '!!binary ',
  '#',
  '\t',
  '  ',
  '\n',
  '\u0000',
  '\u001b[31m',
  '\r',
  '|',
  '>',
  '%',
  '@',
  '`',
  '深化',
  '2026-02-30',
  '2026-13-01',
  '9999-99-99',
  '__proto__: {completed_on: 2026-11-01}',
  'constructor: x',
  'x_note: 备注',
  '? ',
  '<<: *a',
  '~',
  'null',
  '.inf',
  '\n::error file=evil.yaml,line=1::FORGED',
  '=1+1',
  '\u2028',
  '\uFEFF',
];

type Edit = (lines: string[], r: () => number) => void;
const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)]!;
const at = (lines: string[], r: () => number) => Math.floor(r() * lines.length);

const EDITS: Edit[] = [
  (l, r) => void l.splice(at(l, r), 1),
  (l, r) => {
    const i = at(l, r);
    l.splice(i, 0, l[i] ?? '');
  },
  (l, r) => {
    const i = at(l, r);
    const j = at(l, r);
    [l[i], l[j]] = [l[j]!, l[i]!];
  },
  (l, r) => {
    const i = at(l, r);
    l[i] = ' '.repeat(Math.floor(r() * 8)) + (l[i] ?? '').trimStart();
  },
  (l, r) => {
    const i = at(l, r);
    const s = l[i] ?? '';
    const k = Math.floor(r() * (s.length + 1));
    l[i] = s.slice(0, k) + pick(SNIPPETS, r) + s.slice(k);
  },
  (l, r) => {
    const i = at(l, r);
    l[i] = (l[i] ?? '').replace(
      /\d{4}-\d{2}-\d{2}/,
      pick(['2026-02-30', '2026-00-10', '26-1-1', '2026/11/20', ''], r),
    );
  },
  (l, r) => void l.splice(at(l, r)),
  (l, r) => {
    // deep nesting under a key
    const depth = 50 + Math.floor(r() * 3000);
    const deep = Array.from({ length: depth }, (_, d) => `${' '.repeat(d + 4)}-`);
    l.splice(at(l, r), 0, '  - deep:', ...deep);
  },
  (l, r) => {
    const i = at(l, r);
    const long = pick(['深', 'a', '"', '\\'], r).repeat(1000 + Math.floor(r() * 60_000));
    l[i] = (l[i] ?? '').replace(/: .*/, `: "${long.replace(/"/g, '\\"')}"`);
  },
  (l, r) => {
    const i = at(l, r);
    l[i] = (l[i] ?? '').replace(
      /^(\s*)(- )?\w+:/,
      `$1$2${pick(['__proto__', 'constructor', 'prototype', 'x_a', 'dealine'], r)}:`,
    );
  },
];

/** The text with 1–4 random edits. */
export function mutate(text: string, r: () => number): string {
  const lines = text.split('\n');
  const n = 1 + Math.floor(r() * 4);
  for (let k = 0; k < n && lines.length; k++) pick(EDITS, r)(lines, r);
  return lines.join('\n');
}
