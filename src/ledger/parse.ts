// Text to data, collecting every YAML problem with its position. Two paths give the same data:
// the fast one (js-yaml, for files with nothing unusual in them) and the full one (the `yaml`
// library, which knows every node's position and reports all errors). A file takes the full
// path whenever the fast one refuses it or it holds anything the fast path treats differently.
import jsyaml from 'js-yaml';
import { LineCounter, parseDocument, visit } from 'yaml';
import type { Finding } from '../diagnostics/types.js';
import { Locator, YAML_OPTIONS } from './locate.js';
import { yamlErrorText } from './yaml-messages.js';
import { BAIL, fastYaml } from './fast-yaml.js';
import { guardText } from './guard.js';

export type FileFinding = Omit<Finding, 'file'>;

export interface Parsed {
  /** The document as plain data; undefined when the file could not be read as YAML. */
  data: unknown;
  findings: FileFinding[];
  locator: Locator;
  /** Which parser produced the data (for tests that compare the two). */
  path: 'fast' | 'js-yaml' | 'full';
}

export type ParsePath = 'auto' | 'full';

const CONFLICT = /^(<{7}|={7}|>{7})(?: |$)/;
/** Anything that may be an anchor, alias or tag: such files take the full path. */
const UNUSUAL = /(?:^|[\s[{,:-])[&*!][^\s]|\t|\r(?!\n)|^%/m;

/** Tags that only say what the value already is (`!!str 2026` keeps a number as text). */
const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export function parseYaml(input: string, mode: ParsePath = 'auto'): Parsed {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const pre = prescan(text);
  if (pre.length) return { data: undefined, findings: pre, locator: new Locator(text), path: 'full' };
  const guarded = guardText(text);
  if (guarded.length) return { data: undefined, findings: guarded, locator: new Locator(text), path: 'full' };
  if (mode === 'auto') {
    const data = fastYaml(text);
    if (data !== BAIL) return { data, findings: [], locator: new Locator(text), path: 'fast' };
    if (!UNUSUAL.test(text)) {
      try {
        const loaded = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
        return {
          data: loaded === undefined ? null : loaded,
          findings: [],
          locator: new Locator(text),
          path: 'js-yaml',
        };
      } catch {
        // refused: the full parser reports every error with its position
      }
    }
  }
  try {
    return parseFull(text);
  } catch (err) {
    // e.g. nesting so deep that the parser runs out of stack: still a located finding, not a crash
    const detail = err instanceof RangeError ? 'nesting too deep / 嵌套层级过深' : String(err);
    return {
      data: undefined,
      findings: [
        { severity: 'error', code: 'yaml-syntax', path: [], line: 1, column: 1, params: { detail } },
      ],
      locator: new Locator(text),
      path: 'full',
    };
  }
}

function prescan(text: string): FileFinding[] {
  const findings: FileFinding[] = [];
  if (
    !text.includes('<<<<<<<') &&
    !text.includes('>>>>>>>') &&
    !text.includes('=======') &&
    !text.includes('\t')
  ) {
    return findings;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = CONFLICT.exec(line);
    if (m) {
      findings.push({
        severity: 'error',
        code: 'merge-conflict',
        path: [],
        line: i + 1,
        column: 1,
        length: 7,
        params: { marker: m[1]! },
      });
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0];
    const tab = indent.indexOf('\t');
    if (tab >= 0 && indent.length < line.length && !/^\s*#/.test(line)) {
      findings.push({
        severity: 'error',
        code: 'yaml-tab',
        path: [],
        line: i + 1,
        column: tab + 1,
        length: 1,
      });
    }
  }
  return findings;
}

function parseFull(text: string): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: counter });
  const locator = new Locator(text, { doc, counter });
  const findings: FileFinding[] = [];
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    const pos = locator.at(start, end);
    if (err.code === 'DUPLICATE_KEY') {
      const key = /^[^:\n]*/
        .exec(text.slice(start))![0]
        .trim()
        .replace(/^["']|["']$/g, '');
      findings.push({ severity: 'error', code: 'yaml-duplicate-key', path: [], ...pos, params: { key } });
    } else if (err.code === 'TAB_AS_INDENT') {
      findings.push({ severity: 'error', code: 'yaml-tab', path: [], ...pos });
    } else {
      const detail = yamlErrorText(
        err.code,
        err.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, ''),
      );
      findings.push({ severity: 'error', code: 'yaml-syntax', path: [], ...pos, params: { detail } });
    }
  }
  let aliases = 0;
  const refuse = (
    node: { range?: [number, number, number] | null },
    code: 'yaml-tag' | 'yaml-anchor',
    name: string,
  ) => {
    aliases++;
    // the node's range starts at its value: point at the `!tag` or `&anchor` before it
    const [s] = node.range ?? [0, 1];
    let at = text.lastIndexOf(code === 'yaml-tag' ? '!' : '&', s);
    while (at > 0 && text[at - 1] === '!') at--;
    if (at < 0) at = s;
    const end = text.slice(at).search(/[\s,\]}]|$/);
    findings.push({
      severity: 'error',
      code,
      path: [],
      ...locator.at(at, at + Math.max(1, end)),
      params: { name },
    });
  };
  const anchors: { range?: [number, number, number] | null; anchor?: string }[] = [];
  visit(doc, {
    Node(_key, node) {
      // anchors are refused like aliases (README: never expanded); tags other than YAML's plain
      // ones (a custom !tag, !!set, !!binary, !!timestamp …) would change what a value is
      if (node.anchor) anchors.push(node);
      if (node.tag && !PLAIN_TAGS.has(node.tag))
        refuse(node, 'yaml-tag', node.tag.replace(/^tag:yaml\.org,2002:/, '!!'));
    },
    Alias(_key, node) {
      aliases++;
      const [s, e] = node.range ?? [0, 1];
      findings.push({
        severity: 'error',
        code: 'yaml-alias',
        path: [],
        ...locator.at(s, e),
        params: { name: node.source },
      });
    },
  });
  // an anchor is reported on its own when nothing refers to it (else the alias says it all)
  if (!findings.some((f) => f.code === 'yaml-alias'))
    for (const a of anchors) refuse(a, 'yaml-anchor', a.anchor!);
  if (doc.errors.length || aliases) return { data: undefined, findings, locator, path: 'full' };
  return { data: doc.toJS({ maxAliasCount: 0 }), findings, locator, path: 'full' };
}
