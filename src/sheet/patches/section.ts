import type { RenderedSection } from '../../domain/render';
import { cellAddress } from '../a1';
import { SECTION_PAGE_SETUP } from '../page-setup';
import { wrappedRowHeights } from '../row-heights';
import type { CellStyle, CellWrite, Patch } from '../types';

/** Sheet the rendered section goes to unless told otherwise. */
export const DEFAULT_SECTION_SHEET = 'Kinh phí';

const BODY: CellStyle = Object.freeze({
  fontName: 'Times New Roman',
  fontSize: 13,
  wrap: true,
  vAlign: 'top',
});
const HEADING: CellStyle = Object.freeze({ ...BODY, bold: true });

/**
 * The kinh phí section as text, one line per row in column A (wide and wrapped, so a long line
 * reads like a paragraph and can be copied into the plan): the section heading and the Dự án /
 * Tiểu dự án headings bold, Times New Roman 13.
 */
export function sectionPatch(rendered: RenderedSection, sheet: string = DEFAULT_SECTION_SHEET): Patch {
  const cells: CellWrite[] = rendered.lines.map((line, i) => {
    const bold = line.kind === 'section' || line.kind === 'heading';
    return { address: cellAddress(i, 0), value: line.text, style: bold ? HEADING : BODY };
  });
  const columnWidths = { A: 110 };
  const rowHeights = wrappedRowHeights(cells, columnWidths);
  return { sheet, createSheet: true, cells, columnWidths, rowHeights, page: SECTION_PAGE_SETUP };
}
