// A yes/no validator compiled from a zod schema, for the common case of a valid entry: it
// says "valid" only when zod would (tests compare them), and the loader then keeps the parsed
// data as it is instead of zod's copy. Anything it does not understand compiles to undefined,
// and anything it rejects goes to zod, which reports the issues. Zod stays the only definition.
import type * as z from 'zod';
import { isOwnKey } from './kinds.js';

export type Validate = (value: unknown) => boolean;

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: CheckDef } }[];
  check?: string;
  format?: string;
  pattern?: RegExp;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Set when a validated value held an office's own x_ key (zod's output then differs: it drops them). */
let ownKeySeen = false;

function checksOf(d: Def): CheckDef[] | undefined {
  const out: CheckDef[] = [];
  if (d.check) out.push({ check: d.check, format: d.format, pattern: d.pattern });
  for (const c of d.checks ?? []) out.push(c._zod.def);
  return out;
}

function compileString(d: Def): Validate | undefined {
  const checks = checksOf(d);
  if (!checks) return undefined;
  const tests: ((s: string) => boolean)[] = [];
  for (const c of checks) {
    if (c.check === 'min_length') tests.push((s) => s.length >= c.minimum!);
    else if (c.check === 'max_length') tests.push((s) => s.length <= c.maximum!);
    else if (c.check === 'string_format' && c.pattern && (c.format === 'regex' || c.format === 'date')) {
      const re = new RegExp(c.pattern.source, c.pattern.flags.replace('g', ''));
      tests.push((s) => re.test(s));
    } else return undefined; // a transform (trim) or a format we do not know
  }
  return (v) => typeof v === 'string' && tests.every((t) => t(v));
}

function compileNumber(d: Def): Validate | undefined {
  const checks = checksOf(d) ?? [];
  const tests: ((n: number) => boolean)[] = [];
  if (d.format === 'safeint') tests.push((n) => Number.isSafeInteger(n));
  for (const c of checks) {
    if (c.check === 'greater_than') tests.push(c.inclusive ? (n) => n >= c.value! : (n) => n > c.value!);
    else if (c.check === 'less_than') tests.push(c.inclusive ? (n) => n <= c.value! : (n) => n < c.value!);
    else if (c.check === 'number_format' && c.format === 'safeint') continue;
    else return undefined;
  }
  return (v) => typeof v === 'number' && Number.isFinite(v) && tests.every((t) => t(v));
}

function compileObject(d: Def, ownKeys: boolean): Validate | undefined {
  if (!d.shape) return undefined;
  const catchall = d.catchall ? defOf(d.catchall).type : undefined;
  if (catchall !== 'never') return undefined; // only strict objects
  const fields = new Map<string, { validate: Validate; optional: boolean }>();
  for (const [key, s] of Object.entries(d.shape)) {
    const t = defOf(s).type;
    const validate = compile(s);
    if (!validate) return undefined;
    fields.set(key, { validate, optional: t === 'optional' });
  }
  const required = [...fields].filter(([, f]) => !f.optional).map(([k]) => k);
  return (v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (const key of required) if (o[key] === undefined) return false;
    for (const key in o) {
      const f = fields.get(key);
      if (f) {
        if (!f.validate(o[key])) return false;
      } else if (ownKeys && isOwnKey(key)) ownKeySeen = true;
      else return false;
    }
    return true;
  };
}

/** The validator for a schema, or undefined when it uses anything this compiler does not know. */
export function compile(schema: z.ZodType): Validate | undefined {
  const d = defOf(schema);
  switch (d.type) {
    case 'string':
      return compileString(d);
    case 'number':
      return compileNumber(d);
    case 'enum': {
      const values = new Set(Object.values(d.entries ?? {}));
      return (v) => (typeof v === 'string' || typeof v === 'number') && values.has(v);
    }
    case 'optional': {
      const inner = d.innerType && compile(d.innerType);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'nullable': {
      const inner = d.innerType && compile(d.innerType);
      return inner && ((v) => v === null || inner(v));
    }
    case 'array': {
      const el = d.element && compile(d.element);
      if (!el) return undefined;
      let min = 0;
      for (const c of checksOf(d) ?? []) {
        if (c.check === 'min_length') min = c.minimum!;
        else return undefined;
      }
      return (v) => Array.isArray(v) && v.length >= min && v.every(el);
    }
    case 'union': {
      const opts = (d.options ?? []).map(compile);
      if (!opts.length || opts.some((o) => !o)) return undefined;
      return (v) => opts.some((o) => o!(v));
    }
    case 'object':
      return compileObject(d, false);
    case 'pipe': {
      // entry(): preprocess (drop x_ keys) into a strict object
      const inner = d.in && defOf(d.in).type === 'transform' && d.out ? defOf(d.out) : undefined;
      return inner?.type === 'object' ? compileObject(inner, true) : undefined;
    }
    default:
      return undefined;
  }
}

const compiled = new WeakMap<z.ZodType, Validate | null>();

/**
 * 'raw' when the value is valid and zod's output would equal it; 'zod' when zod must parse it
 * (invalid, or valid with x_ keys that zod's output drops).
 */
export function quickCheck(schema: z.ZodType, value: unknown): 'raw' | 'zod' {
  let v = compiled.get(schema);
  if (v === undefined) {
    v = compile(schema) ?? null;
    compiled.set(schema, v);
  }
  if (!v) return 'zod';
  ownKeySeen = false;
  return v(value) && !ownKeySeen ? 'raw' : 'zod';
}
