import { fromCellNumber } from '../../src/domain/money/cell';
import { Dec, sum } from '../../src/domain/money/decimal';
import { isFnError, type FnError, type FnResult } from '../../src/functions/core/result';

/** The value of a core's answer; fails the test with the core's message when it is a failure. */
export function value<T>(r: FnResult<T>): T {
  if (isFnError(r)) throw new Error(`expected a value, got ${r.error}: ${r.text.vi}`);
  return r;
}

/** The failure of a core's answer; fails the test when it is a value. */
export function failure<T>(r: FnResult<T>): FnError {
  if (!isFnError(r)) throw new Error(`expected a failure, got ${JSON.stringify(r)}`);
  return r;
}

/** The exact decimal a cell shows for a returned double. */
export function shown(n: number): Dec {
  const d = fromCellNumber(n);
  if (d === undefined) throw new Error(`not a cell number: ${n}`);
  return d;
}

/** Exact decimal sum of a column of returned doubles, as the cells show them. */
export function columnSum(rows: readonly (readonly number[])[], col = 0): Dec {
  return sum(rows.map((r) => shown(r[col]!)));
}

/** A column range as Excel passes it: one cell per row. */
export function column(...cells: unknown[]): unknown[][] {
  return cells.map((c) => [c]);
}
