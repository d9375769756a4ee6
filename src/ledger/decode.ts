// Bytes to text. Ledgers are UTF-8; offices often save GBK from Windows tools, which must be a
// located diagnostic, not mojibake or a crash.
import type { Finding } from '../diagnostics/types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Decoded = { text: string } | { finding: Omit<Finding, 'file'> };

/** Whether the bytes start with a UTF-8 byte-order mark. */
export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The bytes without a UTF-8 byte-order mark at their start. */
export function withoutBom<T extends Uint8Array>(bytes: T): T {
  return hasBom(bytes) ? (bytes.subarray(3) as T) : bytes;
}

export function decode(bytes: Uint8Array): Decoded {
  const body = withoutBom(bytes);
  // the lenient decoder is much faster; only a replacement character needs the strict one
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (!text.includes('\uFFFD')) return { text };
  try {
    return { text: utf8.decode(body) };
  } catch {
    return { finding: notUtf8(bytes) };
  }
}

function notUtf8(bytes: Uint8Array): Omit<Finding, 'file'> {
  const found = firstInvalidUtf8(bytes);
  const bad = found < bytes.length ? found : 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bad; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let lineEnd = bytes.indexOf(0x0a, lineStart);
  if (lineEnd < 0) lineEnd = bytes.length;
  let gbk = '';
  try {
    const text = new TextDecoder('gbk', { fatal: true }).decode(bytes.subarray(lineStart, lineEnd)).trim();
    if (text) gbk = ` GBK: ${text}`;
  } catch {
    // not GBK either: say nothing more
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
  return { severity: 'error', code: 'not-utf8', path: [], line, column, params: { line, gbk } };
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    if (i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
