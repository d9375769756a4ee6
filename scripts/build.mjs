// Bundles src/cli.ts into dist/ with esbuild. Subcommands are imported lazily from the
// CLI, so code splitting keeps `reform --version` and `reform --help` free of ledger code.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The build id: the version and a hash of the sources and locked dependencies (the parse cache's version). */
function buildId() {
  const h = createHash('sha256');
  const src = new URL('../src/', import.meta.url);
  for (const f of readdirSync(src, { recursive: true }).map(String).sort()) {
    if (!/\.(ts|json)$/.test(f)) continue;
    h.update(`${f}\0`)
      .update(readFileSync(new URL(f, src)))
      .update('\0');
  }
  h.update(readFileSync(new URL('../package-lock.json', import.meta.url)));
  return `${pkg.version}+${h.digest('hex').slice(0, 16)}`;
}

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', version: 'src/version.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  define: { __REFORM_VERSION__: JSON.stringify(pkg.version), __REFORM_BUILD__: JSON.stringify(buildId()) },
  logLevel: 'warning',
});
