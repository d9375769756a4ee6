// Writes schemas/<kind>.schema.json from the zod schemas in src/schema (npm run schemas).
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'reform-schemas-'));
const out = join(dir, 'gen.mjs');
await build({
  stdin: {
    contents:
      "export { schemaFileText } from './src/schema/json-schema.ts'; export { FILE_KINDS } from './src/schema/index.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
});
const { schemaFileText, FILE_KINDS } = await import(pathToFileURL(out).href);
for (const kind of FILE_KINDS) writeFileSync(join('schemas', `${kind}.schema.json`), schemaFileText(kind));
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${FILE_KINDS.length} schemas to schemas/`);
