/**
 * The template's formulas. Every sum is written `IF(COUNT(refs)=0,"",SUM(refs))`: an amount
 * nobody filled in stays empty instead of showing 0, so "not stated" survives a round trip
 * through the sheet (the plan model keeps it distinct from a stated zero), and SUM (unlike `+`)
 * skips the empty text such a cell holds, so the sums above it still work.
 */
import { cellAddress, columnLetters, rowRuns } from './a1';

/** Excel's limit on the arguments of one function. */
const MAX_ARGS = 255;

/** The empty-aware sum of argument lists, nested when there are more than Excel allows in one call. */
function emptyAwareSum(args: readonly string[]): string {
  if (args.length <= MAX_ARGS) {
    const list = args.join(',');
    return `=IF(COUNT(${list})=0,"",SUM(${list}))`;
  }
  const groups: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) groups.push(args.slice(i, i + MAX_ARGS).join(','));
  const counts = groups.map((g) => `COUNT(${g})`).join('+');
  const sums = groups.map((g) => `SUM(${g})`).join('+');
  return `=IF(${counts}=0,"",${sums})`;
}

/** Sum of one column over the given rows (0-based): consecutive rows become one range. */
export function columnSumFormula(col: number, rows: readonly number[]): string {
  const letters = columnLetters(col);
  const sorted = [...rows].sort((a, b) => a - b);
  const args = rowRuns(sorted).map(([from, to]) =>
    from === to ? `${letters}${from + 1}` : `${letters}${from + 1}:${letters}${to + 1}`,
  );
  return emptyAwareSum(args);
}

/** Sum of cells of one row (0-based columns): adjacent columns become one range. */
export function rowSumFormula(row: number, cols: readonly number[]): string {
  const sorted = [...cols].sort((a, b) => a - b);
  const args = rowRuns(sorted).map(([from, to]) =>
    from === to ? cellAddress(row, from) : `${cellAddress(row, from)}:${cellAddress(row, to)}`,
  );
  return emptyAwareSum(args);
}
