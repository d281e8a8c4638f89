/** Queues a patch's row heights and page setup on an Office.js worksheet. */
import type { PageSetup, Patch } from '../../sheet/types';
import {
  cmToPoints,
  fitsToPages,
  HEADER_FOOTER_INCHES,
  repeatRowsText,
  rowHeightEntries,
} from '../page-setup';
import type { WorksheetSubset } from './excel-subset';

/** The row heights as whole-row ranges of one height, "12:15" (one action each), in row order. */
export function rowHeightRuns(heights: Patch['rowHeights']): { rows: string; points: number }[] {
  const entries = rowHeightEntries(heights).sort((a, b) => a[0] - b[0]);
  const runs: { rows: string; points: number }[] = [];
  for (let i = 0; i < entries.length;) {
    const [first, points] = entries[i] as [number, number];
    let last = first;
    while (entries[i + 1]?.[0] === last + 1 && entries[i + 1]?.[1] === points) {
      last++;
      i++;
    }
    i++;
    runs.push({ rows: `${first}:${last}`, points });
  }
  return runs;
}

/**
 * Queues the page setup: A4, orientation, fit to pages, margins and print titles. Does nothing in an
 * Excel without the page layout API (before ExcelApi 1.9): the sheet then prints with its defaults.
 */
export function queuePageSetup(worksheet: WorksheetSubset, page: PageSetup): void {
  const layout = worksheet.pageLayout;
  if (!layout) return;
  layout.paperSize = 'A4';
  layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (fitsToPages(page)) {
    layout.zoom = { horizontalFitToPages: page.fitToWidth ?? 0, verticalFitToPages: page.fitToHeight ?? 0 };
  }
  const m = page.marginsCm;
  if (m) {
    layout.topMargin = cmToPoints(m.top);
    layout.bottomMargin = cmToPoints(m.bottom);
    layout.leftMargin = cmToPoints(m.left);
    layout.rightMargin = cmToPoints(m.right);
    const hf = cmToPoints(HEADER_FOOTER_INCHES * 2.54);
    layout.headerMargin = hf;
    layout.footerMargin = hf;
  }
  const rows = repeatRowsText(page);
  if (rows) {
    const [first, last] = rows.split(':');
    layout.setPrintTitleRows(`$${first}:$${last}`);
  }
}
