// CSV that Excel and WPS open with Chinese intact: UTF-8 with a byte-order mark, CRLF line
// ends, fields quoted per RFC 4180 when they hold a comma, a quote or a line break.

/** A field that a spreadsheet would run as a formula (=, +, -, @ before a non-digit) gets a quote mark. */
function defuse(s: string): string {
  return /^[=@\t\r]|^[+-][^\d\s]/.test(s) ? `'${s}` : s;
}

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = defuse(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
