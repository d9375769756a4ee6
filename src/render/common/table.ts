// Terminal tables that fit the terminal: columns aligned by display width (a Chinese character
// takes two columns). When a row is wider than the terminal, the columns named in `shrink` are
// cut first (with an ellipsis, down to their minimum), then the `detach` column (a contact: a
// name and a phone number) leaves the row for a line of its own under it, whole, so a phone
// number is never split, then the `thenShrink` columns are cut; only then may a row still be too
// wide (a terminal narrower than every minimum).
import { visible } from '../../i18n/visible.js';
import { displayWidth } from './width.js';

export interface TableCell {
  text: string;
  style?: (s: string) => string;
  right?: boolean;
}

export interface FitOptions {
  /** Put before every line. */
  indent?: string;
  /** The terminal's width; no limit when undefined. */
  columns?: number;
  /** Columns that may be cut to fit, in the order they give way, each down to `min` display columns. */
  shrink?: readonly { col: number; min: number }[];
  /** A column that moves to its own line under its row when cutting is not enough. */
  detach?: number;
  /** Columns cut further, in order, when the row is still too wide after that. */
  thenShrink?: readonly { col: number; min: number }[];
}

const GAP = 2;

/** Cuts a string to a display width, with an ellipsis when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

function widthsOf(rows: readonly TableCell[][], skip?: number): number[] {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => (widths[i] = i === skip ? 0 : Math.max(widths[i] ?? 0, displayWidth(c.text))));
  return widths;
}

/** The table's width: indent, the columns and the gaps between them (a detached or empty last column takes none). */
function tableWidth(indent: string, widths: readonly number[]): number {
  const used = widths.filter((w) => w > 0);
  return displayWidth(indent) + used.reduce((a, b) => a + b, 0) + GAP * Math.max(0, used.length - 1);
}

/**
 * The lines of each row (the first row is usually the header): the row itself, then its detached
 * cell on a line of its own when the table had to give that column up.
 */
export function fitTable(rows: readonly TableCell[][], opts: FitOptions = {}): string[][] {
  const indent = opts.indent ?? '';
  // ledger text on one line: a newline in a title would break the table
  let cells = rows.map((r) => r.map((c) => ({ ...c, text: visible(c.text) })));
  let widths = widthsOf(cells);
  let detached = false;
  if (opts.columns !== undefined) {
    const limit = opts.columns;
    const cut = (list: FitOptions['shrink']) => {
      for (const { col, min } of list ?? []) {
        const over = tableWidth(indent, widths) - limit;
        if (over <= 0) break;
        const w = widths[col] ?? 0;
        if (w > min) widths[col] = Math.max(min, w - over);
      }
    };
    cut(opts.shrink);
    if (tableWidth(indent, widths) > limit && opts.detach !== undefined) {
      // the row gets the detached column's room back: cut again from the full widths
      detached = true;
      widths = widthsOf(cells, opts.detach);
      cut(opts.shrink);
    }
    cut(opts.thenShrink);
    cells = cells.map((r) =>
      r.map((c, i) =>
        displayWidth(c.text) > (widths[i] ?? 0) && i !== opts.detach
          ? { ...c, text: truncate(c.text, widths[i]!) }
          : c,
      ),
    );
  }
  return cells.map((r, rowIndex) => {
    const shown = r.map((c, i) => ({ c, i })).filter(({ i }) => !(detached && i === opts.detach));
    const line =
      indent +
      shown
        .map(({ c, i }, k) => {
          const last = k === shown.length - 1;
          const text = last && !c.right ? c.text : pad(c.text, widths[i]!, c.right);
          return c.style ? c.style(text) : text;
        })
        .join(' '.repeat(GAP))
        .trimEnd();
    const extra = detached && rowIndex > 0 ? r[opts.detach!] : undefined;
    return extra?.text
      ? [line, `${indent}    ${extra.style ? extra.style(extra.text) : extra.text}`]
      : [line];
  });
}
