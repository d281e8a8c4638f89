import { allocate } from '../../domain/allocation/allocate';
import type { AllocationLine } from '../../domain/allocation/types';
import { Dec } from '../../domain/money/decimal';
import { allocationError } from './allocation-error';
import { readBounds } from './bounds';
import { readFilledRange, readOptional, readRequired } from './cells';
import { cellNumber } from './cell-number';
import { isFnError, type FnResult } from './result';

/** The step when `buoc` is left out: whole units (1 triệu đồng in a plan in triệu đồng). */
export const DEFAULT_STEP = new Dec(1);

/**
 * GNBV.PHANBO: splits `tong` over the lines of `trong_so` in proportion to their weights, in whole
 * multiples of `buoc` (default 1), within the optional `toi_thieu` / `toi_da` of each line (largest
 * remainder, see `allocate`). Returns the parts as one column (n×1), in the weights' order, summing
 * exactly to `tong`; each part is a double the cell shows exactly, or the whole result fails.
 */
export function phanbo(
  tong: unknown,
  trong_so: unknown,
  buoc?: unknown,
  toi_thieu?: unknown,
  toi_da?: unknown,
): FnResult<number[][]> {
  const total = readRequired(tong, 'tong');
  if (isFnError(total)) return total;
  const weights = readFilledRange(trong_so, 'trong_so');
  if (isFnError(weights)) return weights;
  const step = readOptional(buoc, 'buoc');
  if (isFnError(step)) return step;
  const n = weights.values.length;
  const mins = readBounds(toi_thieu, 'toi_thieu', 'trong_so', n, weights.size);
  if (isFnError(mins)) return mins;
  const maxs = readBounds(toi_da, 'toi_da', 'trong_so', n, weights.size);
  if (isFnError(maxs)) return maxs;

  const lines: AllocationLine[] = weights.values.map((weight, i) => {
    const min = mins[i];
    const max = maxs[i];
    return { weight, ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
  });
  const r = allocate({ total, lines, step: step ?? DEFAULT_STEP });
  if (!r.ok) {
    return allocationError(r.findings, {
      total: 'tong',
      step: 'buoc',
      lines: 'trong_so',
      min: 'toi_thieu',
      max: 'toi_da',
    });
  }
  const column: number[][] = [];
  for (let i = 0; i < r.parts.length; i++) {
    const n = cellNumber(r.parts[i]!, { vi: `phần thứ ${i + 1}`, en: `part ${i + 1}` });
    if (isFnError(n)) return n;
    column.push([n]);
  }
  return column;
}
