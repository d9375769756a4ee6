// Message wording lives once per language: src/i18n/zh/ (the reference) and src/i18n/en/, one file
// per area, each message a string or a function of typed parameters. `t()` is the catalogue of the
// active language, chosen once at start-up. `messages()` and `pick()` are the older per-module
// catalogues, still used by modules not yet moved into zh/ and en/.
import { en } from './en/index.js';
import { zh, type Zh } from './zh/index.js';

export type Lang = 'zh' | 'en';

let current: Lang = 'zh';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

export type Catalogue = Zh;

/** The message catalogue of the active language: `t().cli.usageError({ msg })`. */
export function t(): Catalogue {
  return current === 'en' ? en : zh;
}

type AsFunction<V> = V extends (p: infer P) => string ? (p: P) => string : () => string;
/** An area of the catalogue as functions: a message without parameters is called with none. */
export type AreaMessages<A> = { [K in keyof A]: AsFunction<A[K]> };

/**
 * One area of the catalogue, each message a function that words it in the language active when it
 * is called: `const M = messagesOf('remind'); M.badDate({ value })`.
 */
export function messagesOf<K extends keyof Catalogue>(area: K): AreaMessages<Catalogue[K]> {
  const out: Record<string, (p?: unknown) => string> = {};
  for (const key of Object.keys(zh[area])) {
    out[key] = (p) => {
      const text = (t()[area] as Record<string, unknown>)[key];
      return typeof text === 'function' ? text(p) : (text as string);
    };
  }
  return out as AreaMessages<Catalogue[K]>;
}

/** Reads `--lang xx` / `--lang=xx` from raw argv, then REFORM_LANG; defaults to Chinese. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') value = argv[i + 1];
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
  }
  value ??= env.REFORM_LANG;
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

type Params = Record<string, string | number>;
type Text = string | ((p: Params) => string);
type Legacy = Record<string, { zh: Text; en: Text }>;
export type Messages<C extends Legacy> = { [K in keyof C]: (p?: Params) => string };

function fill(text: Text, params: Params): string {
  if (typeof text === 'function') return text(params);
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Declares a catalogue; each key becomes a function returning the text in the active language. */
export function messages<C extends Legacy>(catalogue: C): Messages<C> {
  const out = {} as Messages<C>;
  for (const key of Object.keys(catalogue) as (keyof C)[]) {
    out[key] = (p: Params = {}) => fill(catalogue[key]![current], p);
  }
  return out;
}

/** Picks between two inline texts; for labels used in one place only. */
export function pick(zh: string, en: string): string {
  return current === 'en' ? en : zh;
}
