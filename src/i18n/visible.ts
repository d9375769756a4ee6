// A value from a ledger, a file name or the command line, shown inside a message on one line:
// control characters (a newline, ESC, NUL) and the Unicode line separators are written as visible
// escapes (`\n`, `\u001b`), so a value can neither start a new output line nor drive the terminal.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

function escapeChar(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The value with every control character but the tab shown as an escape. */
export function visible(value: string): string {
  return CONTROL.test(value) ? value.replace(CONTROLS, escapeChar) : value;
}
