/**
 * The read-only preview of a workbook (the task pane's standalone mode): the plan sheet (found by the
 * one rule), else the active sheet; the text of its first rows and columns as the host shows it
 * (Vietnamese separators), placed at their real sheet positions so row numbers and column letters
 * match what a spreadsheet would show.
 */
import type { WorkbookHost } from '../hosts/contract';
import { columnLetters } from '../sheet/a1';
import type { SheetSnapshot } from '../sheet/types';
import { locatePlanSheet } from './plan-sheet';

/** How much of a sheet the preview shows. */
export const PREVIEW_ROWS = 40;
export const PREVIEW_COLS = 10;

/** A sheet's top-left block as text. */
export interface SheetPreview {
  readonly sheet: string;
  /** Column letters of the shown columns ("A".."J"). */
  readonly columns: readonly string[];
  /** Shown rows, each with its 1-based sheet row number and one text per shown column. */
  readonly rows: readonly { readonly number: number; readonly cells: readonly string[] }[];
  /** The sheet has rows or columns beyond the shown block. */
  readonly truncated: boolean;
}

/** The first {@link PREVIEW_ROWS} × {@link PREVIEW_COLS} cells of a snapshot, as text. */
export function sheetPreview(snapshot: SheetSnapshot): SheetPreview {
  const usedRows = snapshot.originRow + snapshot.rows.length;
  const usedCols = snapshot.originCol + (snapshot.rows[0]?.length ?? 0);
  const rowCount = Math.min(usedRows, PREVIEW_ROWS);
  const colCount = Math.min(usedCols, PREVIEW_COLS);
  const columns = Array.from({ length: colCount }, (_v, c) => columnLetters(c));
  const rows = Array.from({ length: rowCount }, (_v, r) => ({
    number: r + 1,
    cells: columns.map((_l, c) => {
      const row = snapshot.rows[r - snapshot.originRow];
      return row?.[c - snapshot.originCol]?.text ?? '';
    }),
  }));
  return { sheet: snapshot.sheet, columns, rows, truncated: usedRows > rowCount || usedCols > colCount };
}

/** The preview of the plan sheet, else of the active sheet; null for a workbook without sheets. */
export async function previewWorkbook(host: WorkbookHost): Promise<SheetPreview | null> {
  const located = await locatePlanSheet(host);
  if (located.kind === 'done') return sheetPreview(located.value.snapshot);
  const sheets = await host.listSheets();
  if (sheets.length === 0) return null;
  const snapshot = await host.readSheet(await host.activeSheet());
  return snapshot ? sheetPreview(snapshot) : null;
}
