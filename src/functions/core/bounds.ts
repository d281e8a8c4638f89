import type { Dec } from '../../domain/money/decimal';
import { readRange } from './cells';
import * as msg from './failures';
import { isFnError, type FnError } from './result';

/**
 * Reads a bound range (`toi_thieu`, `toi_da`) for `lines` weights taken from a range of `weightsSize`
 * cells. An empty cell means no bound for that line. The range must have as many cells as the weights'
 * range, or be a single cell, which then applies to every line (one minimum for every unit is common).
 * A left-out argument gives no bounds at all.
 */
export function readBounds(
  raw: unknown,
  arg: string,
  weightsArg: string,
  lines: number,
  weightsSize: number,
): (Dec | undefined)[] | FnError {
  const r = readRange(raw, arg);
  if (isFnError(r)) return r;
  if (r.cells.length === 0) return new Array<Dec | undefined>(lines).fill(undefined);
  if (r.size === 1) return new Array<Dec | undefined>(lines).fill(r.cells[0]);
  if (r.size !== weightsSize) return msg.sizeMismatch(arg, r.size, weightsArg, weightsSize, true);
  if (r.cells.length > lines) return msg.boundWithoutWeight(arg, r.cells.length, weightsArg);
  return Array.from({ length: lines }, (_, i) => r.cells[i]);
}
