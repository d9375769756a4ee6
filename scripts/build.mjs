// Bundles src/cli.ts into dist/ with esbuild. Subcommands are imported lazily from the
// CLI, so code splitting keeps `reform --version` and `reform --help` free of ledger code.
// Each subcommand is also bundled alone with the CLI program into dist/fast/<name>.cjs, the file
// `reform <name>` loads (through a V8 code cache, see src/boot.ts): one file to read and compile.
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

/** The subcommands' modules, as src/cli.ts imports them: `await import('./commands/<name>.js')`. */
const COMMANDS = [
  ...new Set(
    [
      ...readFileSync(new URL('../src/cli.ts', import.meta.url), 'utf8').matchAll(
        /import\('\.\/commands\/([a-z-]+)\.js'\)/g,
      ),
    ].map((m) => m[1]),
  ),
];
/** The program's subcommand names whose action imports a module of the same name. */
const FAST = COMMANDS;

const define = {
  __REFORM_VERSION__: JSON.stringify(pkg.version),
  __REFORM_BUILD__: JSON.stringify(buildId()),
  __REFORM_FAST__: JSON.stringify(FAST),
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const esm = build({
  entryPoints: { cli: 'src/cli.ts', version: 'src/version.ts', boot: 'src/boot.ts' },
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
  define,
  logLevel: 'warning',
});

/** In the bundle of one command, the other commands' modules are never loaded (src/boot.ts picks the bundle). */
const onlyCommand = (name) => ({
  name: 'only-command',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) => {
      if (!args.importer.endsWith('cli.ts') || args.path === `./commands/${name}.js`) return undefined;
      return { path: args.path, namespace: 'other-command' };
    });
    b.onLoad({ filter: /.*/, namespace: 'other-command' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path}: not in the bundle of ${name}`)});`,
      loader: 'js',
    }));
  },
});

const fast = FAST.map((name) =>
  build({
    entryPoints: { [name]: 'src/cli.ts' },
    outdir: 'dist/fast',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'bundle',
    define: { ...define, 'import.meta.url': '__reformUrl' },
    banner: { js: "const __reformUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [onlyCommand(name)],
    logLevel: 'warning',
  }),
);
await Promise.all([esm, ...fast]);
