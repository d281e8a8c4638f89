import { Dec, ZERO } from '../../domain/money/decimal';
import { formatVi } from '../../domain/money/format';
import { readRange, readRequired } from './cells';
import * as msg from './failures';
import { isFnError, type FnResult } from './result';

/** What GNBV.KIEMTRA answers when the parts add up to the stated total. */
export const KHOP = 'Khớp';

/**
 * GNBV.KIEMTRA: checks a stated total against its parts, exactly (each cell read as Excel shows it, then
 * summed in decimal, so 0,1 + 0,2 is 0,3). Answers "Khớp", or "Lệch 1,5 (tổng ghi 100, tổng các phần
 * 98,5)": the size of the difference, then both figures so the direction is plain. Empty cells among the
 * parts are "not stated" and add nothing; text, booleans and error values are refused.
 */
export function kiemtra(tong: unknown, cac_phan: unknown): FnResult<string> {
  const total = readRequired(tong, 'tong');
  if (isFnError(total)) return total;
  const parts = readRange(cac_phan, 'cac_phan');
  if (isFnError(parts)) return parts;
  if (parts.cells.length === 0) return msg.noValues('cac_phan');
  const sum = parts.cells.reduce<Dec>((acc, v) => (v === undefined ? acc : acc.plus(v)), ZERO);
  if (sum.equals(total)) return KHOP;
  const diff = total.minus(sum).abs();
  return `Lệch ${formatVi(diff)} (tổng ghi ${formatVi(total)}, tổng các phần ${formatVi(sum)})`;
}
