/**
 * Builds the undo of a patch from what the cells held before it: for every written cell, its value or
 * formula and its number format (and its style where the host could read one). The Patch type cannot
 * express unmerging, deleting a name or a sheet, so merges, new names and created sheets stay; names
 * that already pointed into the sheet are pointed back.
 */
import type { CellSnapshot, CellStyle, CellWrite, Patch, SheetSnapshot } from '../sheet/types';
import type { PatchPlan } from './patch-plan';

/** Excel's number format of a cell nobody formatted. */
export const GENERAL_FORMAT = 'General';

const BLANK: CellSnapshot = { value: null, text: '' };

/** The snapshot's cell at a sheet position, or a blank cell when it lies outside the used range. */
export function cellAt(snapshot: SheetSnapshot | null, row: number, col: number): CellSnapshot {
  if (!snapshot) return BLANK;
  return snapshot.rows[row - snapshot.originRow]?.[col - snapshot.originCol] ?? BLANK;
}

/** What a cell held that a write puts back. */
export type PriorCell = Pick<CellSnapshot, 'value' | 'formula' | 'numberFormat'>;

/** The write that puts one cell back as the snapshot saw it. */
export function restoreWrite(address: string, prior: PriorCell, style?: CellStyle): CellWrite {
  const content =
    prior.formula !== undefined ? { formula: prior.formula, value: prior.value } : { value: prior.value };
  return {
    address,
    ...content,
    numberFormat: prior.numberFormat ?? GENERAL_FORMAT,
    ...(style ? { style } : {}),
  };
}

/**
 * The undo patch of a planned write.
 *
 * @param before - the sheet before the write; null when the sheet did not exist.
 * @param styles - styles read before the write, by normalised address; cells without one keep the patch's style.
 */
export function undoFromSnapshot(
  plan: PatchPlan,
  before: SheetSnapshot | null,
  styles?: ReadonlyMap<string, CellStyle>,
): Patch {
  return undoFromCells(plan, (row, col) => cellAt(before, row, col), before?.names, styles);
}

/**
 * The undo patch of a planned write, from each written cell as it was (`prior`) and the names that
 * pointed into the sheet: for a host that reads the written cells alone rather than the whole sheet.
 */
export function undoFromCells(
  plan: PatchPlan,
  prior: (row: number, col: number) => PriorCell,
  priorNames: Readonly<Record<string, string>> | undefined,
  styles?: ReadonlyMap<string, CellStyle>,
): Patch {
  const cells = plan.cells.map((c) => restoreWrite(c.address, prior(c.row, c.col), styles?.get(c.address)));
  const names: Record<string, string> = {};
  for (const name of plan.names.keys()) {
    const was = priorNames?.[name];
    if (was !== undefined) names[name] = was;
  }
  return { sheet: plan.sheet, cells, ...(Object.keys(names).length > 0 ? { names } : {}) };
}
