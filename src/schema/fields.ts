// What the schemas say about each field key: its Chinese title and whether it holds a date.
// Read from the zod schemas themselves so that wording is not written twice.
import * as z from 'zod';
import { FILE_SCHEMAS } from './index.js';

export interface FieldInfo {
  title: string;
  date: boolean;
  options?: readonly string[];
  description?: string;
}

let cache: Map<string, FieldInfo> | undefined;

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  format?: string;
  entries?: Record<string, string>;
};

function def(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

function metaOf(s: z.ZodType): { title?: string; description?: string } | undefined {
  return z.globalRegistry.get(s) as { title?: string; description?: string } | undefined;
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const d = def(cur);
    if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType)
      cur = d.innerType;
    else break;
  }
  return cur;
}

function walk(s: z.ZodType, into: Map<string, FieldInfo>, seen: Set<z.ZodType>): void {
  if (seen.has(s)) return;
  seen.add(s);
  const d = def(s);
  switch (d.type) {
    case 'pipe':
      if (d.out) walk(d.out, into, seen);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
      if (d.innerType) walk(d.innerType, into, seen);
      return;
    case 'array':
      if (d.element) walk(d.element, into, seen);
      return;
    case 'union':
      for (const o of d.options ?? []) walk(o, into, seen);
      return;
    case 'object':
      for (const [key, field] of Object.entries(d.shape ?? {})) {
        const m = metaOf(field) ?? metaOf(unwrap(field));
        const inner = unwrap(field);
        const id = def(inner);
        if (!into.has(key) && m?.title) {
          into.set(key, {
            title: m.title,
            description: m.description,
            date: id.type === 'string' && id.format === 'date',
            options: id.type === 'enum' && id.entries ? Object.values(id.entries) : undefined,
          });
        }
        walk(field, into, seen);
      }
      return;
  }
}

export function fieldInfo(key: string): FieldInfo | undefined {
  if (!cache) {
    cache = new Map();
    const seen = new Set<z.ZodType>();
    for (const s of Object.values(FILE_SCHEMAS)) walk(s, cache, seen);
  }
  return cache.get(key);
}

/** Every key a mapping at this place may hold, for "did you mean" suggestions. */
export function allFieldKeys(): string[] {
  fieldInfo('');
  return [...cache!.keys()];
}
