// The hand-written parts kept for speed, each beside what it replaces, timed in one process on the
// same data (median of --runs). Bundled and run by bench/run.mjs; prints one JSON object.
//   node bench/data/.build/parts.mjs DATA_DIR [--runs 3]
// (Entry reuse for older versions was timed here too: 1.50× slower than parsing whole, so it was
// removed in issue 12.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { fastYaml } from '../src/ledger/fast-yaml.js';
import { quickCheck } from '../src/schema/fast-validate.js';
import { FILE_LISTS } from '../src/schema/index.js';
import { loadTexts, type SourceText } from '../src/ledger/load.js';
import { ledgerFiles } from '../src/ledger/files.js';
import { Locator, YAML_OPTIONS } from '../src/ledger/locate.js';
import { openCache } from '../src/ledger/cache.js';

const args = process.argv.slice(2);
const ri = args.indexOf('--runs');
const RUNS = ri >= 0 ? Number(args[ri + 1]) : 3;
const [dataDir] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');

function time(fn: () => unknown): number {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[ms.length >> 1]! * 10) / 10;
}

const out: Record<
  string,
  { before: number; after: number; what: string; before_label: string; after_label: string }
> = {};
const ledgers = join(dataDir!, 'ledgers');
const files = ledgerFiles(ledgers);
const texts = files.map((f) => ({ kind: f.kind, text: readFileSync(f.abs, 'utf8') }));

// 1. the line reader against js-yaml (the fastest general parser here)
out.reader = {
  what: 'parse every file of the ledger',
  before_label: 'js-yaml load (core schema)',
  after_label: 'fast-yaml (src/ledger/fast-yaml.ts)',
  before: time(() => texts.forEach((t) => jsyaml.load(t.text, { schema: jsyaml.CORE_SCHEMA }))),
  after: time(() => texts.forEach((t) => fastYaml(t.text))),
};

// 2. the compiled validator against zod, over every entry
const entries: [unknown, unknown][] = [];
for (const t of texts) {
  const data = fastYaml(t.text) as Record<string, unknown[]>;
  const lists = FILE_LISTS[t.kind] as Record<string, unknown> | undefined;
  if (!lists || !data || typeof data !== 'object') continue;
  for (const [k, v] of Object.entries(data))
    if (lists[k] && Array.isArray(v)) for (const e of v) entries.push([lists[k], e]);
}
type Schema = Parameters<typeof quickCheck>[0];
out.validator = {
  what: `validate ${entries.length} entries`,
  before_label: 'zod safeParse',
  after_label: 'compiled validator (src/schema/fast-validate.ts), zod only for what it rejects',
  before: time(() => entries.forEach(([s, e]) => (s as Schema).safeParse(e))),
  after: time(() =>
    entries.forEach(([s, e]) => quickCheck(s as Schema, e) === 'raw' || (s as Schema).safeParse(e)),
  ),
};

// 3. locating one finding deep in the largest file: whole-document parse (before) or its entry (after)
const largest = texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
const listKey = Object.keys(FILE_LISTS[largest.kind] ?? {})[0] ?? 'tasks';
const count = ((fastYaml(largest.text) as Record<string, unknown[]>)[listKey] ?? []).length;
const path = [listKey, Math.floor(count / 2), 'id'];
out.locate = {
  what: `position of one finding in the middle of ${largest.kind} (${(largest.text.length / 1e6).toFixed(1)} M characters)`,
  before_label: 'whole document parsed with yaml',
  after_label: 'lines scanned, one entry parsed (src/ledger/locate.ts)',
  before: time(() => {
    const counter = new LineCounter();
    const doc = parseDocument(largest.text, { ...YAML_OPTIONS, lineCounter: counter });
    new Locator(largest.text, { doc, counter }).locate(path);
  }),
  after: time(() => new Locator(largest.text).locate(path)),
};

// 4. the parse cache: parsing and validating every file against reading them back
const sources: SourceText[] = files.map((f) => ({ kind: f.kind, file: f.abs, bytes: readFileSync(f.abs) }));
const cacheRoot = mkdtempSync(join(tmpdir(), 'reform-bench-cache-'));
const cache = openCache(ledgers, { root: cacheRoot, version: 'bench', env: {} })!;
loadTexts(sources, ledgers, { cache });
out.cache = {
  what: 'load every file (parse + validate)',
  before_label: 'no cache',
  after_label: 'parse cache hit (src/ledger/cache.ts)',
  before: time(() => loadTexts(sources, ledgers, { cache: false })),
  after: time(() => loadTexts(sources, ledgers, { cache })),
};
rmSync(cacheRoot, { recursive: true, force: true });

process.stdout.write(`${JSON.stringify(out)}\n`);
