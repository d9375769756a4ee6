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
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(VERSION + '\n');
} else {
  // `reform <command>` runs from that command's own bundle when there is one (dist/boot.js)
  const { runFast } = await import('../dist/boot.js');
  const fast = runFast(args);
  process.exitCode = fast ? await fast : await (await import('../dist/cli.js')).main(args);
}
