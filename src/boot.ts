// Start-up (issue 12). A run of `reform <command>` loads one file: dist/fast/<command>.cjs, the
// CLI program bundled with that command alone (scripts/build.mjs), compiled through `vm.Script`
// with a V8 code cache kept in the user's cache directory, so the second run neither parses nor
// compiles the code it ran the first time (Node 20 has no module compile cache; Node 22's
// `module.enableCompileCache` does the same for ES modules). Everything else (`reform`,
// `--help`, `help <command>`, a misspelt command) goes through dist/cli.js as before. The YAML
// libraries are files of their own, dist/fast/lib/<name>.cjs, loaded the same way (with their own
// code cache) when the bundle first uses them: a run whose files the parse cache knows never does.
//
// The code cache is keyed by the build id and the command (or library); V8 checks it against its own version
// and the source and rejects it otherwise (the file is then written again). It is written
// atomically, never read or written with --no-cache or REFORM_NO_CACHE=1, and failures to read or
// write it are silent: it only saves time.
import { existsSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { cacheDisabled, openCache, userCacheDir } from './ledger/cache.js';
import { BOOT_RUN, runKey, stillHolds, type BootRun, type RunRecord } from './commands/shared/run-record.js';
import { makeDir } from './ledger/make-dir.js';

declare const __REFORM_BUILD__: string | undefined;
declare const __REFORM_FAST__: string[] | undefined;

/** The commands built as one file each (from the build; none when running from sources). */
const FAST: readonly string[] = typeof __REFORM_FAST__ === 'object' ? __REFORM_FAST__ : [];
const BUILD = typeof __REFORM_BUILD__ === 'string' ? __REFORM_BUILD__ : 'dev';

/**
 * The subcommand commander will run: the first argument that is not an option (nor the value of
 * the program's only option with a value, --lang), as in `main` (src/cli.ts).
 */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return undefined;
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** Runs the command from its own bundle; undefined when there is none (the caller loads dist/cli.js). */
export function runFast(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> | undefined {
  const name = commandOf(argv);
  if (!name || !FAST.includes(name)) return undefined;
  const file = join(dirname(fileURLToPath(import.meta.url)), 'fast', `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const useCache = !argv.includes('--no-cache') && !cacheDisabled(env);
  if (useCache && REPLAYED.includes(name)) {
    // a run recorded with the same arguments whose files, today and git are unchanged: its output
    // again, without loading the command (src/commands/shared/replay.ts)
    const base = userCacheDir(env);
    if (base)
      return replayOr(
        {
          key: runKey({ argv, build: BUILD }, process.stdout, process.stderr, env),
          root: join(base, 'runs'),
        },
        name,
        () => load(file, argv, useCache, env),
      );
  }
  return load(file, argv, useCache, env);
}

/** The commands whose runs are recorded and replayed. */
const REPLAYED = ['check', 'remind'];

async function replayOr(run: BootRun, name: string, load: () => Promise<number>): Promise<number> {
  const rec = openCache(run.root, { root: run.root })?.get<RunRecord>(`run-${name}`, run.key);
  if (await stillHolds(rec)) {
    if (rec!.stdout) process.stdout.write(rec!.stdout);
    if (rec!.stderr) process.stderr.write(rec!.stderr);
    return rec!.code;
  }
  (globalThis as { [BOOT_RUN]?: BootRun })[BOOT_RUN] = run; // the command records its run there
  return load();
}

function load(file: string, argv: string[], useCache: boolean, env: NodeJS.ProcessEnv): Promise<number> {
  const name = commandOf(argv)!;
  const dir = useCache ? userCacheDir(env) : undefined;
  const codeDir = dir && join(dir, 'code');
  const build = BUILD.replace(/[^\w.-]/g, '_');
  /** Scripts compiled without a usable code cache in this run: their caches are written at the end. */
  const fresh: { script: vm.Script; cacheFile: string; key: string }[] = [];
  /** A CommonJS file run through vm.Script with its code cache (`key` names the cache). */
  const run = (path: string, key: string, req: NodeJS.Require): unknown => {
    const cacheFile = codeDir && join(codeDir, `${key}-${build}.v8`);
    const { script, rejected } = compile(path, cacheFile);
    if (cacheFile && rejected) fresh.push({ script, cacheFile, key });
    const mod = { exports: {} as unknown };
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(mod.exports, mod.exports, req, mod, path, dirname(path));
    return mod.exports;
  };
  const nodeRequire = createRequire(file);
  // the libraries a warm run does not need (scripts/build.mjs: lazy-libs), each with its own code cache
  const libs = new Map<string, unknown>();
  const requireLib = ((id: string) => {
    const lib = /^\.\/lib\/([a-z-]+)\.cjs$/.exec(id)?.[1];
    if (!lib) return nodeRequire(id);
    if (!libs.has(lib))
      libs.set(lib, run(join(dirname(file), 'lib', `${lib}.cjs`), `lib-${lib}`, nodeRequire));
    return libs.get(lib);
  }) as NodeJS.Require;
  Object.assign(requireLib, nodeRequire);
  const mod = run(file, name, requireLib) as { main?: (argv: string[]) => Promise<number> };
  return mod.main!(argv).then((code) => {
    // after the run, so each cache holds every function this command compiled, not only the top level
    for (const f of fresh) writeCodeCache(f.cacheFile, f.key, f.script.createCachedData());
    return code;
  });
}

/** Compiles a CommonJS file in Node's module wrapper, with its code cache when there is one. */
function compile(path: string, cacheFile: string | undefined): { script: vm.Script; rejected: boolean } {
  const source = readFileSync(path, 'utf8');
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // first run of this build: written after the run
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: path,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  return { script, rejected: !cachedData || script.cachedDataRejected === true };
}

function writeCodeCache(file: string, key: string, data: Buffer): void {
  try {
    const dir = dirname(file);
    makeDir(dir);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    // an older build's caches of this script are of no use any more
    const prefix = `${key}-`;
    for (const other of readdirSync(dir)) {
      if (other.startsWith(prefix) && join(dir, other) !== file && other.endsWith('.v8'))
        unlinkSync(join(dir, other));
    }
  } catch {
    // a read-only or full disk: the next run compiles again
  }
}
