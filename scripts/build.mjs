// Bundles src/cli.ts into dist/ with esbuild. Subcommands are imported lazily from the
// CLI, so code splitting keeps `reform --version` and `reform --help` free of ledger code.
// Each subcommand is also bundled alone with the CLI program into dist/fast/<name>.cjs, the file
// `reform <name>` loads (through a V8 code cache, see src/boot.ts): one file to read and compile.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  h.update(readFileSync(new URL(import.meta.url))); // how the bundles are made is part of the build
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

/**
 * In the bundles of one command, the modules that build zod schemas when they load (src/schema/,
 * but kinds.ts and fast-validate.ts) and the English catalogue are loaded when one of their
 * exports is first used, not at start-up: code outside their folder imports a stand-in whose
 * exports are getters that require the module then. A run whose files the parse cache knows
 * never builds a schema, and a Chinese run never builds the English messages (issue 12).
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const SCHEMA_DIR = join(SRC, 'schema');
const EN = join(SRC, 'i18n', 'en', 'index.ts');
const EAGER = new Set(['kinds.ts', 'fast-validate.ts']);
/** Whether `file` (imported from `importer`) is loaded on first use. */
function lazy(file, importer) {
  if (file === EN) return !importer.startsWith(dirname(EN) + '/');
  return (
    dirname(file) === SCHEMA_DIR &&
    !EAGER.has(file.slice(SCHEMA_DIR.length + 1)) &&
    !importer.startsWith(SCHEMA_DIR + '/')
  );
}
const schemaExports = new Map();
async function exportsOf(file) {
  if (!schemaExports.has(file)) {
    const r = await build({
      entryPoints: [file],
      bundle: false,
      write: false,
      metafile: true,
      format: 'esm',
      outdir: 'x',
      logLevel: 'silent',
    });
    schemaExports.set(file, Object.values(r.metafile.outputs)[0].exports);
  }
  return schemaExports.get(file);
}
const lazySchemas = {
  name: 'lazy-schemas',
  setup(b) {
    b.onResolve({ filter: /(schema\/[a-z-]+|en\/index)\.js$/ }, (args) => {
      if (args.namespace === 'lazy-schema') return undefined;
      const file = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return lazy(file, args.importer) ? { path: file, namespace: 'lazy-schema' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-schema' }, async (args) => ({
      contents: [
        'var real;',
        `function load() { return real || (real = require(${JSON.stringify(args.path)})); }`,
        "Object.defineProperty(exports, '__esModule', { value: true });",
        `for (const k of ${JSON.stringify(await exportsOf(args.path))})`,
        '  Object.defineProperty(exports, k, { enumerable: true, get: () => load()[k] });',
      ].join('\n'),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

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
    plugins: [onlyCommand(name), lazySchemas],
    // fewer bytes to read at every start; names are kept, so a --debug stack trace still reads
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  }),
);
// start-up alone, in one file: every `reform <command>` reads it first (no shared chunks to load)
const boot = build({
  entryPoints: { boot: 'src/boot.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  sourcemap: 'linked',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  define,
  logLevel: 'warning',
});
await Promise.all([esm, boot, ...fast]);
