// GitHub's runner reads every line a step prints: a line that starts with `::` (after leading
// white space, which it trims) is a workflow command (`::error …`, `::add-mask::`, `::stop-commands::`),
// and `##[` anywhere in a line starts one in the older syntax. Ledger text must never become one:
// every line the tool prints goes through neutralise(), which writes `\::` for such a line start
// and `#\u0023[` for `##[`, visibly. Only the annotations `check --format github` makes itself
// are written as they are (writeAnnotations).

/** A line start (after white space) of `::`, or `##[` anywhere; lines end at LF or CR. */
const COMMAND = /(^|[\n\r])([^\S\n\r]*)::|##\[/g;

/** The text with no line GitHub would take as a workflow command. */
export function neutralise(text: string): string {
  // two scans for the pair of characters every command needs, instead of the pattern at each offset
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text.replace(COMMAND, (m, start: string | undefined, space: string | undefined) =>
    m === '##[' ? '#\\u0023[' : `${start}${space}\\::`,
  );
}

type Write = NodeJS.WriteStream['write'];
let trusted = 0;

/** Writes annotations the tool made (their data escaped), past the guard of guardStream(). */
export function writeAnnotations(out: NodeJS.WritableStream, text: string): void {
  trusted++;
  try {
    out.write(text);
  } finally {
    trusted--;
  }
}

/**
 * Every string written to `stream` from now on is neutralised; a line may be written in several
 * pieces, so whether the next piece starts a line is remembered.
 */
const GUARDED = Symbol('workflow-commands guarded');

export function guardStream(stream: NodeJS.WriteStream): void {
  const s = stream as NodeJS.WriteStream & { [GUARDED]?: true };
  if (s[GUARDED]) return;
  s[GUARDED] = true;
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  let atLineStart = true;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'string' || trusted > 0 || chunk === '') return write(chunk, ...rest);
    // a piece that continues a line gets a non-space, non-colon placeholder in front, removed after
    const text = atLineStart ? neutralise(chunk) : neutralise(`x${chunk}`).slice(1);
    atLineStart = /[\n\r]$/.test(chunk);
    return write(text, ...rest);
  }) as Write;
}
