/**
 * How the add-in's sheets print. Margins follow Nghị định 30/2020/NĐ-CP (Phụ lục I): top and
 * bottom 2–2,5 cm, left 3–3,5 cm, right 1,5–2 cm; the smallest of each range is used, leaving the
 * wide plan table the most room.
 */
import type { PageMargins, PageSetup } from './types';

/** The official margins, in centimetres (the smallest each range allows). */
export const OFFICIAL_MARGINS_CM: PageMargins = Object.freeze({ top: 2, bottom: 2, left: 3, right: 1.5 });

/**
 * The plan sheet: A4 landscape, one page wide and as many tall as needed, the table's header rows
 * (1-based, inclusive) repeated on every page.
 */
export function planPageSetup(headerRows: readonly [number, number]): PageSetup {
  return {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    repeatRows: headerRows,
    marginsCm: OFFICIAL_MARGINS_CM,
  };
}

/** The "Kinh phí" sheet: running text, A4 portrait, one page wide. */
export const SECTION_PAGE_SETUP: PageSetup = Object.freeze({
  paper: 'A4',
  orientation: 'portrait',
  fitToWidth: 1,
  fitToHeight: 0,
  marginsCm: OFFICIAL_MARGINS_CM,
});
