// Writes docs/reference/format/*.md from the zod schemas in src/schema (npm run docs).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'reform-docs-'));
const out = join(dir, 'gen.mjs');
await build({
  stdin: {
    contents: "export { referenceFiles } from './src/schema/reference-doc.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
});
const { referenceFiles } = await import(pathToFileURL(out).href);
const target = join('docs', 'reference', 'format');
mkdirSync(target, { recursive: true });
const files = referenceFiles();
for (const [name, text] of Object.entries(files)) writeFileSync(join(target, name), text);
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${Object.keys(files).length} pages to ${target}/`);
