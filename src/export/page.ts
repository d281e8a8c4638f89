/**
 * Page and type set-up of an official document per Nghị định 30/2020/NĐ-CP (Phụ lục I): A4,
 * Times New Roman, body 13–14 pt, margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
 * The values below are the decree's smallest margins, so the wide table gets as much room as the
 * decree allows.
 */

/** Twips per millimetre: 1 inch = 25,4 mm = 1440 twips. */
export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips, rounded to the nearest (20 mm → 1134). */
export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** A4 portrait, in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

/** Margins in millimetres (within the decree's ranges). */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** The decree's ranges, so tests can hold the values above to them. */
export const MARGIN_RANGE_MM = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const;

/** The only typeface of the document. */
export const FONT = 'Times New Roman';

/** Sizes in points: body 14, table 13 (the decree allows 13–14; the table is wide). */
export const BODY_PT = 14;
export const TABLE_PT = 13;

/** Sizes in half-points, as WordprocessingML counts them. */
export function halfPoints(pt: number): number {
  return pt * 2;
}

/** First-line indent of body paragraphs: 1 cm (the decree asks 1–1,27 cm). */
export const FIRST_LINE_INDENT_MM = 10;

/** Space before a paragraph: 6 pt (the decree asks at least 6 pt), in twips. */
export const PARAGRAPH_BEFORE = 120;

/** Width available to text in twips, for a page laid out portrait or landscape. */
export function textWidthTwips(landscape: boolean): number {
  const pageWidth = landscape ? A4_MM.height : A4_MM.width;
  return mmToTwip(pageWidth) - mmToTwip(MARGIN_MM.left) - mmToTwip(MARGIN_MM.right);
}
