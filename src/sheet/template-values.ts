/**
 * The results of the template's own formulas, known when the template is built: every sum is
 * `IF(COUNT(refs)=0,"",SUM(refs))` over cells whose figures the template writes itself, so the result
 * is the exact sum of the numbers among them, or "" when there is none — what the exact recalculation
 * (recalc.ts) computes, without parsing a formula. The template writes these results with its formulas,
 * so a new workbook carries true cached results without a recalculation pass.
 */
import { ZERO, type Dec } from '../domain/money';

/** The number a cell shows to the formulas over it; undefined for text or an empty cell. */
export type Shown = Dec | undefined;

/** A formula's result as written with it, and the number it shows to the formulas above. */
export interface SumResult {
  readonly result: number | '';
  readonly shown: Shown;
}

/** The result of `IF(COUNT(cells)=0,"",SUM(cells))` over cells showing these numbers. */
export function emptyAwareSum(cells: readonly Shown[]): SumResult {
  let sum: Dec = ZERO;
  let count = 0;
  for (const v of cells) {
    if (v === undefined) continue;
    sum = count === 0 ? v : sum.plus(v);
    count++;
  }
  // The exact decimal's nearest double, as the recalculation stores it.
  return count === 0 ? { result: '', shown: undefined } : { result: Number(sum.toString()), shown: sum };
}
