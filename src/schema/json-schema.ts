// JSON Schemas for editors, generated from the zod schemas (the single source of truth).
import * as z from 'zod';
import { FILE_KINDS, FILE_SCHEMAS, type FileKind } from './index.js';
import { ID_PATTERN } from './common.js';

/**
 * What an editor says when a value is wrong, in the clerk's language instead of a regular
 * expression. yaml-language-server (VS Code's YAML extension) reads `patternErrorMessage` for
 * patterns and formats and `errorMessage` for the rest.
 */
export const EDITOR_MESSAGES = {
  date: '日期格式为 YYYY-MM-DD，且须为真实日期，例如 2026-06-30（2月只有28或29日）',
  id: '编号由字母、数字和连字符组成，以字母开头，最长40个字符，如 RW-2026-001',
  nonBlank: '不能为空',
  enum: (values: readonly string[], description?: string) => {
    const said = description && values.every((v) => description.includes(v));
    return `取值无效，可选：${said ? description : values.join('、')}`;
  },
} as const;

/** Adds the Chinese editor messages to one generated (sub)schema. */
function addEditorMessages(js: Record<string, unknown>): void {
  if (js.type === 'string' && js.format === 'date') {
    js.patternErrorMessage = EDITOR_MESSAGES.date;
    js.errorMessage = EDITOR_MESSAGES.date;
  } else if (js.type === 'string' && js.pattern === ID_PATTERN.source) {
    js.patternErrorMessage = EDITOR_MESSAGES.id;
  } else if (js.type === 'string' && js.pattern === '\\S') {
    js.patternErrorMessage = EDITOR_MESSAGES.nonBlank;
  } else if (Array.isArray(js.enum) && js.enum.every((v) => typeof v === 'string')) {
    js.errorMessage = EDITOR_MESSAGES.enum(
      js.enum as string[],
      typeof js.description === 'string' ? js.description : undefined,
    );
  }
}

export function jsonSchema(kind: FileKind): Record<string, unknown> {
  const schema = z.toJSONSchema(FILE_SCHEMAS[kind], {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      // strict entries: unknown keys are errors, except an office's own x_ fields
      if (js.type === 'object' && js.additionalProperties === false) js.patternProperties = { '^x_': {} };
      addEditorMessages(js);
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
