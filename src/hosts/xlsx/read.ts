/**
 * A worksheet's snapshot: the used range (cells with content, a number format other than General, a
 * fill or a border — what a user sees as part of the sheet), each cell as `cell-read` gives it, and the
 * workbook names that refer to the sheet. Reads never create rows or cells in the workbook.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { ValueType } from 'exceljs';
import type { CellSnapshot, SheetSnapshot } from '../../sheet/types';
import { extendRect, type Rect } from '../../sheet/a1';
import { GENERAL_FORMAT } from '../undo';
import { numberFormatOf, snapshotCell } from './cell-read';
import type { DisplayLocale } from './display';
import { namesOnSheet } from './names';

const BLANK: CellSnapshot = { value: null, text: '', numberFormat: GENERAL_FORMAT };

function isUsed(cell: Cell): boolean {
  if (cell.type !== ValueType.Null) return true;
  if (numberFormatOf(cell) !== GENERAL_FORMAT) return true;
  const { fill, border } = cell.style ?? {};
  const filled = fill?.type === 'pattern' && fill.pattern !== 'none';
  const bordered = border !== undefined && Object.values(border).some((side) => side !== undefined);
  return filled || bordered;
}

/** Calls `visit` for every cell the worksheet already has, without creating any. */
export function eachExistingCell(
  worksheet: Worksheet,
  visit: (cell: Cell, row: number, col: number) => void,
): void {
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) visit(cell, r - 1, c - 1);
    }
  }
}

/** The bounding rectangle of the used cells, 0-based; undefined for an empty sheet. */
export function usedRect(worksheet: Worksheet): Rect | undefined {
  let rect: Rect | undefined;
  eachExistingCell(worksheet, (cell, row, col) => {
    if (!isUsed(cell)) return;
    rect = extendRect(rect, row, col);
  });
  return rect;
}

/** The snapshot of a worksheet of the workbook. */
export function readWorksheet(
  workbook: Workbook,
  worksheet: Worksheet,
  locale: DisplayLocale,
): SheetSnapshot {
  const sheet = worksheet.name;
  const names = namesOnSheet(workbook, sheet);
  const rect = usedRect(worksheet);
  if (!rect) return { sheet, originRow: 0, originCol: 0, rows: [], names };
  const rows: CellSnapshot[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = worksheet.findRow(r + 1);
    const cells: CellSnapshot[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = row?.findCell(c + 1);
      cells.push(cell ? snapshotCell(cell, locale) : BLANK);
    }
    rows.push(cells);
  }
  return { sheet, originRow: rect.top, originCol: rect.left, rows, names };
}
