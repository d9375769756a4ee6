// Real, throw-away git repositories for the tests of src/git. Global and system git
// configuration are kept out, and repository discovery stops at the temp folder, so the
// machine's own settings and folders cannot change a result.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const TMP = realpathSync(tmpdir());
process.env.GIT_CONFIG_NOSYSTEM = '1';
process.env.GIT_CONFIG_GLOBAL = '/dev/null';
process.env.GIT_CEILING_DIRECTORIES = TMP;

const made: string[] = [];

/** A new empty folder under the temp directory (removed by removeTemp). */
export function tempDir(prefix = 'reform-git-'): string {
  const dir = mkdtempSync(join(TMP, prefix));
  made.push(dir);
  return dir;
}

export function removeTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export class TempRepo {
  private constructor(readonly dir: string) {}

  static init(dir: string = tempDir()): TempRepo {
    mkdirSync(dir, { recursive: true });
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['config', 'user.name', '改革办 张三']);
    git(dir, ['config', 'user.email', 'zhangsan@example.org']);
    git(dir, ['config', 'commit.gpgsign', 'false']);
    git(dir, ['config', 'core.autocrlf', 'false']);
    return new TempRepo(dir);
  }

  git(...args: string[]): string {
    return git(this.dir, args);
  }

  write(path: string, content: string | Buffer): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  /** A copy of this repository (work tree and .git) in a new temporary folder: same commits, same hashes. */
  copy(): TempRepo {
    const dir = tempDir();
    cpSync(this.dir, dir, { recursive: true });
    return new TempRepo(dir);
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  /** Commits everything with fixed author and committer dates (ISO 8601 with offset); returns the hash. */
  commit(message: string, date: string): string {
    git(this.dir, ['add', '-A']);
    git(this.dir, ['commit', '-q', '--allow-empty', '-m', message], {
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
    return this.git('rev-parse', 'HEAD').trim();
  }

  tag(name: string, rev = 'HEAD'): this {
    git(this.dir, ['tag', name, rev]);
    return this;
  }
}
