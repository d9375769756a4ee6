// Reads files at revisions through ONE long-lived `git cat-file --batch` process: each request
// is a line `<commit>:<path>` on its stdin; each answer is a header `<oid> <type> <size>` (or
// `<name> missing`), exactly <size> bytes, and a newline. Bytes are gathered first and decoded
// as UTF-8 only once complete, so a Chinese character split across pipe chunks stays whole.
import type { ChildProcess } from 'node:child_process';
import { GitError } from './git-error.js';
import { failure, spawnError, spawnGit, type GitOptions } from './run-git.js';
import { missingRevision } from './revision.js';
import { assertRevision, normalizeRepoPath } from './validate.js';

interface BatchObject {
  oid: string;
  type: string;
  body: Buffer;
}

interface Waiter {
  resolve: (obj: BatchObject | null) => void;
  reject: (err: Error) => void;
}

type Refable = { ref?: () => void; unref?: () => void } | null | undefined;

const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+) (\d+)$/;
const NOT_FOUND = / (missing|ambiguous)$/;

export class BlobReader {
  private child?: ChildProcess;
  /** Requests written to git and not yet answered, in order. */
  private readonly waiting: Waiter[] = [];
  private readonly commits = new Map<string, Promise<string>>();
  private error?: GitError;
  private stderr = '';
  private closing = false;
  private inputEnded = false;
  /** read() calls under way; stdin is closed only when none is left. */
  private active = 0;

  private state: 'header' | 'body' | 'newline' = 'header';
  private headerParts: Buffer[] = [];
  private object?: BatchObject;
  private filled = 0;

  private constructor(
    private readonly cwd: string,
    private readonly opts: GitOptions,
  ) {
    try {
      this.child = spawnGit(cwd, ['cat-file', '--batch'], opts);
    } catch (err) {
      this.fail(spawnError(err as NodeJS.ErrnoException, cwd));
      return;
    }
    const child = this.child;
    child.on('error', (err) => this.fail(spawnError(err as NodeJS.ErrnoException, cwd)));
    child.stdin!.on('error', () => {}); // EPIPE when git died; 'close' says why
    child.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr!.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 64 * 1024) this.stderr += chunk.toString('utf8');
    });
    child.on('close', (code) => {
      if (this.closing && this.waiting.length === 0 && code === 0) return;
      this.fail(failure({ code: code ?? -1, stderr: this.stderr }, cwd));
    });
    this.setRef(false);
  }

  /** Starts the cat-file process for the repository around `cwd`. Call close() when done. */
  static open(cwd: string, opts: GitOptions = {}): BlobReader {
    return new BlobReader(cwd, opts);
  }

  /** Process id of the cat-file process (one per reader). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The file at `path` (repo-relative) in revision `rev`, as UTF-8 text; null if absent there. */
  async read(rev: string, path: string): Promise<string | null> {
    const bytes = await this.readBytes(rev, path);
    return bytes === null ? null : bytes.toString('utf8');
  }

  /** Like read(), as raw bytes. */
  async readBytes(rev: string, path: string): Promise<Buffer | null> {
    assertRevision(rev);
    const repoPath = normalizeRepoPath(path);
    if (this.closing) throw new GitError('failed', { detail: 'BlobReader is closed' });
    this.active++;
    try {
      const sha = await this.commit(rev);
      if (repoPath === '') return null;
      const obj = await this.request(`${sha}:${repoPath}`);
      return obj !== null && obj.type === 'blob' ? obj.body : null;
    } finally {
      this.active--;
      this.endInputIfDone();
    }
  }

  /** Ends the process once the reads under way are answered; later reads are refused. */
  close(): void {
    this.closing = true;
    this.endInputIfDone();
  }

  /** Each revision is resolved once per reader (in the same process); a reader serves one command. */
  private commit(rev: string): Promise<string> {
    let sha = this.commits.get(rev);
    if (!sha) {
      sha = this.request(`${rev}^{commit}`).then(async (obj) => {
        if (obj === null || obj.type !== 'commit') throw await missingRevision(this.cwd, rev, this.opts);
        return obj.oid;
      });
      this.commits.set(rev, sha);
    }
    return sha;
  }

  private request(line: string): Promise<BatchObject | null> {
    if (this.error) return Promise.reject(this.error);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.setRef(true);
      this.child!.stdin!.write(`${line}\n`);
    });
  }

  private endInputIfDone(): void {
    if (!this.closing || this.active > 0 || this.inputEnded) return;
    this.inputEnded = true;
    this.child?.stdin?.end();
    this.setRef(false);
  }

  /** An idle reader must not keep Node alive (a forgotten close() would hang the CLI). */
  private setRef(on: boolean): void {
    const c = this.child;
    if (!c) return;
    for (const handle of [c, c.stdin, c.stdout, c.stderr] as Refable[]) {
      if (on) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  private fail(err: GitError): void {
    if (!this.error) this.error = err;
    for (const w of this.waiting.splice(0)) w.reject(this.error);
    this.setRef(false);
    if (this.child && this.child.exitCode === null && !this.child.killed) this.child.kill();
  }

  private answer(obj: BatchObject | null): void {
    const waiter = this.waiting.shift();
    if (!waiter) {
      this.fail(new GitError('failed', { detail: 'cat-file answered a request never made' }));
      return;
    }
    if (this.waiting.length === 0) this.setRef(false);
    waiter.resolve(obj);
  }

  private onData(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length && !this.error) {
      if (this.state === 'header') {
        const nl = chunk.indexOf(10, pos);
        if (nl < 0) {
          this.headerParts.push(chunk.subarray(pos));
          return;
        }
        this.headerParts.push(chunk.subarray(pos, nl));
        pos = nl + 1;
        const line = Buffer.concat(this.headerParts).toString('utf8');
        this.headerParts = [];
        this.onHeader(line);
      } else if (this.state === 'body') {
        const body = this.object!.body;
        const n = Math.min(body.length - this.filled, chunk.length - pos);
        chunk.copy(body, this.filled, pos, pos + n);
        this.filled += n;
        pos += n;
        if (this.filled === body.length) this.state = 'newline';
      } else {
        if (chunk[pos] !== 10) {
          this.fail(new GitError('failed', { detail: 'cat-file output out of step' }));
          return;
        }
        pos++;
        this.state = 'header';
        const obj = this.object!;
        this.object = undefined;
        this.answer(obj);
      }
    }
  }

  private onHeader(line: string): void {
    const m = HEADER.exec(line);
    if (m) {
      this.object = { oid: m[1]!, type: m[2]!, body: Buffer.allocUnsafe(Number(m[3])) };
      this.filled = 0;
      this.state = this.object.body.length === 0 ? 'newline' : 'body';
    } else if (NOT_FOUND.test(line)) {
      this.answer(null);
    } else {
      this.fail(new GitError('failed', { detail: `unexpected cat-file output: ${line.slice(0, 200)}` }));
    }
  }
}
