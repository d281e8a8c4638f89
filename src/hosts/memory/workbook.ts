/**
 * The data of an in-memory workbook: sheets of cells (value, formula, number format, style), merges,
 * column widths and workbook names. No formula is evaluated: a formula cell keeps the value it was last
 * given, which is what tests need (they state the value a formula would show).
 */
import type { CellStyle, CellValue } from '../../sheet/types';
import { GENERAL_FORMAT } from '../undo';

/** The style of an untouched cell; stored styles keep only what differs from it. */
export const DEFAULT_STYLE = {
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  color: '#000000',
  fill: null,
  vAlign: 'bottom',
  wrap: false,
  border: 'none',
} as const satisfies CellStyle;

/** One cell as the memory workbook keeps it. */
export interface MemoryCell {
  readonly value: CellValue;
  readonly formula?: string;
  readonly numberFormat: string;
  /** Only the properties that differ from {@link DEFAULT_STYLE}; hAlign absent means Excel's "General". */
  readonly style: CellStyle;
}

/** One worksheet: cells by "row,col" (0-based), merges as A1 ranges, widths in characters by column index. */
export interface MemorySheet {
  readonly cells: Map<string, MemoryCell>;
  readonly merges: string[];
  readonly widths: Map<number, number>;
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

/** Merges style changes into a stored style, dropping properties that return to the default. */
export function mergeStyle(base: CellStyle, change: CellStyle): CellStyle {
  const merged: Record<string, unknown> = { ...base, ...change };
  for (const [key, value] of Object.entries(DEFAULT_STYLE)) {
    if (merged[key] === value || merged[key] === undefined) delete merged[key];
  }
  if (merged['hAlign'] === undefined) delete merged['hAlign'];
  return merged;
}

/**
 * The style that undoes `change` on a cell whose style was `prior`: each changed property back to its
 * prior value or default. Horizontal alignment "General" has no CellStyle value, so an hAlign set on a
 * cell that had none cannot be undone through a patch and is left out.
 */
export function priorStyle(prior: CellStyle, change: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  const defaults: Record<string, unknown> = DEFAULT_STYLE;
  const before: Record<string, unknown> = { ...prior };
  for (const key of Object.keys(change)) {
    const value = before[key] ?? defaults[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Whether a cell holds nothing at all (so it is outside the used range). */
export function isBlank(cell: MemoryCell): boolean {
  return (
    cell.value === null &&
    cell.formula === undefined &&
    cell.numberFormat === GENERAL_FORMAT &&
    Object.keys(cell.style).length === 0
  );
}
