import { allocateTwoSources } from '../../domain/allocation/twoSources';
import type { AllocationLine } from '../../domain/allocation/types';
import { allocationError } from './allocation-error';
import { readFilledRange, readOptional, readRequired } from './cells';
import { cellNumber } from './cell-number';
import * as msg from './failures';
import { DEFAULT_STEP } from './phanbo';
import { isFnError, type FnResult } from './result';

/**
 * GNBV.PHANBO_NGUON: splits the central total `tong_tw` (Ngân sách trung ương) and the local total
 * `tong_dp` (Ngân sách địa phương) over the same lines: the central money by `trong_so_tw`, the local
 * money by `trong_so_dp` when given (same number of cells), else by the same weights. Each column sums
 * exactly to its total. Returns n×2 rows: [central part, local part].
 */
export function phanboNguon(
  tong_tw: unknown,
  tong_dp: unknown,
  trong_so_tw: unknown,
  trong_so_dp?: unknown,
  buoc?: unknown,
): FnResult<number[][]> {
  const central = readRequired(tong_tw, 'tong_tw');
  if (isFnError(central)) return central;
  const local = readRequired(tong_dp, 'tong_dp');
  if (isFnError(local)) return local;
  const wTw = readFilledRange(trong_so_tw, 'trong_so_tw');
  if (isFnError(wTw)) return wTw;
  let localLines: AllocationLine[] | undefined;
  if (!isLeftOut(trong_so_dp)) {
    const wDp = readFilledRange(trong_so_dp, 'trong_so_dp');
    if (isFnError(wDp)) return wDp;
    if (wDp.size !== wTw.size)
      return msg.sizeMismatch('trong_so_dp', wDp.size, 'trong_so_tw', wTw.size, false);
    // Same ranges' size, but one has figures where the other's trailing cells are empty.
    if (wDp.values.length < wTw.values.length) return msg.blankInside('trong_so_dp', wDp.values.length + 1);
    if (wDp.values.length > wTw.values.length) {
      return msg.boundWithoutWeight('trong_so_dp', wDp.values.length, 'trong_so_tw');
    }
    localLines = wDp.values.map((weight) => ({ weight }));
  }
  const step = readOptional(buoc, 'buoc');
  if (isFnError(step)) return step;

  const r = allocateTwoSources({
    central,
    local,
    lines: wTw.values.map((weight) => ({ weight })),
    ...(localLines !== undefined && { localLines }),
    step: step ?? DEFAULT_STEP,
  });
  if (!r.ok) {
    return allocationError(r.findings, {
      total: 'tong_tw',
      central: 'tong_tw',
      local: 'tong_dp',
      step: 'buoc',
      lines: 'trong_so_tw',
      localLines: 'trong_so_dp',
    });
  }
  const rows: number[][] = [];
  for (let i = 0; i < r.rows.length; i++) {
    const row = r.rows[i]!;
    const c = cellNumber(row.central, {
      vi: `ngân sách trung ương, dòng ${i + 1}`,
      en: `central budget, line ${i + 1}`,
    });
    if (isFnError(c)) return c;
    const l = cellNumber(row.local, {
      vi: `ngân sách địa phương, dòng ${i + 1}`,
      en: `local budget, line ${i + 1}`,
    });
    if (isFnError(l)) return l;
    rows.push([c, l]);
  }
  return rows;
}

/** An optional range the user did not give: left out, or a range of empty cells. */
function isLeftOut(raw: unknown): boolean {
  if (raw === null || raw === undefined || raw === '') return true;
  return Array.isArray(raw) && raw.every((row) => (Array.isArray(row) ? row.every(isBlank) : isBlank(row)));
}

function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === 'string' && x.trim() === '');
}
