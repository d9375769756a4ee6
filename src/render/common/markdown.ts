// Ledger text in a Markdown table cell: backslashes and pipes escaped, line breaks (LF, CR, CRLF)
// flattened to a space, any other control character shown as an escape (`\u001b`).
import { visible } from '../../i18n/visible.js';

/** A table cell: backslashes and pipes escaped, line breaks flattened. */
export function mdCell(s: string | number | undefined): string {
  return visible(
    String(s ?? '')
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/\r\n?|\n/g, ' '),
  );
}
