/**
 * A1 addresses, the one module for the sheet layer and every host: column letters ↔ 0-based
 * indexes, cells, ranges, sheet-qualified and absolute references. Everything is 0-based (row 0 is
 * sheet row 1) because snapshots are; only the text is 1-based. Whatever is not an address inside
 * Excel's grid reads as `undefined`, so a bad address is refused the same way everywhere.
 */

/** A cell position, 0-based. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's grid: 1,048,576 rows and 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN_RE = /^\$?([A-Za-z]{1,3})$/;

/** Column letters for a 0-based index: 0 → "A", 25 → "Z", 26 → "AA". A negative or fractional index is a bug and throws. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column index ${col} is not valid`);
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based index of column letters ("A" → 0, "AA" → 26); undefined when they are not letters of a column inside the grid. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n >= 1 && n <= MAX_COLS ? n - 1 : undefined;
}

/** A column as patches name it ("C" or "$C") → its 0-based index; undefined for anything else. */
export function parseColumn(letters: string): number | undefined {
  const m = COLUMN_RE.exec(letters.trim());
  return m ? columnIndex(m[1] ?? '') : undefined;
}

/** "C7" for row 6, column 2 (0-based). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Reads "C7" or "$C$7" → {row: 6, col: 2}; undefined when it is not a single cell inside the grid. */
export function parseCell(address: string): CellPos | undefined {
  const m = CELL_RE.exec(address.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1] ?? '');
  const row = Number(m[2]) - 1;
  if (col === undefined || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, col };
}

/**
 * Reads "A1:L40", "$A$1:$L$1" or a single cell (a one-cell range), corners in either order;
 * undefined when malformed. A sheet prefix is not an address here: split it off first with
 * {@link splitSheetReference}.
 */
export function parseRange(address: string): Rect | undefined {
  const parts = address.trim().split(':');
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0] ?? '');
  const b = parts.length === 2 ? parseCell(parts[1] ?? '') : a;
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A rectangle → "A1:L40", or "C7" when it is one cell. */
export function rangeAddress(rect: Rect): string {
  const first = cellAddress(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${cellAddress(rect.bottom, rect.right)}`;
}

/** "E12:E14" for a column over rows `from..to` (0-based, inclusive), "E12" when one row. */
export function columnSpan(col: number, from: number, to: number): string {
  return rangeAddress({ top: from, left: col, bottom: to, right: col });
}

/** True when the cell lies inside the rectangle. */
export function contains(rect: Rect, cell: CellPos): boolean {
  return cell.row >= rect.top && cell.row <= rect.bottom && cell.col >= rect.left && cell.col <= rect.right;
}

/** The smallest rectangle holding `rect` (if any) and the cell at `row`, `col`: grows a used range cell by cell. */
export function extendRect(rect: Rect | undefined, row: number, col: number): Rect {
  return rect
    ? {
        top: Math.min(rect.top, row),
        left: Math.min(rect.left, col),
        bottom: Math.max(rect.bottom, row),
        right: Math.max(rect.right, col),
      }
    : { top: row, left: col, bottom: row, right: col };
}

/**
 * Groups sorted 0-based row numbers into runs of consecutive rows, so a formula can name
 * `E12:E14` instead of `E12,E13,E14` (shorter, and Excel's 255-argument limit is met later).
 */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/**
 * Splits a sheet-qualified reference as Excel writes it ("Sheet1!$A$5:$L$40", "='Kinh phí'!A1") into
 * the sheet name (quotes removed, doubled quotes undone) and the local address; undefined when it
 * names no sheet.
 */
export function splitSheetReference(reference: string): { sheet: string; local: string } | undefined {
  const text = reference.startsWith('=') ? reference.slice(1) : reference;
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return undefined;
  let sheet = text.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(sheet);
  if (quoted) sheet = (quoted[1] ?? '').replace(/''/g, "'");
  // Anything else with quotes, spaces or commas is not one sheet: a list of areas ("KH!A1,KH!B2"), a formula.
  else if (/[\s,!'()]/.test(sheet)) return undefined;
  return { sheet, local: text.slice(bang + 1) };
}

/**
 * The sheet and local range of a reference to one rectangle ("='Kinh phí'!$A$5:$L$40" →
 * `{ sheet: 'Kinh phí', range: 'A5:L40' }`), as workbook names hold them; undefined for anything else
 * (several areas, a constant, a formula, no sheet).
 */
export function parseSheetRange(reference: string): { sheet: string; range: string } | undefined {
  const split = splitSheetReference(reference);
  const rect = split ? parseRange(split.local) : undefined;
  return split && rect ? { sheet: split.sheet, range: rangeAddress(rect) } : undefined;
}

/** A sheet name as it must appear in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !parseCell(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute sheet-qualified reference, as workbook names store it: "='Kinh phí'!$A$5:$L$40". */
export function absoluteReference(sheet: string, rect: Rect): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  const local =
    rect.top === rect.bottom && rect.left === rect.right
      ? cell(rect.top, rect.left)
      : `${cell(rect.top, rect.left)}:${cell(rect.bottom, rect.right)}`;
  return `=${quoteSheetName(sheet)}!${local}`;
}
