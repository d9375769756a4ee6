// The wording of the `yaml` library's error codes (src/i18n/*/ledger.ts).
import { messagesOf } from '../i18n/index.js';

const M = messagesOf('yaml');

export function yamlErrorText(code: string, fallback: string): string {
  const f = (M as unknown as Record<string, (() => string) | undefined>)[code];
  return f ? f() : M.OTHER({ detail: fallback });
}
