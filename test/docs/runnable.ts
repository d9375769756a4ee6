// The runnable blocks of the documentation: a ```sh run block is run by bash, in order, in one
// temporary folder per Markdown file that holds a copy of the sample ledgers; a ```text output
// block right after it is what the block must print (a line `…` stands for any lines).
// Info-string words after `run`: `exit=N` (the exit code the block must end with, default 0).

export interface Block {
  file: string;
  line: number;
  script: string;
  exit: number;
  output?: string;
}

const FENCE = /^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm;

/** The runnable blocks of one Markdown text, with the output block that follows each. */
export function runnableBlocks(file: string, text: string): Block[] {
  const fences: { info: string[]; body: string; start: number; end: number }[] = [];
  for (let m = FENCE.exec(text); m; m = FENCE.exec(text))
    fences.push({ info: m[1]!.trim().split(/\s+/), body: m[2]!, start: m.index, end: m.index + m[0].length });
  const blocks: Block[] = [];
  fences.forEach((f, i) => {
    if (f.info[0] !== 'sh' || f.info[1] !== 'run') return;
    const exitWord = f.info.find((w) => w.startsWith('exit='));
    const next = fences[i + 1];
    const between = next ? text.slice(f.end, next.start) : '';
    const output =
      next && next.info[0] === 'text' && next.info[1] === 'output' && between.trim() === ''
        ? next.body
        : undefined;
    blocks.push({
      file,
      line: text.slice(0, f.start).split('\n').length,
      script: f.body,
      exit: exitWord ? Number(exitWord.slice(5)) : 0,
      output,
    });
  });
  return blocks;
}

const tidy = (s: string) =>
  s
    .replace(/\r/g, '')
    .split('\n')
    .map((l) => l.trimEnd());

/** Whether printed text matches a documented output, where a line `…` matches any lines. */
export function matchesOutput(printed: string, shown: string): boolean {
  const got = tidy(printed.trimEnd());
  const want = tidy(shown.trimEnd());
  const match = (g: number, w: number): boolean => {
    if (w === want.length) return g === got.length;
    if (want[w] === '…') {
      for (let k = g; k <= got.length; k++) if (match(k, w + 1)) return true;
      return false;
    }
    return g < got.length && got[g] === want[w] && match(g + 1, w + 1);
  };
  return match(0, 0);
}
