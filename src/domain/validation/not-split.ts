/**
 * Central money stated without its sự nghiệp / đầu tư split is "not split": it is never counted as a
 * zero part. Summed over rows, the vốn sự nghiệp of rows that state only "ngân sách trung ương" may be
 * anywhere between nothing and all of that money, so a part's sum is an interval.
 */
import type { Dec } from '../money/decimal';
import type { AmountKey } from '../plan/model';
import type { Interval } from './approximate';

/**
 * What a sum over rows can be for `key`: exact for every key but the two NSTW parts; for a part, from
 * what the rows state of it up to that plus the NSTW no row splits. Undefined when no row shows `key`.
 */
export function partRange(key: AmountKey, amount: (k: AmountKey) => Dec | undefined): Interval | undefined {
  const v = amount(key);
  if (v === undefined) return undefined;
  const point: Interval = { lo: v, hi: v, loOpen: false, hiOpen: false };
  if (key !== 'nstw_su_nghiep' && key !== 'nstw_dau_tu') return point;
  const nstw = amount('nstw');
  if (nstw === undefined) return point;
  const split = v.plus(amount(key === 'nstw_su_nghiep' ? 'nstw_dau_tu' : 'nstw_su_nghiep') ?? 0);
  const unsplit = nstw.minus(split);
  return unsplit.greaterThan(0) ? { ...point, hi: v.plus(unsplit) } : point;
}
