import { Dec } from './decimal';

/** Excel shows and stores at most 15 significant decimal digits. */
export const EXCEL_DIGITS = 15;

/**
 * Reads a number from a cell exactly as Excel shows it: 15 significant digits,
 * so `0.1 + 0.2` (stored 0.30000000000000004) reads as 0.3.
 * Returns `undefined` for NaN and infinities, which no cell holds.
 */
export function fromCellNumber(x: number): Dec | undefined {
  if (!Number.isFinite(x)) return undefined;
  if (Number.isSafeInteger(x)) return new Dec(x);
  return new Dec(x.toPrecision(EXCEL_DIGITS));
}

/**
 * True when a double carries binary noise beyond what Excel shows: its shortest
 * round-trip form has more than 15 significant digits (`0.30000000000000004`).
 * Such a value comes from float arithmetic (a formula, a paste from another tool)
 * and the figure a user sees is not the figure stored.
 */
export function hasFloatDrift(x: number): boolean {
  if (!Number.isFinite(x) || Number.isSafeInteger(x)) return false;
  const shown = fromCellNumber(x);
  return shown !== undefined && !new Dec(x.toString()).equals(shown);
}

/** The double to write into a cell for an exact amount; `undefined` if the cell could not show it exactly. */
export function toCellNumber(value: Dec): number | undefined {
  const n = value.toNumber();
  if (!Number.isFinite(n)) return undefined;
  const back = fromCellNumber(n);
  return back !== undefined && back.equals(value) ? n : undefined;
}
