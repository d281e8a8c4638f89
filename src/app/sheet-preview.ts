/**
 * The read-only preview of a workbook (the task pane's standalone mode): the plan sheet (found by the
 * one rule), else the active sheet; the text of its first rows and columns placed at their real sheet
 * positions so row numbers and column letters match what a spreadsheet would show. Numeric cells also
 * carry their exact figure, for the pane to show in its language's notation (`7.538`, `7,538`); a
 * formula cell without a stored result (a file no spreadsheet has calculated) shows the result the
 * sheet layer's evaluator computes; the cells the last "Đánh dấu ô lỗi" coloured carry that colour.
 */
import { fromCellNumber } from '../domain/money';
import type { WorkbookHost } from '../hosts/contract';
import { cellAddress, columnLetters } from '../sheet/a1';
import type { EvalValue } from '../sheet/formula-eval';
import { isDateFormat } from '../sheet/number-format';
import { recalculate, type FormulaCell } from '../sheet/recalc';
import type { CellSnapshot, Patch, SheetSnapshot } from '../sheet/types';
import { locatePlanSheet } from './plan-sheet';
import type { WorkbookSession } from './session';

/** How much of a sheet the preview shows. */
export const PREVIEW_ROWS = 40;
export const PREVIEW_COLS = 10;

/** One shown row of a {@link SheetPreview}. */
export interface SheetPreviewRow {
  /** 1-based sheet row number. */
  readonly number: number;
  /** One text per shown column, as the host shows it. */
  readonly cells: readonly string[];
  /**
   * One entry per shown column: the cell's exact figure as a plain decimal ("7538", "15555.25",
   * "15089.00" padded to its format's decimals) when it shows a number (not a date, a percentage or
   * text), else null. Absent: no figures known.
   */
  readonly figures?: readonly (string | null)[];
}

/** A sheet's top-left block as text. */
export interface SheetPreview {
  readonly sheet: string;
  /** Column letters of the shown columns ("A".."J"). */
  readonly columns: readonly string[];
  /** Shown rows, each with its 1-based sheet row number and one text per shown column. */
  readonly rows: readonly SheetPreviewRow[];
  /** The sheet has rows or columns beyond the shown block. */
  readonly truncated: boolean;
  /** Fill colours ("#F8D7DA") the add-in's marks gave, by address ("E14"). */
  readonly marks?: Readonly<Record<string, string>>;
}

/** The decimals a number format pads to ("#,##0.00" → 2); 0 when it states none. */
function formatDecimals(format: string | undefined): number {
  const positive = (format ?? '').split(';')[0]?.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '') ?? '';
  return /\.(0+)/.exec(positive)?.[1]?.length ?? 0;
}

/**
 * The figure a numeric value shows, as a plain decimal padded to its number format's decimals
 * ("15089.00" for "#,##0.00", never rounded); null for what is not an amount.
 */
function figureOf(value: EvalValue | undefined, format: string | undefined): string | null {
  if (value?.kind !== 'number') return null;
  if (isDateFormat(format) || (format !== undefined && format.includes('%'))) return null;
  const d = value.value;
  return d.toFixed(Math.max(d.decimalPlaces(), formatDecimals(format)));
}

function evalValue(cell: CellSnapshot | undefined): EvalValue {
  const value = cell?.value ?? null;
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'number') {
    const d = fromCellNumber(value);
    return d ? { kind: 'number', value: d } : { kind: 'error', value: '#NUM!' };
  }
  if (typeof value === 'boolean') return { kind: 'bool', value };
  return { kind: 'text', value };
}

function textOf(value: EvalValue): string {
  switch (value.kind) {
    case 'number':
      return value.value.toFixed();
    case 'text':
    case 'error':
      return value.value;
    case 'bool':
      return value.value ? 'TRUE' : 'FALSE';
    case 'blank':
      return '';
  }
}

/** Results of the snapshot's formulas that hold no stored result, by address; empty when none lacks one. */
function missingResults(snapshot: SheetSnapshot, rowCount: number, colCount: number): Map<string, EvalValue> {
  const at = (row: number, col: number) =>
    snapshot.rows[row - snapshot.originRow]?.[col - snapshot.originCol];
  let missing = false;
  for (let r = 0; r < rowCount && !missing; r++) {
    for (let c = 0; c < colCount && !missing; c++) {
      const cell = at(r, c);
      missing = cell?.formula !== undefined && cell.value === null && cell.text === '';
    }
  }
  if (!missing) return new Map();
  const formulas: FormulaCell[] = [];
  snapshot.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.formula !== undefined) {
        formulas.push({ row: r + snapshot.originRow, col: c + snapshot.originCol, formula: cell.formula });
      }
    }),
  );
  const found = recalculate(formulas, (row, col) => evalValue(at(row, col)), [], snapshot.sheet);
  return new Map(found.results);
}

/** The first {@link PREVIEW_ROWS} × {@link PREVIEW_COLS} cells of a snapshot, as text and figures. */
export function sheetPreview(snapshot: SheetSnapshot, marked?: Patch): SheetPreview {
  const usedRows = snapshot.originRow + snapshot.rows.length;
  const usedCols = snapshot.originCol + (snapshot.rows[0]?.length ?? 0);
  const rowCount = Math.min(usedRows, PREVIEW_ROWS);
  const colCount = Math.min(usedCols, PREVIEW_COLS);
  const computed = missingResults(snapshot, rowCount, colCount);
  const columns = Array.from({ length: colCount }, (_v, c) => columnLetters(c));
  const rows = Array.from({ length: rowCount }, (_v, r) => {
    const shown = columns.map((_l, c) => {
      const cell = snapshot.rows[r - snapshot.originRow]?.[c - snapshot.originCol];
      const result =
        cell?.formula !== undefined && cell.value === null ? computed.get(cellAddress(r, c)) : undefined;
      if (result !== undefined) return { text: textOf(result), figure: figureOf(result, cell?.numberFormat) };
      return { text: cell?.text ?? '', figure: figureOf(evalValue(cell), cell?.numberFormat) };
    });
    return { number: r + 1, cells: shown.map((s) => s.text), figures: shown.map((s) => s.figure) };
  });
  const marks: Record<string, string> = {};
  if (marked?.sheet === snapshot.sheet) {
    for (const write of marked.cells) {
      const fill = write.style?.fill;
      if (typeof fill === 'string') marks[write.address] = fill;
    }
  }
  return {
    sheet: snapshot.sheet,
    columns,
    rows,
    truncated: usedRows > rowCount || usedCols > colCount,
    ...(Object.keys(marks).length > 0 ? { marks } : {}),
  };
}

/** The preview of the plan sheet, else of the active sheet; null for a workbook without sheets. */
export async function previewWorkbook(host: WorkbookHost, marked?: Patch): Promise<SheetPreview | null> {
  const located = await locatePlanSheet(host);
  if (located.kind === 'done') return sheetPreview(located.value.snapshot, marked);
  const sheets = await host.listSheets();
  if (sheets.length === 0) return null;
  const snapshot = await host.readSheet(await host.activeSheet());
  return snapshot ? sheetPreview(snapshot, marked) : null;
}

/**
 * The preview of the session's plan sheet (the one chosen while it is there), with the cells its last
 * marking coloured; without a plan sheet, as {@link previewWorkbook}.
 */
export async function previewSession(session: WorkbookSession): Promise<SheetPreview | null> {
  const located = await session.planSheet();
  if (located.kind === 'done') return sheetPreview(located.value.snapshot, session.marked);
  return previewWorkbook(session.host, session.marked);
}
