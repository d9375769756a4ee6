// Installing without the internet: the packed tarball installs into an empty prefix with an empty
// npm cache and an unreachable registry, and the installed reform runs from outside the project.
// Uses the dist/ already built (npm test builds first); --ignore-scripts so the pack does not
// rebuild dist/ under the other tests' feet.
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

vi.setConfig({ testTimeout: 180_000 });

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('npm pack, then npm install -g from the tarball, offline', () => {
  it('bundles every runtime dependency: package.json declares none', () => {
    expect(
      pkg.dependencies ?? {},
      'esbuild bundles the runtime into dist/: put packages in devDependencies so the tarball installs offline',
    ).toEqual({});
    expect(pkg.files).toEqual(expect.arrayContaining(['bin/', 'dist/']));
  });

  it('installs into a temporary prefix and runs reform --version, check and init from there', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'reform-pack-'));
    const env = {
      ...process.env,
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_cache: join(tmp, 'cache'),
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const packed = spawnSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    expect(info!.filename).toBe(`reform-${pkg.version}.tgz`);
    const paths = info!.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['bin/reform.js', 'dist/cli.js', 'dist/version.js', 'package.json']),
    );
    expect(
      paths.some((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('node_modules/')),
    ).toBe(false);

    const prefix = join(tmp, 'prefix');
    const installed = spawnSync(
      npm,
      ['install', '-g', '--offline', '--prefix', prefix, join(tmp, info!.filename)],
      {
        cwd: tmp,
        encoding: 'utf8',
        env,
      },
    );
    expect(installed.status, installed.stderr).toBe(0);

    const bin = join(prefix, process.platform === 'win32' ? 'reform.cmd' : 'bin/reform');
    const work = mkdtempSync(join(tmpdir(), 'reform-pack-run-'));
    const run = (...args: string[]) =>
      spawnSync(bin, args, {
        cwd: work,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: work, NO_COLOR: '1', TZ: 'UTC' },
      });
    const version = run('--version');
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);

    const check = run('check', '--ledgers', join(ROOT, 'ledgers'));
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/台账检查通过。检查了 \d+ 个文件/);

    const init = run('init', 'office', '--city', '云岭', '--forge', 'gitea');
    expect(init.status, init.stderr).toBe(0);
    const again = spawnSync(bin, ['check'], {
      cwd: join(work, 'office'),
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1' },
    });
    expect(again.status, again.stdout).toBe(0);
  });
});
