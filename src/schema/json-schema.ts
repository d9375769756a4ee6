// JSON Schemas for editors, generated from the zod schemas (the single source of truth).
import * as z from 'zod';
import { FILE_KINDS, FILE_SCHEMAS, type FileKind } from './index.js';

export function jsonSchema(kind: FileKind): Record<string, unknown> {
  const schema = z.toJSONSchema(FILE_SCHEMAS[kind], {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      // strict entries: unknown keys are errors, except an office's own x_ fields
      if (js.type === 'object' && js.additionalProperties === false) js.patternProperties = { '^x_': {} };
    },
  }) as Record<string, unknown>;
  return schema;
}

export function allJsonSchemas(): Record<FileKind, Record<string, unknown>> {
  return Object.fromEntries(FILE_KINDS.map((k) => [k, jsonSchema(k)])) as Record<
    FileKind,
    Record<string, unknown>
  >;
}

export function schemaFileText(kind: FileKind): string {
  return JSON.stringify(jsonSchema(kind), null, 2) + '\n';
}
