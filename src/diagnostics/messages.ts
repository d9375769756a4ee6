// The wording of every diagnostic (src/i18n/*/diagnostics.ts): a message and, where it helps, a
// hint of the expected form.
import { messagesOf } from '../i18n/index.js';
import type { Code, Params } from './types.js';

const MSG = messagesOf('diagnostic');

const HINT = messagesOf('hint');

export function diagnosticMessage(code: Code, params: Params = {}): string {
  return (MSG[code] as (p: Params) => string)(params);
}

export function diagnosticHint(code: Code, params: Params = {}): string | undefined {
  const h = (HINT as unknown as Record<string, ((p: Params) => string) | undefined>)[code];
  return h ? h({ suggest: '', gbk: '', reason: '', ...params }) : undefined;
}
