// The one CSV writer of every command (remind, reconcile, report, and any later export): UTF-8
// with a byte-order mark so Excel and WPS open Chinese intact, CRLF line ends, fields quoted per
// RFC 4180 when they hold a comma, a quote or a line break.
//
// Formula injection (OWASP "CSV Injection"): a text cell that starts with =, +, -, @, a tab or a
// carriage return would be run by a spreadsheet as a formula, so it gets a leading apostrophe
// (shown as text, the apostrophe hidden). Only what the tool itself computed passes unchanged:
// a cell given as a number (a count, a day count, possibly negative). Text from the ledger is
// always a string here, so `+1+cmd|' /C calc'!A0` and `-2+3` are neutralised even though they
// look numeric at first.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** One cell: numbers the tool computed as they are; any text neutralised, then quoted if needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : neutralise(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: BOM, rows joined by commas, CRLF after every row. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
