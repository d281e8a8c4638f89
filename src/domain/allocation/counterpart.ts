import type { Dec } from '../money/decimal';
import { Steps } from './steps';

/**
 * The smallest counterpart (NSĐP) that meets a minimum ratio: the smallest multiple of `step` that is
 * ≥ central × ratio. The ratio (NSĐP / NSTW minimum, e.g. 0,1 for 10 %) is set by the province and is
 * always passed in, never assumed. Exact: 7.538 × 0,015 with step 1 gives 114 (113,07 rounded up).
 *
 * @throws RangeError when `step` is not a positive finite number or `central` or `ratio` is not finite:
 * a programming error, not a property of a plan.
 */
export function counterpartFromRatio(central: Dec, ratio: Dec, step: Dec): Dec {
  if (!step.isFinite() || step.lte(0))
    throw new RangeError(`counterpartFromRatio: step must be positive, got ${step.toString()}`);
  if (!central.isFinite() || !ratio.isFinite()) {
    throw new RangeError('counterpartFromRatio: central and ratio must be finite');
  }
  const steps = new Steps(step);
  return steps.toDec(steps.ceil(central.times(ratio)));
}
