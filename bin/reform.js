#!/usr/bin/env node
// `reform --version` answers without loading the CLI; everything else goes through it.
const args = process.argv.slice(2);
// `reform remind | head`: a reader that stops early is not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
// A checkout that was never built (dist/ is made by `npm run build`): build it once when the build
// tools are installed, else say what to run; never a stack trace.
{
  const { existsSync } = await import('node:fs');
  const root = new URL('..', import.meta.url);
  if (!existsSync(new URL('dist/boot.cjs', root))) {
    const { spawnSync } = await import('node:child_process');
    const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : process.env.REFORM_LANG;
    const zh = !/^en/i.test(lang ?? '');
    if (!existsSync(new URL('node_modules/esbuild/package.json', root))) {
      process.stderr.write(
        zh
          ? '错误：reform 尚未构建，请在其目录中先运行 npm ci && npm run build\n'
          : 'error: reform is not built yet: run npm ci && npm run build in its folder first\n',
      );
      process.exit(2);
    }
    process.stderr.write(zh ? '首次运行：正在构建 dist/ ……\n' : 'first run: building dist/ …\n');
    const built = spawnSync(process.execPath, [new URL('scripts/build.mjs', root).pathname], {
      cwd: new URL('.', root).pathname,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0) process.exit(2);
  }
}
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(VERSION + '\n');
} else {
  // `reform <command>` runs from that command's own bundle when there is one (dist/boot.cjs,
  // CommonJS: required in about half the time an ES module takes to import)
  const { createRequire } = await import('node:module');
  const { runFast } = createRequire(import.meta.url)('../dist/boot.cjs');
  const fast = runFast(args);
  process.exitCode = fast ? await fast : await (await import('../dist/cli.js')).main(args);
}
