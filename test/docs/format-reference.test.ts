// The file-format reference in docs/reference/format/ is generated from the zod schemas
// (npm run docs); this fails when a schema's Chinese titles or fields change without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceFiles } from '../../src/schema/reference-doc.js';
import { ROOT } from '../helpers.js';

describe('docs/reference/format', () => {
  for (const [name, text] of Object.entries(referenceFiles())) {
    it(`${name} matches the schemas (run npm run docs after changing src/schema)`, () => {
      const committed = readFileSync(join(ROOT, 'docs', 'reference', 'format', name), 'utf8');
      expect(committed).toBe(text);
    });
  }

  it('lists every field of a task, with its Chinese title', () => {
    const page = referenceFiles()['tasks.md']!;
    for (const row of [
      '| `lead_leader` | 牵头领导 | 是 |',
      '| `deadline` | 完成时限 | 是 | 日期 YYYY-MM-DD |',
    ])
      expect(page).toContain(row);
  });
});

describe('README', () => {
  it('stays a front page: under 10 KB, the two quick-start commands, a link to the handbook', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThan(10 * 1024);
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(quick).toEqual([
      'npm ci && npm run build && node bin/reform.js remind --ledgers ledgers --date 2026-11-20',
      'npm ci && npm test',
    ]);
    expect(readme).toContain('docs/使用手册.md');
  });
});
