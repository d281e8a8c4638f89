/**
 * A snapshot seen as a grid addressed by sheet position: the reader works in sheet rows and
 * columns (so its findings name the cells the user sees) whatever the used range's origin.
 */
import { cellAddress, parseRange, type Rect } from './a1';
import type { CellSnapshot, SheetSnapshot } from './types';

const EMPTY: CellSnapshot = { value: null, text: '' };

export interface Grid {
  readonly snapshot: SheetSnapshot;
  /** First and last sheet rows and columns of the used range (0-based, inclusive). */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  cell(row: number, col: number): CellSnapshot;
  /** The cell's shown text, trimmed; for a number without text, its value. */
  text(row: number, col: number): string;
  address(row: number, col: number): string;
  /** A workbook name's range, when the snapshot has that name. */
  named(name: string): Rect | undefined;
}

export function gridOf(snapshot: SheetSnapshot): Grid {
  const { originRow, originCol, rows } = snapshot;
  const width = rows[0]?.length ?? 0;
  const cell = (row: number, col: number): CellSnapshot => rows[row - originRow]?.[col - originCol] ?? EMPTY;
  return {
    snapshot,
    top: originRow,
    bottom: originRow + rows.length - 1,
    left: originCol,
    right: originCol + width - 1,
    cell,
    text(row, col) {
      const c = cell(row, col);
      if (c.text !== '') return c.text.trim();
      return c.value === null ? '' : String(c.value).trim();
    },
    address: cellAddress,
    named(name) {
      const target = snapshot.names?.[name];
      return target === undefined ? undefined : parseRange(target);
    },
  };
}

/** Lower case, NFC, single spaces: how header and label texts are compared. */
export function norm(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
