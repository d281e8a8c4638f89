/**
 * A1-style addresses on one sheet, 0-based internally. Every host parses the patch's addresses with
 * these helpers, so a bad address is rejected the same way everywhere, before anything is written.
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
/** The smallest rectangle holding `rect` (if any) and the cell at `row`, `col`: grows a used range cell by cell. */
export function extendRect(rect: Rect | null, row: number, col: number): Rect {
  return rect
    ? {
        top: Math.min(rect.top, row),
        left: Math.min(rect.left, col),
        bottom: Math.max(rect.bottom, row),
        right: Math.max(rect.right, col),
      }
    : { top: row, left: col, bottom: row, right: col };
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN_RE = /^\$?([A-Za-z]{1,3})$/;

/** Column letters → 0-based index ("A" → 0, "AA" → 26), or null when outside the grid. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n >= 1 && n <= MAX_COLS ? n - 1 : null;
}

/** 0-based column index → letters (0 → "A", 26 → "AA"). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "C7" (or "$C$7") → {row: 6, col: 2}; null when it is not a single cell inside the grid. */
export function parseCell(address: string): CellPos | null {
  const m = CELL_RE.exec(address.trim());
  if (!m) return null;
  const col = columnIndex(m[1] ?? '');
  const row = Number(m[2]) - 1;
  if (col === null || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

/** {row: 6, col: 2} → "C7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A1:L1", "C7" (a one-cell rectangle) or "$A$1:$L$1" → a rectangle; null when malformed. */
export function parseRange(address: string): Rect | null {
  const parts = address.trim().split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0] ?? '');
  const b = parts.length === 2 ? parseCell(parts[1] ?? '') : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A rectangle → "A1:L1", or "C7" when it is one cell. */
export function rangeAddress(rect: Rect): string {
  const first = cellAddress(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${cellAddress(rect.bottom, rect.right)}`;
}

/** A column as patches name it ("C" or "$C") → its 0-based index, or null. */
export function parseColumn(letters: string): number | null {
  const m = COLUMN_RE.exec(letters.trim());
  return m ? columnIndex(m[1] ?? '') : null;
}

/**
 * Splits a sheet-qualified reference as Excel writes it ("Sheet1!$A$5:$L$40", "'Kinh phí'!A1") into
 * the sheet name (quotes removed, doubled quotes undone) and the local address.
 */
export function splitSheetReference(reference: string): { sheet: string; local: string } | null {
  const text = reference.startsWith('=') ? reference.slice(1) : reference;
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, local: text.slice(bang + 1) };
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
