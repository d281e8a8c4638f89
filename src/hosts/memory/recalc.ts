/**
 * Keeps the memory workbook's formula results true after a write, as the .xlsx host does: the sheet
 * layer's pure recalculation computes, exactly, every formula its evaluator takes, and the results are
 * stored as the cells' values; formulas it cannot compute whose inputs changed are returned.
 */
import { fromCellNumber, toCellNumber } from '../../domain/money';
import type { CellPos } from '../../sheet/a1';
import { cellAddress } from '../../sheet/a1';
import type { EvalValue } from '../../sheet/formula-eval';
import { recalculate, type FormulaCell } from '../../sheet/recalc';
import type { CellValue } from '../../sheet/types';
import { BLANK_CELL, cellKey, type MemorySheet } from './workbook';

/** A stored value as the evaluator sees it. */
function evalValue(value: CellValue): EvalValue {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'number') {
    const d = fromCellNumber(value);
    return d ? { kind: 'number', value: d } : { kind: 'error', value: '#NUM!' };
  }
  if (typeof value === 'boolean') return { kind: 'bool', value };
  return { kind: 'text', value };
}

/** A computed result as the cell stores it; undefined for an error (the old value stays). */
function storedValue(v: EvalValue): CellValue | undefined {
  switch (v.kind) {
    case 'number':
      return toCellNumber(v.value) ?? Number(v.value.toString());
    case 'text':
      return v.value;
    case 'bool':
      return v.value;
    case 'blank':
      return null;
    case 'error':
      return undefined;
  }
}

/** What a recalculation did: formulas whose results were stored, and those it could not compute. */
export interface MemoryRecalc {
  readonly recalculated: string[];
  readonly notRecalculated: string[];
}

/** Recomputes the sheet's formulas after `changed` cells were written, storing their results. */
export function recalculateSheet(
  sheet: string,
  target: MemorySheet,
  changed: readonly CellPos[],
): MemoryRecalc {
  const formulas: FormulaCell[] = [];
  for (const [key, cell] of target.cells) {
    if (cell.formula === undefined) continue;
    const [row, col] = key.split(',').map(Number) as [number, number];
    formulas.push({ row, col, formula: cell.formula });
  }
  if (formulas.length === 0 || changed.length === 0) return { recalculated: [], notRecalculated: [] };
  const found = recalculate(
    formulas,
    (row, col) => evalValue((target.cells.get(cellKey(row, col)) ?? BLANK_CELL).value),
    changed,
    sheet,
  );
  const recalculated: string[] = [];
  for (const f of formulas) {
    const address = cellAddress(f.row, f.col);
    const result = found.results.get(address);
    const value = result === undefined ? undefined : storedValue(result);
    if (value === undefined) continue;
    const key = cellKey(f.row, f.col);
    const cell = target.cells.get(key) ?? BLANK_CELL;
    target.cells.set(key, { ...cell, value });
    recalculated.push(address);
  }
  return { recalculated, notRecalculated: [...found.notRecalculated] };
}
