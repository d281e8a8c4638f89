/**
 * A patch's page setup, checked and converted for the hosts: margins in inches (the .xlsx unit) or
 * points (Office.js), repeated rows as "10:11".
 */
import type { PageSetup } from '../sheet/types';
import { hostError } from './messages';

/** Excel's paper size code for A4. */
export const A4_PAPER_CODE = 9;

/** Header and footer distance from the page edge, inches (Excel's default). */
export const HEADER_FOOTER_INCHES = 0.3;

const CM_PER_INCH = 2.54;
const POINTS_PER_INCH = 72;

/** Centimetres → inches, rounded to 1/10 000 inch. */
export function cmToInches(cm: number): number {
  return Math.round((cm / CM_PER_INCH) * 10_000) / 10_000;
}

/** Centimetres → points, rounded to 1/100 point. */
export function cmToPoints(cm: number): number {
  return Math.round((cm / CM_PER_INCH) * POINTS_PER_INCH * 100) / 100;
}

/** The rows repeated on every page as Excel writes them in print titles, "10:11"; undefined for none. */
export function repeatRowsText(page: PageSetup): string | undefined {
  const rows = page.repeatRows;
  return rows ? `${rows[0]}:${rows[1]}` : undefined;
}

function isCount(n: number | undefined): boolean {
  return n === undefined || (Number.isInteger(n) && n >= 0 && n <= 32_767);
}

/**
 * Checks a page setup before anything is written.
 *
 * @throws the host's `badRange` error for repeated rows that are not a range of sheet rows, fit
 *   counts that are not whole numbers of pages, or margins that are not sizes in centimetres.
 */
export function checkPageSetup(sheet: string, page: PageSetup | undefined): void {
  if (!page) return;
  const purpose = { vi: 'thiết lập trang in', en: 'page setup' };
  const bad = (range: string) => hostError('badRange', sheet, { range, purpose });
  const rows = page.repeatRows;
  if (rows) {
    const [first, last] = rows;
    const ok =
      Number.isInteger(first) && Number.isInteger(last) && first >= 1 && first <= last && last <= 1_048_576;
    if (!ok) throw bad(`${first}:${last}`);
  }
  if (!isCount(page.fitToWidth) || !isCount(page.fitToHeight)) {
    throw bad(`${page.fitToWidth ?? ''}×${page.fitToHeight ?? ''}`);
  }
  const margins = page.marginsCm;
  if (margins) {
    for (const cm of [margins.top, margins.bottom, margins.left, margins.right]) {
      if (!Number.isFinite(cm) || cm < 0 || cm > 20) throw bad(`${cm} cm`);
    }
  }
}

/** Whether the setup scales the sheet to a number of pages. */
export function fitsToPages(page: PageSetup): boolean {
  return page.fitToWidth !== undefined || page.fitToHeight !== undefined;
}

/** Excel's tallest row, points. */
export const MAX_ROW_POINTS = 409;

/**
 * Checks a patch's row heights before anything is written.
 *
 * @throws the host's `badRange` error for a row that is not a sheet row or a height Excel cannot set.
 */
export function checkRowHeights(sheet: string, heights: Readonly<Record<number, number>> | undefined): void {
  if (!heights) return;
  const purpose = { vi: 'chiều cao dòng', en: 'row height' };
  for (const [key, points] of Object.entries(heights)) {
    const row = Number(key);
    const ok =
      Number.isInteger(row) &&
      row >= 1 &&
      row <= 1_048_576 &&
      Number.isFinite(points) &&
      points >= 0 &&
      points <= MAX_ROW_POINTS;
    if (!ok) throw hostError('badRange', sheet, { range: `${key}: ${points}`, purpose });
  }
}

/** A patch's row heights as [1-based row, points] pairs. */
export function rowHeightEntries(heights: Readonly<Record<number, number>> | undefined): [number, number][] {
  return heights ? Object.entries(heights).map(([row, points]) => [Number(row), points]) : [];
}
