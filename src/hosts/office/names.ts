/**
 * Workbook names as Excel's API shows them ("=Sheet1!$A$5:$L$40") ↔ the contract's form (a range on the
 * snapshot's sheet, "A5:L40"). Names of several areas, constants or formulas are not ranges of one sheet
 * and are left out of snapshots.
 */
import { parseRange, rangeAddress, splitSheetReference } from '../a1';

/** A name's target sheet and local A1 range, or null when it is not one rectangle on one sheet. */
export function nameTarget(formula: unknown): { sheet: string; range: string } | null {
  if (typeof formula !== 'string') return null;
  const split = splitSheetReference(formula);
  if (!split) return null;
  const rect = parseRange(split.local);
  return rect ? { sheet: split.sheet, range: rangeAddress(rect) } : null;
}
