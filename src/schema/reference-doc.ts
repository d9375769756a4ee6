// The file-format reference (docs/reference/format/<kind>.md), written from the JSON Schemas that
// are themselves generated from the zod schemas: the Chinese titles and descriptions a clerk sees in
// the editor are the ones the reference shows, so the two cannot drift (a test compares the files).
import { type FileKind, FILE_KINDS } from './index.js';
import { jsonSchema } from './json-schema.js';

type Js = Record<string, unknown>;

const FILE_NAMES: Record<FileKind, string> = {
  tasks: 'tasks.yaml（或 tasks/ 目录）',
  pilots: 'pilots.yaml（或 pilots/ 目录）',
  problems: 'problems.yaml（或 problems/ 目录）',
  units: 'units.yaml',
  policy: 'policy.yaml',
  reminders: 'reminders.yaml',
  imports: 'imports.yaml',
};

const DATE = '日期 YYYY-MM-DD';

/** One schema node with `anyOf` alternatives reduced to the one that carries the structure. */
function main(js: Js): Js {
  const alts = js.anyOf as Js[] | undefined;
  if (!alts) return js;
  const rich = alts.find((a) => a.type === 'array' || a.type === 'object') ?? alts[0]!;
  return {
    ...js,
    ...rich,
    anyOf: undefined,
    title: js.title ?? rich.title,
    description: js.description ?? rich.description,
  };
}

/** A short type word for a field, with its allowed values or form. */
function typeOf(raw: Js): string {
  const alts = ((raw.anyOf as Js[] | undefined) ?? []).filter((a) => a.type !== 'null');
  if (alts.length > 1) return alts.map((a) => typeOf(a)).join('，或 ');
  const js = main(raw);
  if (js.enum) return (js.enum as unknown[]).map((v) => `\`${String(v)}\``).join(' / ');
  if (js.format === 'date') return DATE;
  switch (js.type) {
    case 'array': {
      const items = main((js.items as Js) ?? {});
      if (items.type === 'object') return `列表（每项见 ${anchorName(items)}）`;
      return `列表：${typeOf(items)}`;
    }
    case 'object':
      return js.properties ? `对象（见 ${anchorName(js)}）` : '对象';
    case 'integer':
      return range('整数', js);
    case 'number':
      return range('数值', js);
    case 'boolean':
      return '是/否（true/false）';
    case 'string':
      return js.pattern && js.pattern !== '\\S' ? `文字，格式 \`${String(js.pattern)}\`` : '文字';
    default:
      return '任意';
  }
}

function range(word: string, js: Js): string {
  const lo = js.minimum as number | undefined;
  const hi = js.maximum as number | undefined;
  if (lo !== undefined && hi !== undefined) return `${word}（${lo}–${hi}）`;
  if (lo !== undefined) return `${word}（≥ ${lo}）`;
  return word;
}

function anchorName(js: Js): string {
  return `「${String(js.title ?? '对象')}」`;
}

function cell(s: unknown): string {
  return String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
}

/** The table of one object's fields, then a section for each nested object (depth first, once each). */
function objectSection(js: Js, level: number, seen: Set<string>, out: string[]): void {
  const props = (js.properties ?? {}) as Record<string, Js>;
  const required = new Set((js.required as string[] | undefined) ?? []);
  out.push(`${'#'.repeat(level)} ${String(js.title ?? '对象')}`, '');
  if (js.description) out.push(String(js.description), '');
  out.push('| 键 | 名称 | 必填 | 取值 | 说明 |', '|---|---|---|---|---|');
  const nested: Js[] = [];
  for (const [key, raw] of Object.entries(props)) {
    const f = main(raw);
    const dflt = f.default !== undefined ? `（默认 \`${JSON.stringify(f.default)}\`）` : '';
    out.push(
      `| \`${key}\` | ${cell(f.title)} | ${required.has(key) ? '是' : ''} | ${cell(typeOf(raw))} | ${cell(f.description)}${cell(dflt)} |`,
    );
    const inner = f.type === 'array' ? main((f.items as Js) ?? {}) : f;
    if (inner.type === 'object' && inner.properties) nested.push(inner);
  }
  out.push('');
  if (js.patternProperties || js.additionalProperties === false)
    out.push('以 `x_` 开头的键留给本单位自定义，原样保留；其他未列出的键是错误（unknown-key）。', '');
  for (const n of nested) {
    const key = JSON.stringify(n);
    if (seen.has(key)) continue;
    seen.add(key);
    objectSection(n, Math.min(level + 1, 4), seen, out);
  }
}

/** The reference page of one file kind, in Markdown. */
export function referencePage(kind: FileKind): string {
  const js = jsonSchema(kind);
  const out: string[] = [
    `<!-- 由 npm run docs 根据 src/schema 生成，请勿手改；测试会比对。 -->`,
    `# ${FILE_NAMES[kind]}`,
    '',
  ];
  const props = (js.properties ?? {}) as Record<string, Js>;
  const lists = Object.entries(props).filter(
    ([, p]) => main(p).type === 'array' && main((main(p).items as Js) ?? {}).type === 'object',
  );
  if (lists.length > 0 && kind !== 'policy') {
    for (const [key, p] of lists) {
      const entry = main(main(p).items as Js);
      out.push(`顶层键 \`${key}:\` 下是一个列表，每一项是一条「${String(entry.title)}」。`, '');
    }
    if (js.description) out.push(String(js.description), '');
    const seen = new Set<string>();
    for (const [, p] of lists) objectSection(main(main(p).items as Js), 2, seen, out);
    const others = Object.entries(props).filter(([k]) => !lists.some(([l]) => l === k));
    if (others.length > 0) {
      out.push('## 其他顶层键', '', '| 键 | 名称 | 取值 | 说明 |', '|---|---|---|---|');
      for (const [k, p] of others)
        out.push(`| \`${k}\` | ${cell(main(p).title)} | ${cell(typeOf(p))} | ${cell(main(p).description)} |`);
      out.push('');
    }
  } else {
    objectSection({ ...js, title: js.title ?? FILE_NAMES[kind] }, 2, new Set(), out);
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/** The index page that links the kinds. */
export function referenceIndex(): string {
  const lines = [
    '<!-- 由 npm run docs 根据 src/schema 生成，请勿手改；测试会比对。 -->',
    '# 台账文件格式 / File format',
    '',
    '每个台账目录包含以下文件（三本台账也可以是同名目录，目录下每个文件各含同一顶层键）。',
    '键名是英文 snake_case，是稳定的约定；取值一般为中文。日期一律写作 `YYYY-MM-DD`，且须为真实日期。',
    '',
    'Each ledger folder holds the files below. Keys are a stable contract; dates are `YYYY-MM-DD`.',
    '',
    '| 文件 | 说明 |',
    '|---|---|',
  ];
  for (const kind of FILE_KINDS) {
    const js = jsonSchema(kind);
    lines.push(`| [${FILE_NAMES[kind]}](${kind}.md) | ${cell(js.description ?? js.title)} |`);
  }
  return lines.join('\n') + '\n';
}

/** Every generated file: path under docs/reference/format/ → text. */
export function referenceFiles(): Record<string, string> {
  const files: Record<string, string> = { 'README.md': referenceIndex() };
  for (const kind of FILE_KINDS) files[`${kind}.md`] = referencePage(kind);
  return files;
}
