import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** A copy of a fixture folder in a fresh temporary directory. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'reform-'));
  const target = join(dir, 'ledgers');
  cpSync(name.startsWith('/') ? name : join(FIXTURES, name), target, { recursive: true });
  return target;
}

export function sink(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  }) as Writable & { text: () => string };
  w.text = () => Buffer.concat(chunks).toString('utf8');
  return w;
}

export const NOW = new Date('2026-11-20T04:00:00Z');
