// A file written in chunks: strings are collected and written every ~512 KiB, so that a
// 100,000-task ledger never exists as one string in memory.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class FileSink {
  constructor(path) {
    mkdirSync(dirname(path), { recursive: true });
    this.path = path;
    this.fd = openSync(path, 'w');
    this.parts = [];
    this.chars = 0;
    this.bytes = 0;
  }

  write(s) {
    this.parts.push(s);
    this.chars += s.length;
    if (this.chars > 1 << 19) this.flush();
  }

  flush() {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''));
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.chars = 0;
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }
}
