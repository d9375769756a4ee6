// `reform check`: load, validate, run every rule, print every finding; exit 1 on errors.
import { openLedgers } from './shared/open.js';
import { finalize } from '../diagnostics/finalize.js';
import { openByFile } from './shared/open-by-file.js';
import {
  renderGithubAnnotations,
  renderJson,
  renderText,
  type Summary,
} from '../render/common/diagnostics.js';
import { writeAnnotations } from '../render/common/workflow-commands.js';
import { EXIT_FINDINGS, EXIT_OK } from '../cli/errors.js';
import { usageErrors } from './shared/errors.js';
import { withReplay, type RunNotes } from './shared/replay.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export interface CheckOptions {
  ledgers: string;
  format: 'text' | 'json' | 'github' | 'junit' | 'gitlab';
  strict?: boolean;
  /** For tests: the parse path to force. */
  parse?: 'auto' | 'full';
  /** A git revision: unapproved postponements and deleted entries since it are errors too. */
  since?: string;
  /** For tests: the clock. */
  now?: Date;
}

export function runCheck(opts: CheckOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  // the text and JSON of a check without --since depend only on the files, today and the options:
  // replayed when none changed (the CI formats also ask git where the repository is)
  const replayable = opts.since === undefined && (opts.format === 'text' || opts.format === 'json');
  if (!replayable) return usageErrors(() => check(opts, out));
  const spec = { command: 'check', dir: opts.ledgers, options: opts, now: opts.now };
  return usageErrors(() => withReplay(spec, out, process.stderr, (o, _e, notes) => check(opts, o, notes)));
}

async function check(opts: CheckOptions, out: NodeJS.WritableStream, notes?: RunNotes): Promise<number> {
  // --since: a revision git cannot give stops here, before any work
  const since =
    opts.since === undefined
      ? undefined
      : await (await import('../versions/since.js')).startSince(opts.ledgers, opts.since);
  // without --since, the findings come from per-file results when the cache has them (open-by-file.ts)
  const byFile =
    since === undefined && (opts.parse ?? 'auto') === 'auto' ? openByFile(opts.ledgers, opts.now) : undefined;
  let diagnostics: Diagnostic[];
  let counted: { files: number; entries: number };
  let files: readonly { abs: string }[];
  let sourceLine: (file: string, line: number) => string | undefined;
  if (byFile) {
    notes?.loaded(byFile.inputs, byFile.today);
    diagnostics = byFile.diagnostics;
    counted = { files: byFile.files.length, entries: byFile.entries };
    files = byFile.files;
    sourceLine = byFile.lineText;
  } else {
    let opened: ReturnType<typeof openLedgers>;
    try {
      opened = openLedgers(opts.ledgers, { parse: opts.parse, now: opts.now });
    } catch (err) {
      since?.cancel();
      throw err;
    }
    const { loaded } = opened;
    notes?.loaded(loaded, opened.today);
    diagnostics = [...opened.diagnostics];
    if (since) {
      const found = await since.findings(loaded, opened.today);
      diagnostics.push(...finalize(found, loaded.locator));
      diagnostics.sort((a, b) =>
        a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
      );
    }
    counted = { files: loaded.files.length, entries: loaded.entries };
    files = loaded.files;
    sourceLine = (file, line) => loaded.locator(file)?.lineText(line);
  }
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  const summary: Summary = { errors, warnings: diagnostics.length - errors, ...counted };
  const failed = errors > 0 || (!!opts.strict && summary.warnings > 0);
  if (opts.format === 'junit' || opts.format === 'gitlab') {
    out.write(await renderForCi(opts.format, diagnostics, files, !!opts.strict));
    return failed ? EXIT_FINDINGS : EXIT_OK;
  }
  if (opts.format === 'github') {
    // the annotations (their data escaped) are the only workflow commands the tool prints
    writeAnnotations(out, renderGithubAnnotations(diagnostics, await repoPaths()));
  }
  const text =
    opts.format === 'json'
      ? renderJson(diagnostics, summary, !failed)
      : renderText(diagnostics, summary, sourceLine, failed);
  out.write(text);
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

/** JUnit or Code Quality, with paths relative to the repository root (the working folder outside git). */
async function renderForCi(
  format: 'junit' | 'gitlab',
  diagnostics: readonly Diagnostic[],
  files: readonly { abs: string }[],
  strict: boolean,
): Promise<string> {
  const { renderJunit, renderGitlab } = await import('../render/common/diagnostics-ci.js');
  const repoPath = await repoPaths();
  const ci = diagnostics.map((d) => ({ ...d, repoPath: repoPath(d.file) }));
  return format === 'junit'
    ? renderJunit(
        files.map((f) => repoPath(f.abs)),
        ci,
        strict,
      )
    : renderGitlab(ci);
}

/** A path as the command was given it → relative to the repository root, `/`-separated (as CI systems expect). */
async function repoPaths(): Promise<(p: string) => string> {
  const { repoRoot } = await import('../git/repo.js');
  const cwd = process.cwd();
  let root = cwd;
  try {
    root = await repoRoot(cwd);
  } catch {
    // not a repository, or no git: paths stay relative to where the command runs
  }
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return p;
    }
  };
  const rootReal = real(root);
  return (p: string) => {
    const rel = relative(rootReal, real(resolve(cwd, p)));
    return rel.startsWith('..') || isAbsolute(rel) ? p.split(sep).join('/') : rel.split(sep).join('/');
  };
}
