import { formatVi } from '../../domain/money/format';
import { readOptional, readRequired } from './cells';
import * as msg from './failures';
import { isFnError, type FnResult } from './result';

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
    return msg.badDecimals(decimals, MAX_DECIMALS);
  }
  const wanted = decimals.toNumber();
  const has = amount.decimalPlaces();
  if (wanted < has) {
    return msg.wouldRound(amount, has, wanted);
  }
  return formatVi(amount, { decimals: wanted });
}
