import type { AmountKey } from '../domain/plan';
import type { SettingKey } from './layout';

/**
 * Where things are on a sheet, so findings and patches can point at cells: for each item code
 * (and `TONG`, the TỔNG CỘNG row) the A1 address of each amount column, the row's span across
 * the table, and the settings cells. Built by the template writer and, from what it finds, by
 * the reader (which follows rows and columns the user moved).
 */
export interface CellMap {
  readonly sheet: string;
  /** Item code or `TONG` → amount key → "E14". */
  readonly amounts: Readonly<Record<string, Partial<Record<AmountKey, string>>>>;
  /** Item code or `TONG` → the row across the table, "A14:J14". */
  readonly rows: Readonly<Record<string, string>>;
  /** Setting → its value cell, "C5". */
  readonly settings: Readonly<Partial<Record<SettingKey, string>>>;
  /**
   * Item code or `TONG` → amount key → the figure read from that cell (plain decimal, "1469.5"), when
   * the map comes from reading a sheet: lets a finding that reports a figure point at the cell holding it.
   */
  readonly figures?: Readonly<Record<string, Partial<Record<AmountKey, string>>>>;
}

/**
 * One amount cell of the plan table: the sheet, the code of its row (an item code, or `TONG` for the
 * TỔNG CỘNG row, as in {@link CellMap}), the amount column and the A1 address. Findings about an
 * amount cell are located at it (`at.cell(sheet, address, code)`).
 */
export interface AmountCell {
  readonly sheet: string;
  readonly code: string;
  readonly key: AmountKey;
  readonly address: string;
}
