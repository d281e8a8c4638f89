/**
 * Converting between the contract's cell values and what Excel's `formulas`/`values` arrays carry.
 */
import type { CellValue, CellWrite } from '../../sheet/types';

/**
 * Text Excel would not keep as typed: it turns "1.469" or "15/5" into numbers or dates, "TRUE" into a
 * boolean and "=x" into a formula. Such text is written with a leading apostrophe, which Excel drops
 * from the value and keeps only as the cell's "text" marker.
 */
const COERCIBLE_TEXT = /^[=+\-@'#\s]|\d|^(true|false)$/i;

/** The entry of a `formulas` array that writes this cell's content exactly. */
export function formulaInput(write: CellWrite): string | number | boolean {
  if (write.formula !== undefined) return write.formula;
  const value = write.value ?? null;
  if (value === null) return '';
  if (typeof value === 'string' && COERCIBLE_TEXT.test(value)) return `'${value}`;
  return value;
}

/** A cell value from Excel's `values` and `valueTypes`: empty cells and errors become null (errors keep their text). */
export function valueFromExcel(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error' || valueType === 'Empty') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' && valueType === undefined ? null : value;
  return null;
}
