import type { Patch, SheetSnapshot } from '../sheet/types';

/** What a write returns: the patch that puts back exactly what the write replaced. */
export interface WriteResult {
  readonly undo: Patch;
  /** How many cells were written. */
  readonly cellCount: number;
  /**
   * Formula cells (A1, on the patch's sheet) whose inputs the write changed but that the host could not
   * recalculate, so their shown results may be stale until a spreadsheet recalculates (hosts that let
   * the spreadsheet calculate leave it out).
   */
  readonly notRecalculated?: readonly string[];
  /**
   * Formula cells (A1, on the patch's sheet) the host recomputed after the write, so their results are
   * current again (hosts that let the spreadsheet calculate, or that do not say, leave it out).
   */
  readonly recalculated?: readonly string[];
}

/**
 * The only way the product touches a workbook. Implementations: Office.js (inside Excel),
 * .xlsx files (exceljs), and in-memory for tests. Each read and each write is one round trip
 * to the workbook where the host has round trips.
 */
export interface WorkbookHost {
  /** Names of the worksheets, in order. */
  listSheets(): Promise<string[]>;
  /** The active sheet's name. */
  activeSheet(): Promise<string>;
  /** A snapshot of the sheet's used range, or null when there is no such sheet. */
  readSheet(sheet: string): Promise<SheetSnapshot | null>;
  /**
   * Writes a patch (values, formulas, formats, styles, merges, widths, names), with
   * calculation suspended where the host can, and returns the patch that undoes it.
   *
   * @param before - optional snapshot of the patch's sheet, read by the caller just before (usually the
   *   snapshot the patch was computed from). Hosts with round trips build the undo from it instead of
   *   reading the cells again, saving one round trip; it must be of the same sheet and still current.
   */
  applyPatch(patch: Patch, before?: SheetSnapshot): Promise<WriteResult>;
  /** Selects a cell so the user sees it (no-op where there is no UI). */
  select(sheet: string, address: string): Promise<void>;
  /**
   * A number that changes with every change of the workbook's content, offered only by hosts every
   * change goes through (a file held in memory), so that what was read from them can be reused until
   * it changes; absent where people edit the workbook directly (Excel).
   */
  contentVersion?(): number | undefined;
  /**
   * The range the user has selected, sheet-qualified as Excel writes it ("'Tiêu chí'!B3:E20"), or
   * null when the selection is not a range (a chart, a shape); absent where there is no selection to
   * read (a file, a test workbook).
   */
  selectedRange?(): Promise<string | null>;
}
