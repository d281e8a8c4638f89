/**
 * What passes between the pure sheet layer and a host: a snapshot read from a sheet, and a
 * patch to write. Both are plain data (no Office.js, no exceljs), so the sheet layer is tested
 * without Excel and every host (Office.js, .xlsx file, in-memory) implements the same contract.
 * Addresses are A1 style on one sheet ("C7", ranges "A1:L1"); rows and columns in snapshots are
 * 0-based offsets from the snapshot's origin.
 */

/** A value as a cell holds it. Error values arrive as their text ("#VALUE!") in `text`, with `value` null. */
export type CellValue = number | string | boolean | null;

export interface CellSnapshot {
  readonly value: CellValue;
  /** The text the user sees (Excel's `text`), e.g. "15.555,25" or "1.469" typed as text. */
  readonly text: string;
  /** The formula without its value, e.g. "=SUM(C8:C9)"; absent for constants. */
  readonly formula?: string;
  readonly numberFormat?: string;
}

/** The used range of one sheet. */
export interface SheetSnapshot {
  readonly sheet: string;
  /** 0-based row and column of rows[0][0] on the sheet (the used range may not start at A1). */
  readonly originRow: number;
  readonly originCol: number;
  /** Rows of the used range; every row has the same length. */
  readonly rows: readonly (readonly CellSnapshot[])[];
  /** Workbook names that refer to this sheet, name → A1 range without the sheet ("A5:L40"). */
  readonly names?: Readonly<Record<string, string>>;
}

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font colour, "#RRGGBB". */
  readonly color?: string;
  /** Fill colour, "#RRGGBB"; null clears it. */
  readonly fill?: string | null;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  readonly wrap?: boolean;
  /** Thin borders on all four sides, or none. */
  readonly border?: 'thin' | 'none';
}

/** One cell to write: a constant or a formula, optionally with a number format and a style. */
export interface CellWrite {
  readonly address: string;
  /** A constant; ignored when `formula` is given. Amounts are written as numbers only when exact (see money/cell). */
  readonly value?: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** Everything one write changes on one sheet. */
export interface Patch {
  readonly sheet: string;
  /** Create the sheet if it does not exist (never deletes one). */
  readonly createSheet?: boolean;
  readonly cells: readonly CellWrite[];
  /** Ranges to merge, "A1:L1". */
  readonly merges?: readonly string[];
  /** Column widths in characters, by column letter. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  /** Workbook names to set, name → A1 range on this sheet. */
  readonly names?: Readonly<Record<string, string>>;
  /** Row heights in points by 1-based row number (rows of wrapped text, which spreadsheets do not re-fit). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** How the sheet prints (see {@link PageSetup}). */
  readonly page?: PageSetup;
}

/** Page margins in centimetres. */
export interface PageMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * How a sheet prints: paper, orientation, fit to pages, rows repeated on every page and margins.
 * Hosts apply it with the patch (the whole setup is replaced, not merged); the undo of a write does
 * not restore an earlier page setup.
 */
export interface PageSetup {
  /** Only A4, the paper of Vietnamese official documents. */
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Pages wide the printed sheet is scaled to (1); 0 or absent: no limit. */
  readonly fitToWidth?: number;
  /** Pages tall (0: as many as needed). */
  readonly fitToHeight?: number;
  /** Rows printed at the top of every page, 1-based and inclusive: [10, 11] for rows 10–11. */
  readonly repeatRows?: readonly [number, number];
  readonly marginsCm?: PageMargins;
}
