/**
 * Writes a checked patch into an exceljs worksheet: cell contents (constants, and formulas with the
 * value given as their cached result), number formats, styles, then merges, column widths and names —
 * the order Excel applies them in, so a merge made by the patch keeps the top-left content the patch
 * wrote.
 */
import type { Cell, CellValue as ExcelValue, Workbook, Worksheet } from 'exceljs';
import type { CellWrite } from '../../sheet/types';
import type { PatchPlan } from '../patch-plan';
import { isMergeSlave } from './cell-read';
import { mergeRect } from './merges';
import { setNames } from './names';
import { applyNumberFormat, applyStyle } from './style';

/** The exceljs value for a write's content; undefined when the write leaves the content alone. */
function contentOf(write: CellWrite): ExcelValue | undefined {
  if (write.formula !== undefined) {
    const formula = write.formula.slice(1);
    const result = write.value;
    return result === null || result === undefined ? { formula } : { formula, result };
  }
  return write.value;
}

/**
 * Sets a cell's content. A cell covered by a merge shows nothing and exceljs would pass the write on
 * to the merge's top-left cell, so clearing it is a no-op and writing content into it undoes the merge
 * first (content in a covered cell could not be seen otherwise).
 */
function writeContent(worksheet: Worksheet, cell: Cell, content: ExcelValue): void {
  if (isMergeSlave(cell)) {
    if (content === null) return;
    worksheet.unMergeCells(cell.master.address);
  }
  cell.value = content;
}

/** Applies the plan to the worksheet (the plan was checked in full before). */
export function writePlan(workbook: Workbook, worksheet: Worksheet, plan: PatchPlan): void {
  for (const c of plan.cells) {
    const cell = worksheet.getCell(c.row + 1, c.col + 1);
    const content = contentOf(c.write);
    if (content !== undefined) writeContent(worksheet, cell, content);
    if (c.write.numberFormat !== undefined) applyNumberFormat(cell, c.write.numberFormat);
    if (c.write.style) applyStyle(cell, c.write.style);
  }
  for (const rect of plan.merges) mergeRect(worksheet, rect);
  for (const [col, width] of plan.columnWidths) worksheet.getColumn(col + 1).width = width;
  setNames(workbook, plan.sheet, plan.names);
}
