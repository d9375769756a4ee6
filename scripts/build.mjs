// Bundles src/cli.ts into dist/ with esbuild. Subcommands are imported lazily from the
// CLI, so code splitting keeps `reform --version` and `reform --help` free of ledger code.
// Each subcommand is also bundled alone with the CLI program into dist/fast/<name>.cjs, the file
// `reform <name>` loads (through a V8 code cache, see src/boot.ts): one file to read and compile.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * exceljs 4.4's streaming reader decodes each chunk of a zip entry on its own
 * (lib/utils/parse-sax.js: `bufferToString(chunk)`), so a character whose UTF-8 bytes straddle two
 * inflated chunks (16 KB) reads as U+FFFD: at 20,000 tasks half the returns read a progress note or
 * a locked cell with one broken character. In the bundles its parser decodes the chunks of one entry
 * with one decoder in streaming mode; the file must be the pinned version's, else the build fails.
 */
const EXCELJS_SAX = /exceljs[\\/]lib[\\/]utils[\\/]parse-sax\.js$/;
const utf8Chunks = {
  name: 'exceljs-utf8-chunks',
  setup(b) {
    b.onLoad({ filter: EXCELJS_SAX }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const write = 'saxesParser.write(bufferToString(chunk));';
      const loop = 'for await (const chunk of iterable) {';
      if (!source.includes(write) || !source.includes(loop))
        throw new Error(`${args.path}: not the parser this build patches (exceljs 4.4.0)`);
      const contents = source
        .replace(loop, `const decoder = new TextDecoder('utf-8');\n  ${loop}`)
        .replace(
          write,
          "saxesParser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));",
        );
      return { contents, loader: 'js' };
    });
  },
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
  plugins: [utf8Chunks],
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

/**
 * Libraries that only a run which parses YAML needs (a warm run takes the parse cache's data). In
 * the bundles of one command they are not included: each is bundled alone into
 * dist/fast/lib/<name>.cjs, and code outside them imports a stand-in whose exports are getters
 * that require the library on first use (src/boot.ts loads it through its own code cache). So a
 * warm run neither reads, deserialises nor initialises them (issue 12). Not zod: bundled with the
 * schemas, only the parts they use are kept (146 KB); alone, its whole API (600–700 KB).
 */
const LIBS = ['yaml', 'js-yaml'];
const libFile = (name) => `./lib/${name}.cjs`;
await Promise.all(
  LIBS.map((name) =>
    build({
      stdin: {
        contents: `module.exports = require(${JSON.stringify(name)});`,
        resolveDir: 'src',
        loader: 'js',
      },
      outfile: `dist/fast${libFile(name).slice(1)}`,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: 'warning',
    }).then(() => asciiOnly(`dist/fast${libFile(name).slice(1)}`)),
  ),
);
const libShape = new Map(
  LIBS.map((name) => {
    const lib = createRequire(import.meta.url)(`../dist/fast${libFile(name).slice(1)}`);
    return [name, { keys: Object.keys(lib), esModule: lib.__esModule === true }];
  }),
);
const lazyLibs = {
  name: 'lazy-libs',
  setup(b) {
    b.onResolve({ filter: /^\.\/lib\/[a-z-]+\.cjs$/ }, (args) =>
      args.namespace === 'lazy-lib' ? { path: args.path, external: true } : undefined,
    );
    b.onResolve({ filter: new RegExp(`^(${LIBS.join('|')})$`) }, (args) =>
      args.importer.startsWith(SRC + '/') ? { path: args.path, namespace: 'lazy-lib' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-lib' }, (args) => {
      const { keys, esModule } = libShape.get(args.path);
      return {
        contents: [
          'var real;',
          `function load() { return real || (real = require(${JSON.stringify(libFile(args.path))})); }`,
          esModule ? "Object.defineProperty(exports, '__esModule', { value: true });" : '',
          `for (const k of ${JSON.stringify(keys)})`,
          '  Object.defineProperty(exports, k, { enumerable: true, get: () => load()[k] });',
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * A bundle of ASCII only: Node decodes it into a one-byte string, quicker than a file with a few
 * Chinese characters left in its regular expressions (esbuild escapes them in strings, not in
 * regular expression literals), and V8 keeps half the bytes. `\uXXXX` means the same character
 * in a string, a template, a regular expression (with or without the u flag: a surrogate pair's
 * two escapes are one code point there) and an identifier.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // an escaped one (`\“`) would become a backslash and `u201c`: none is written so, and none may be
  const escaped = /\\[^\u0000-\u007f]/.exec(text);
  if (escaped) throw new Error(`${file}: a backslash before a non-ASCII character: ${escaped[0]}`);
  const out = text.replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (out !== text) writeFileSync(file, out);
}

/**
 * What the CommonJS bundles (each command's, start-up's, the worker's) share: Node 20, every
 * package bundled, and `import.meta.url` answered from the bundle's own file name.
 */
const CJS = {
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  define: { ...define, 'import.meta.url': '__reformUrl' },
  banner: { js: "const __reformUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

const fast = FAST.map(async (name) => {
  await build({
    entryPoints: { [name]: 'src/cli.ts' },
    outdir: 'dist/fast',
    ...CJS,
    plugins: [onlyCommand(name), lazySchemas, lazyLibs, utf8Chunks],
    // fewer bytes to read at every start; names are kept, so a --debug stack trace still reads
    minifyWhitespace: true,
    minifySyntax: true,
  });
  asciiOnly(`dist/fast/${name}.cjs`);
});
// start-up alone, in one file: every `reform <command>` reads it first (no shared chunks to load);
// CommonJS, which bin/reform.js requires in about half the time an ES module takes to import
const boot = build({
  entryPoints: { boot: 'src/boot.ts' },
  outdir: 'dist',
  ...CJS,
  sourcemap: 'linked',
});
// the worker thread (found at dist/workers/ from dist/fast/ and dist/chunks/) that reads an import's
// returns while the ledger loads (src/commands/shared/read-returns.ts)
const workers = build({
  entryPoints: {
    'read-returns': 'src/commands/shared/read-returns-worker.ts',
  },
  outdir: 'dist/workers',
  ...CJS,
  plugins: [lazySchemas, utf8Chunks],
  minifyWhitespace: true,
  minifySyntax: true,
});
await Promise.all([esm, boot, ...fast, workers]);
