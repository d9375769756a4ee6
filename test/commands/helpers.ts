// In-process command runs: output collected from the streams a command writes to.
import { Writable } from 'node:stream';

export class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

/** The "now" that makes today 2026-07-05 in Asia/Shanghai. */
export const JULY_5 = new Date('2026-07-05T04:00:00Z');
