/**
 * Keeps an exceljs sheet's formula results true after a write: the pure recalculation of the sheet
 * layer computes what it can, exactly, and the results are stored as the formulas' cached results
 * (exceljs does not calculate). Formulas it cannot compute whose inputs changed are returned.
 */
import { ValueType, type Cell, type Worksheet } from 'exceljs';
import type { CellPos } from '../../sheet/a1';
import { fromCellNumber } from '../../domain/money';
import type { EvalValue } from '../../sheet/formula-eval';
import { recalculate, type FormulaCell } from '../../sheet/recalc';
import { formulaOf } from './cell-read';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** A plain value (a constant or a cached result) as the evaluator sees it. */
function evalValue(v: unknown): EvalValue {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') {
    const d = fromCellNumber(v);
    return d ? { kind: 'number', value: d } : { kind: 'error', value: '#NUM!' };
  }
  if (typeof v === 'string') return { kind: 'text', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v instanceof Date) {
    const d = fromCellNumber((v.getTime() - EXCEL_EPOCH_MS) / DAY_MS);
    return d ? { kind: 'number', value: d } : { kind: 'error', value: '#NUM!' };
  }
  if (isRecord(v)) {
    if (typeof v['error'] === 'string') return { kind: 'error', value: v['error'] };
    if (Array.isArray(v['richText']) || typeof v['text'] === 'string') return { kind: 'text', value: 'text' };
  }
  return { kind: 'error', value: '#VALUE!' };
}

function cellValue(cell: Cell | undefined): EvalValue {
  if (!cell || cell.type === ValueType.Merge) return { kind: 'blank' };
  if (cell.type === ValueType.Formula) return evalValue(cell.result);
  return evalValue(cell.value);
}

/** The cached result exceljs stores for a computed value. */
function resultOf(v: EvalValue): number | string | boolean | undefined {
  switch (v.kind) {
    case 'number':
      // The exact decimal's nearest double: 0.1 + 0.2 is stored as 0.3.
      return Number(v.value.toString());
    case 'text':
    case 'bool':
      return v.value;
    default:
      return undefined;
  }
}

/**
 * Recomputes the worksheet's formulas after `changed` cells were written, storing the results.
 *
 * @returns the addresses of formulas whose inputs changed but that could not be recomputed.
 */
export function recalculateWorksheet(worksheet: Worksheet, changed: readonly CellPos[]): string[] {
  const formulas: FormulaCell[] = [];
  const byAddress = new Map<string, Cell>();
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const formula = formulaOf(cell);
      if (formula === undefined) return;
      formulas.push({ row: Number(cell.row) - 1, col: Number(cell.col) - 1, formula });
      byAddress.set(cell.address, cell);
    }),
  );
  if (formulas.length === 0) return [];
  const found = recalculate(
    formulas,
    (row, col) => cellValue(worksheet.findCell(row + 1, col + 1)),
    changed,
    worksheet.name,
  );
  for (const [address, value] of found.results) {
    const cell = byAddress.get(address);
    const result = resultOf(value);
    if (!cell || result === undefined) continue;
    const current = cell.value as unknown;
    if (!isRecord(current)) continue;
    // Keeps the formula (or the shared-formula link) as it is; only the cached result changes.
    cell.value = { ...current, result } as unknown as Cell['value'];
  }
  return [...found.notRecalculated];
}
