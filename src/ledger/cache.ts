// A content-addressed cache on disk for work that depends only on some bytes (or an immutable id
// such as a git commit) and on the tool's build: parsed ledger files today, a baseline read at a
// commit tomorrow.
//
// Use:
//   const cache = openCache(ledgerDir);              // undefined when the cache is off
//   const hit = cache?.get<MyValue>('baseline', commitId);
//   if (hit === undefined) cache?.put('baseline', commitId, computeIt());
//
// - The key is what the value is a function of: a string (a commit id, a blob id) or bytes (a
//   file's content; hashed here). The build id (version + a hash of the sources, injected by
//   scripts/build.mjs) and the namespace are always part of it, so a new build never reads an old
//   build's values. Nothing is keyed by a modification time.
// - Values: whatever `v8.serialize` takes (plain objects and arrays, Map, Set, typed arrays, Date;
//   `undefined`, -0 and NaN survive). Class instances and functions do not.
// - Where: `<git dir>/reform-cache/` when `near` is inside a git repository (also for a linked
//   worktree), else the user's cache directory (`$XDG_CACHE_HOME/reform`, `~/.cache/reform`,
//   `~/Library/Caches/reform`, `%LOCALAPPDATA%\reform\cache`). Never inside the ledger folder.
// - Writes go to a temporary file in the same folder and are renamed into place, so a reader sees
//   a whole file or none. A file that is short, from another build, for another key or fails its
//   checksum is ignored (and overwritten by the next put). Failures to read or write are silent:
//   the cache only ever saves time.
// - Off with `--no-cache` (the CLI sets REFORM_NO_CACHE=1 for the run) or REFORM_NO_CACHE=1, and
//   when running from unbuilt sources (tests pass `version` to turn it on).
// - Bounded: when a namespace holds more than MAX_FILES files or MAX_BYTES bytes, the least
//   recently used ones are removed (reads refresh a file's time); the bytes are counted at a put
//   of 256 KiB or more (see SMALL_PUT).
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import v8 from 'node:v8';
import zlib from 'node:zlib';
import { makeDir } from './make-dir.js';

declare const __REFORM_BUILD__: string | undefined;

/** The build this process runs: the cache's version. Undefined when running from sources. */
export const BUILD_ID: string | undefined =
  typeof __REFORM_BUILD__ === 'string' ? __REFORM_BUILD__ : undefined;

const MAGIC = 'reform-cache 1\n';
const MAX_FILES = 400;
const MAX_BYTES = 2 * 1024 ** 3;

export interface CacheOptions {
  /** The folder to keep values in (default: found from `near`, see above). */
  root?: string;
  /** The build id the values belong to (default: BUILD_ID). */
  version?: string;
  /** The environment to read REFORM_NO_CACHE and the user's cache directory from. */
  env?: NodeJS.ProcessEnv;
}

export interface Cache {
  readonly root: string;
  get<T>(namespace: string, key: string | Uint8Array): T | undefined;
  put(namespace: string, key: string | Uint8Array, value: unknown): void;
}

/** Whether the cache is turned off by the environment. */
export function cacheDisabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.REFORM_NO_CACHE;
  return v !== undefined && v !== '' && v !== '0';
}

let defaults: CacheOptions = {};

/** For tests running from sources: the options every openCache call takes by default ({} to reset). */
export function setCacheDefaults(options: CacheOptions): void {
  defaults = options;
}

/** The cache for work on the files at or below `near`, or undefined when it is off. */
export function openCache(near: string, options: CacheOptions = {}): Cache | undefined {
  const env = options.env ?? defaults.env ?? process.env;
  const version = options.version ?? defaults.version ?? BUILD_ID;
  if (version === undefined || cacheDisabled(env)) return undefined;
  const root = options.root ?? defaults.root ?? defaultRoot(near, env);
  if (!root) return undefined;
  return new DiskCache(root, version);
}

/** `<git dir>/reform-cache` for a folder in a git repository, else the user's cache directory. */
export function defaultRoot(near: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const git = gitDir(resolve(near));
  if (git) return join(git, 'reform-cache');
  return userCacheDir(env);
}

/** The user's cache directory for reform (also where the start-up code cache lives, see src/boot.ts). */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base =
    process.platform === 'win32'
      ? env.LOCALAPPDATA && join(env.LOCALAPPDATA, 'reform', 'cache')
      : process.platform === 'darwin'
        ? join(env.HOME || homedir(), 'Library', 'Caches', 'reform')
        : join(
            env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)
              ? env.XDG_CACHE_HOME
              : join(env.HOME || homedir(), '.cache'),
            'reform',
          );
  return base || undefined;
}

/** The git directory of the repository holding `dir` (a `.git` folder, or the one a `.git` file names). */
function gitDir(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const dot = join(d, '.git');
    try {
      const st = statSync(dot);
      if (st.isDirectory()) return dot;
      if (st.isFile()) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dot, 'utf8'));
        if (m) return resolve(d, m[1]!);
      }
    } catch {
      // not here: look further up
    }
    if (dirname(d) === d) return undefined;
  }
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A key for some bytes (their SHA-256), to pass to get/put when the same bytes are looked up and stored. */
export const contentKey = (bytes: Uint8Array): string => sha256(bytes);

class DiskCache implements Cache {
  constructor(
    readonly root: string,
    private readonly version: string,
  ) {}

  private fileOf(namespace: string, key: string | Uint8Array): { file: string; id: string } {
    const k = typeof key === 'string' ? `s:${key}` : `b:${sha256(key)}`;
    const id = sha256(`${this.version}\0${namespace}\0${k}`);
    return { file: join(this.root, namespace, id), id };
  }

  get<T>(namespace: string, key: string | Uint8Array): T | undefined {
    const { file, id } = this.fileOf(namespace, key);
    let buf: Buffer;
    try {
      buf = readWhole(file);
    } catch {
      return undefined;
    }
    try {
      const headEnd = buf.indexOf(10, MAGIC.length);
      if (headEnd < 0 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
      const head = JSON.parse(buf.toString('utf8', MAGIC.length, headEnd)) as {
        id?: string;
        version?: string;
        length?: number;
        sum?: string;
      };
      const payload = buf.subarray(headEnd + 1);
      if (head.id !== id || head.version !== this.version || head.length !== payload.length) return undefined;
      if (head.sum !== checksum(payload)) return undefined;
      const value = v8.deserialize(payload) as T;
      try {
        const now = new Date();
        utimesSync(file, now, now); // recently used: kept when the cache is trimmed
      } catch {
        // a read-only cache still answers
      }
      return value;
    } catch {
      return undefined;
    }
  }

  put(namespace: string, key: string | Uint8Array, value: unknown): void {
    const { file, id } = this.fileOf(namespace, key);
    try {
      const payload = v8.serialize(value);
      const head = JSON.stringify({
        id,
        version: this.version,
        length: payload.length,
        sum: checksum(payload),
      });
      const dir = dirname(file);
      makeDir(dir);
      const tmp = join(dir, `.${id}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        // header and payload written one after the other: no third copy of a large payload in memory
        const fd = openSync(tmp, 'w');
        try {
          writeAll(fd, Buffer.from(`${MAGIC}${head}\n`));
          writeAll(fd, payload);
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, file);
      } catch (err) {
        try {
          unlinkSync(tmp);
        } catch {
          // never created
        }
        throw err;
      }
      trim(dir, payload.length);
    } catch {
      // a full disk or a read-only folder: the next run parses again
    }
  }
}

/** CRC-32 of the payload (zlib's, many times faster than a cryptographic hash; it only has to catch damage). */
function checksum(payload: Uint8Array): string {
  const crc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return crc ? `crc32:${crc(payload)}` : `sha1:${createHash('sha1').update(payload).digest('base64')}`;
}

function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

/**
 * A put smaller than this, into a namespace within MAX_FILES, does not stat the namespace's files
 * (≈ 15 ms for a few hundred run records, at every run): the bytes bound is then checked at the
 * next larger put or when the count is exceeded, and can be passed by at most MAX_FILES × this.
 */
const SMALL_PUT = 256 * 1024;

/** Removes the least recently used files of a namespace beyond the bounds, and stale temporary files. */
function trim(dir: string, added: number): void {
  const names = readdirSync(dir);
  if (added < SMALL_PUT && names.length <= MAX_FILES) return;
  let total = 0;
  const files: { path: string; size: number; time: number }[] = [];
  const hourAgo = Date.now() - 3600_000;
  for (const name of names) {
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (name.endsWith('.tmp')) {
        if (st.mtimeMs < hourAgo) unlinkSync(path); // left by a killed process
        continue;
      }
      files.push({ path, size: st.size, time: st.mtimeMs });
      total += st.size;
    } catch {
      // removed meanwhile
    }
  }
  if (files.length <= MAX_FILES && total <= MAX_BYTES) return;
  files.sort((a, b) => a.time - b.time);
  let count = files.length;
  for (const f of files) {
    if (count <= MAX_FILES && total <= MAX_BYTES) break;
    try {
      unlinkSync(f.path);
    } catch {
      // removed meanwhile
    }
    total -= f.size;
    count--;
  }
}
