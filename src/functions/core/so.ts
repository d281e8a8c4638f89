import { formatVi } from '../../domain/money/format';
import { readOptional, readRequired } from './cells';
import { fnError, isFnError, type FnResult } from './result';

/** The most decimals SO shows (what `formatVi` accepts). */
const MAX_DECIMALS = 20;

/**
 * GNBV.SO: a figure written as plans write it, `15.555,25`, whatever the language settings of Excel.
 * `so_le` is the number of decimals to show: zeros are added (466,25 with so_le 3 → "466,250") but a
 * digit is never dropped, since a rounded figure would no longer add up with the others; asking for
 * fewer decimals than the figure has is a #NUM! failure that says so.
 */
export function so(value: unknown, so_le?: unknown): FnResult<string> {
  const amount = readRequired(value, 'so');
  if (isFnError(amount)) return amount;
  const decimals = readOptional(so_le, 'so_le');
  if (isFnError(decimals)) return decimals;
  if (decimals === undefined) return formatVi(amount);
  if (!decimals.isInteger() || decimals.isNegative() || decimals.gt(MAX_DECIMALS)) {
    return fnError(
      'value',
      `so_le: phải là số nguyên từ 0 đến ${MAX_DECIMALS} (đang là ${formatVi(decimals)}).`,
      `so_le: must be a whole number from 0 to ${MAX_DECIMALS} (it is ${decimals.toFixed()}).`,
    );
  }
  const wanted = decimals.toNumber();
  const has = amount.decimalPlaces();
  if (wanted < has) {
    return fnError(
      'num',
      `so_le: ${formatVi(amount)} có ${has} chữ số thập phân; hiện ${wanted} chữ số thì phải làm tròn, mà số đã làm tròn không còn cộng khớp với các số khác. Hãy để so_le từ ${has} trở lên, hoặc làm tròn số trước bằng công thức.`,
      `so_le: ${amount.toFixed()} has ${has} decimals; showing ${wanted} would round it, and a rounded figure no longer adds up with the others. Use so_le ${has} or more, or round the figure first with a formula.`,
    );
  }
  return formatVi(amount, { decimals: wanted });
}
