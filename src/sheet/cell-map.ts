import type { AmountKey } from '../domain/plan';
import type { Finding } from '../domain/findings';
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
}

/**
 * A finding that knows its cell. It is a {@link Finding} (the extra fields are optional), so
 * it flows through every list of findings; `markFindingsPatch` uses `cell` and `key` to colour
 * exactly the cell concerned.
 */
export interface CellFinding extends Finding {
  readonly cell?: string;
  readonly key?: AmountKey;
}
