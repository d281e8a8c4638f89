/**
 * Column widths: patches give them in characters (as Excel's column-width dialog does), the Excel
 * JavaScript API wants points.
 *
 * Excel's character unit is the width of a digit in the workbook's default font (7 px for Calibri 11
 * at 96 dpi) and each column adds 5 px of padding; a pixel is 0.75 pt. So points = (chars × 7 + 5) × 0.75,
 * i.e. 5.25 pt per character plus 3.75 pt. A width of 0 hides the column and stays 0.
 */

/** Pixels per character of Excel's default font (Calibri 11). */
export const PIXELS_PER_CHAR = 7;
/** Cell padding in pixels that Excel adds to every column. */
export const PADDING_PIXELS = 5;
/** Points per pixel at 96 dpi. */
export const POINTS_PER_PIXEL = 0.75;

/** A width in characters → points for `format.columnWidth`. */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  return (Math.round(chars * PIXELS_PER_CHAR) + PADDING_PIXELS) * POINTS_PER_PIXEL;
}
