// The field reference written as comments at the head of each template file, read from the
// generated JSON Schemas: a field another engineer adds to a schema appears here by itself.
import type { FileKind } from '../schema/index.js';
import { jsonSchema } from '../schema/json-schema.js';

type Js = Record<string, unknown> & {
  properties?: Record<string, Js>;
  required?: string[];
  anyOf?: Js[];
  items?: Js;
  title?: string;
  description?: string;
  type?: string;
};

/** The schema of one entry of a top-level list (`tasks:` → one task). */
function listItem(file: Js, key: string): Js | undefined {
  let s = file.properties?.[key];
  if (s?.anyOf) s = s.anyOf.find((o) => o.type === 'array');
  return s?.items;
}

/** `#   key   标题（必填）：说明` lines for the properties of an object schema. */
export function fieldLines(obj: Js, indent = '#   '): string[] {
  const props = Object.entries(obj.properties ?? {});
  const width = Math.max(...props.map(([k]) => k.length));
  return props.map(([key, p]) => {
    const required = obj.required?.includes(key) ? '（必填）' : '';
    const title = p.title ?? '';
    const desc = (p.description ?? '').replace(/\s+/g, ' ');
    const text = `${title}${required}${desc && desc !== title ? `：${desc}` : ''}`;
    return `${indent}${key.padEnd(width)}  ${text}`.trimEnd();
  });
}

/** The field reference of a file kind: each list's entry fields, or policy's top-level keys. */
export function fieldReference(kind: FileKind): string[] {
  const file = jsonSchema(kind) as Js;
  const out: string[] = [];
  if (kind === 'policy') {
    out.push('# 可设置的项目（均可省略，省略时用缺省值）：');
    out.push(...fieldLines(file));
    return out;
  }
  for (const key of Object.keys(file.properties ?? {})) {
    const item = listItem(file, key);
    if (!item) continue;
    const list = file.properties?.[key];
    const listTitle = list?.title ?? list?.anyOf?.find((o) => o.title)?.title ?? key;
    out.push(`# ${key}（${listTitle}）每一条可写的字段：`);
    out.push(...fieldLines(item));
  }
  return out;
}
