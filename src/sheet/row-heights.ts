/**
 * Row heights that fit wrapped text. Spreadsheets do not re-fit row heights of a file written by a
 * program (LibreOffice and Excel show such rows one line tall, so wrapped lines overlap the next
 * row), so the patch says them: each row is made tall enough for its longest wrapped cell, from the
 * text's length and the width of the cell (merged columns added up), a little generously.
 */
import { parseCell, parseColumn, parseRange } from './a1';
import type { CellWrite } from './types';

/** Width of a character of 11 pt text in column-width units (Times New Roman is narrower than the unit's digit), and how much wider bold is. */
const CHAR_UNITS = 0.9;
const BOLD_SCALE = 1.08;
/** Points a line of text takes, per point of font size (Times New Roman's line spacing, with room). */
const LINE_FACTOR = 1.3;
/** Points above and below the lines. */
const PADDING = 4;
/** Excel's default row height, points. */
export const DEFAULT_ROW_POINTS = 15;

/** How many lines a text takes in a cell this many characters wide. */
function linesOf(text: string, widthChars: number, fontSize: number, bold: boolean): number {
  // Column widths count characters of the default 11 pt font; larger text takes proportionally more.
  const perChar = (fontSize / 11) * CHAR_UNITS * (bold ? BOLD_SCALE : 1);
  // Usable width: the column less its padding, in characters of this font.
  const fits = Math.max(1, Math.floor((widthChars - 1) / perChar));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    // Words do not break: a line ends before the word that would overflow it.
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= fits) line += 1 + w;
      else {
        lines++;
        line = w;
      }
      while (line > fits) {
        lines++;
        line -= fits;
      }
    }
  }
  return lines;
}

/**
 * Heights in points by 1-based row for the rows whose wrapped text needs more than one line (other
 * rows keep the default height).
 *
 * @param widths - column widths in characters by column letter; a column without one is 8.43.
 * @param merges - merged ranges: a merged cell is as wide as its columns, and a cell merged over
 *   several rows shares its height among them.
 */
export function wrappedRowHeights(
  cells: readonly CellWrite[],
  widths: Readonly<Record<string, number>>,
  merges: readonly string[] = [],
): Record<number, number> {
  const widthOf: number[] = [];
  for (const [letters, w] of Object.entries(widths)) {
    const col = parseColumn(letters);
    if (col !== undefined) widthOf[col] = w;
  }
  const spans = new Map<string, { width: number; rows: number }>();
  for (const m of merges) {
    const r = parseRange(m);
    if (!r) continue;
    let width = 0;
    for (let c = r.left; c <= r.right; c++) width += widthOf[c] ?? 8.43;
    spans.set(`${r.top},${r.left}`, { width, rows: r.bottom - r.top + 1 });
  }
  const heights: Record<number, number> = {};
  for (const cell of cells) {
    const style = cell.style;
    if (!style?.wrap || typeof cell.value !== 'string' || cell.formula !== undefined) continue;
    const pos = parseCell(cell.address);
    if (!pos) continue;
    const span = spans.get(`${pos.row},${pos.col}`);
    const width = span?.width ?? widthOf[pos.col] ?? 8.43;
    const fontSize = style.fontSize ?? 11;
    const lines = linesOf(cell.value, width, fontSize, style.bold === true);
    const points = Math.ceil((lines * fontSize * LINE_FACTOR + PADDING) / (span?.rows ?? 1));
    if (points <= DEFAULT_ROW_POINTS) continue;
    const row = pos.row + 1;
    heights[row] = Math.max(heights[row] ?? 0, points);
  }
  return heights;
}
