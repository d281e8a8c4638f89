import { counterpartFromRatio } from '../../domain/allocation/counterpart';
import { readOptional, readRequired } from './cells';
import { cellNumber } from './cell-number';
import * as msg from './failures';
import { DEFAULT_STEP } from './phanbo';
import { isFnError, type FnResult } from './result';

/**
 * GNBV.DOIUNG: the smallest counterpart (vốn đối ứng, Ngân sách địa phương) that meets the minimum ratio
 * `ty_le` of the central money `nstw`: the smallest multiple of `buoc` (default 1) that is at least
 * nstw × ty_le. The ratio is a number (0,1 or a cell formatted 10 %) or a text such as "10%" or "0,1";
 * it is set by the province and never assumed.
 */
export function doiung(nstw: unknown, ty_le: unknown, buoc?: unknown): FnResult<number> {
  const central = readRequired(nstw, 'nstw');
  if (isFnError(central)) return central;
  if (central.isNegative() && !central.isZero()) return msg.negative({ arg: 'nstw' }, central);
  const ratio = readRequired(ty_le, 'ty_le', { percent: true });
  if (isFnError(ratio)) return ratio;
  if (ratio.isNegative() && !ratio.isZero()) return msg.negative({ arg: 'ty_le' }, ratio);
  const step = readOptional(buoc, 'buoc') ?? DEFAULT_STEP;
  if (isFnError(step)) return step;
  if (step.lte(0)) return msg.stepNotPositive('buoc', step);
  return cellNumber(counterpartFromRatio(central, ratio, step), { vi: 'vốn đối ứng', en: 'the counterpart' });
}
