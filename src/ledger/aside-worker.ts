// The worker thread of aside.ts (built into dist/workers/aside-worker.cjs): decodes its bytes, runs
// the checks and the fast reader on them, and tells which list entries the compiled validator
// accepts as they are. Anything out of the ordinary is answered `ok: false`, and the main thread
// then reads the bytes itself with the full loader (findings, positions, the general parsers).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { FILE_LISTS } from '../schema/index.js';
import { quickCheck } from '../schema/fast-validate.js';
import type { AsideJob, AsideMessage } from './aside.js';
import { fastParse } from './fast-parse.js';
import { BAIL } from './fast-yaml.js';

/** Numbers JSON would not give back as they are (-0 becomes 0, infinities null). */
function jsonSafe(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) {
    for (const x of v) if (!jsonSafe(x)) return false;
    return true;
  }
  for (const k in v) if (!jsonSafe((v as Record<string, unknown>)[k])) return false;
  return true;
}

export function readAside(job: AsideJob): AsideMessage {
  if (job.kind === 'policy') return { ok: false, reason: 'policy' };
  const body = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).toString('utf8');
  // a replacement character: invalid UTF-8 (or one written as such); the main thread decides
  if (body.includes('\uFFFD') || body.charCodeAt(0) === 0xfeff) return { ok: false, reason: 'decode' };
  const text = job.header + body;
  const data = fastParse(text);
  if (data === BAIL || data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, reason: 'not plain' };
  if (!jsonSafe(data)) return { ok: false, reason: 'number' };
  const lists = FILE_LISTS[job.kind];
  const raw: Record<string, Uint8Array> = {};
  for (const [key, value] of Object.entries(data)) {
    const schema = lists[key];
    if (!schema || !Array.isArray(value)) continue;
    const verdicts = new Uint8Array(value.length);
    for (let i = 0; i < value.length; i++) if (quickCheck(schema, value[i]) === 'raw') verdicts[i] = 1;
    raw[key] = verdicts;
  }
  return { ok: true, json: JSON.stringify(data), raw, modeline: text.includes('yaml-language-server') };
}

if (workerData && typeof workerData === 'object' && 'state' in workerData) {
  const { job, state, port } = workerData as { job: AsideJob; state: Int32Array; port: MessagePort };
  let answer: AsideMessage;
  try {
    answer = readAside(job);
  } catch (err) {
    answer = { ok: false, reason: String(err) };
  }
  port.postMessage(answer);
  Atomics.store(state, 0, 1);
  Atomics.notify(state, 0);
  port.close();
  parentPort?.close();
}
