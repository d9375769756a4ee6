// The width tables must fit: the terminal's, when the output is one; else COLUMNS when set (a
// pager or a test); else none (a file or a pipe gets the full rows).

export function terminalColumns(
  out: NodeJS.WritableStream,
  env: Record<string, string | undefined> = process.env,
): number | undefined {
  const tty = out as { isTTY?: boolean; columns?: number };
  if (tty.isTTY && tty.columns) return tty.columns;
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
