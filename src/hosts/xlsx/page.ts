/** A patch's page setup on an exceljs worksheet (the whole setup replaced), and read back. */
import type { Worksheet } from 'exceljs';
import type { PageSetup } from '../../sheet/types';
import { A4_PAPER_CODE, cmToInches, fitsToPages, HEADER_FOOTER_INCHES, repeatRowsText } from '../page-setup';

/** Sets the worksheet's paper, orientation, fit, margins and print titles. */
export function applyPageSetup(worksheet: Worksheet, page: PageSetup): void {
  const setup = worksheet.pageSetup;
  setup.paperSize = A4_PAPER_CODE;
  setup.orientation = page.orientation;
  setup.fitToPage = fitsToPages(page);
  if (setup.fitToPage) {
    setup.fitToWidth = page.fitToWidth ?? 0;
    setup.fitToHeight = page.fitToHeight ?? 0;
  }
  const m = page.marginsCm;
  if (m) {
    setup.margins = {
      top: cmToInches(m.top),
      bottom: cmToInches(m.bottom),
      left: cmToInches(m.left),
      right: cmToInches(m.right),
      header: HEADER_FOOTER_INCHES,
      footer: HEADER_FOOTER_INCHES,
    };
  }
  const rows = repeatRowsText(page);
  if (rows) setup.printTitlesRow = rows;
  else delete (setup as { printTitlesRow?: string }).printTitlesRow;
}
