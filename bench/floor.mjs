#!/usr/bin/env node
// The benchmark's floor: a plain Node script that only reads the ledger files `reform` would
// read and parses them with one YAML parser. No validation, no output beyond one line. Every
// command's time is reported as a ratio to this, measured in the same run on the same files.
//   node bench/floor.mjs [LEDGER_DIR | ONE_FILE.yaml] [--parser js-yaml|yaml|reform-fast]
// reform-fast is for information, not a floor: reform's own line reader (src/ledger/fast-yaml.ts,
// bundled by run.mjs into bench/data/.build/fast-yaml.mjs), with js-yaml where it gives up.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FAST_YAML_BUILD = join(dirname(fileURLToPath(import.meta.url)), 'data', '.build', 'fast-yaml.mjs');

const args = process.argv.slice(2);
const pi = args.indexOf('--parser');
const parser = pi >= 0 ? args[pi + 1] : 'js-yaml';
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--parser') ?? 'ledgers';

/** Every .yaml file of the ledger folder, one level of sub-folders included (tasks/*.yaml). */
function ledgerFiles(root) {
  const out = [];
  for (const e of readdirSync(root, { withFileTypes: true })) {
    if (e.isDirectory()) {
      for (const f of readdirSync(join(root, e.name)))
        if (f.endsWith('.yaml')) out.push(join(root, e.name, f));
    } else if (e.name.endsWith('.yaml')) {
      out.push(join(root, e.name));
    }
  }
  return out.sort();
}

async function loader(name) {
  if (name === 'js-yaml') {
    const { load, CORE_SCHEMA } = (await import('js-yaml')).default;
    return (text) => load(text, { schema: CORE_SCHEMA });
  }
  if (name === 'yaml') {
    const { parse } = await import('yaml');
    return (text) => parse(text);
  }
  if (name === 'reform-fast') {
    const { fastYaml, BAIL } = await import(pathToFileURL(FAST_YAML_BUILD).href);
    const general = await loader('js-yaml');
    return (text) => {
      const data = fastYaml(text);
      return data === BAIL ? general(text) : data;
    };
  }
  throw new Error(`unknown parser ${name} (js-yaml, yaml or reform-fast)`);
}

const parse = await loader(parser);
let entries = 0;
let bytes = 0;
const files = statSync(dir).isFile() ? [dir] : ledgerFiles(dir);
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  bytes += text.length;
  const doc = parse(text);
  if (doc && typeof doc === 'object')
    for (const v of Object.values(doc)) if (Array.isArray(v)) entries += v.length;
}
process.stdout.write(`${parser}: ${files.length} files, ${entries} entries, ${bytes} chars\n`);
