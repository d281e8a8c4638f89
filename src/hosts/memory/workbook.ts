/**
 * The data of an in-memory workbook: sheets of cells (value, formula, number format, style), merges,
 * column widths and workbook names. A formula cell keeps the value it was last
 * given until a write recomputes it (./recalc.ts).
 */
import type { CellStyle, CellValue, PageSetup } from '../../sheet/types';
import { GENERAL_FORMAT } from '../undo';

/** One cell as the memory workbook keeps it. */
export interface MemoryCell {
  readonly value: CellValue;
  readonly formula?: string;
  readonly numberFormat: string;
  /** Only what differs from DEFAULT_STYLE (../styles); hAlign absent means Excel's "General". */
  readonly style: CellStyle;
}

/** One worksheet: cells by "row,col" (0-based), merges as A1 ranges, widths in characters by column index. */
export interface MemorySheet {
  readonly cells: Map<string, MemoryCell>;
  readonly merges: string[];
  readonly widths: Map<number, number>;
  /** Row heights in points by 1-based row. */
  readonly heights: Map<number, number>;
  /** How the sheet prints, as the last patch that set it gave it. */
  page?: PageSetup;
}

/** A workbook name's target. */
export interface NameTarget {
  readonly sheet: string;
  /** A1 range without the sheet, e.g. "A5:L40". */
  readonly range: string;
}

/** The key of a cell in {@link MemorySheet.cells}. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** A blank cell. */
export const BLANK_CELL: MemoryCell = { value: null, numberFormat: GENERAL_FORMAT, style: {} };

/** Whether a cell holds nothing at all (so it is outside the used range). */
export function isBlank(cell: MemoryCell): boolean {
  return (
    cell.value === null &&
    cell.formula === undefined &&
    cell.numberFormat === GENERAL_FORMAT &&
    Object.keys(cell.style).length === 0
  );
}
