import { at, type Where } from '../findings';
import { Dec, plain } from '../money/decimal';
import { AMOUNT_KEYS, type Plan, type StatedAmounts } from '../plan';
import { makeFinding, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * STEP_DECIMALS (warning): a stated amount that is not a whole multiple of the rounding
 * step (1 đồng unless the plan or the caller sets another). `expected` is the nearest
 * multiple (half up), so `difference` is what rounding would remove.
 */
export function checkStepDecimals(plan: Plan, context: ValidationContext): ValidationFinding[] {
  const step = context.step;
  if (!step.gt(0)) return [];
  // For a step of 1, 0,1, 0,01 … "a multiple" means "no more decimals than the step",
  // which `decimalPlaces()` answers without a division (mod costs ~30 × more).
  const decimalStep = /^(?:1|0\.0*1)$/.test(plain(step));
  const stepPlaces = step.decimalPlaces();
  const findings: ValidationFinding[] = [];
  const check = (where: Where, a: StatedAmounts): void => {
    for (const key of AMOUNT_KEYS) {
      const value = a[key];
      if (value === undefined) continue;
      const places = value.decimalPlaces();
      if (places <= stepPlaces && (decimalStep || value.mod(step).isZero())) continue;
      const nearest = value.toNearest(step, Dec.ROUND_HALF_UP);
      findings.push(
        makeFinding({
          severity: 'warning',
          code: 'STEP_DECIMALS',
          where,
          expected: nearest,
          actual: value,
          text: VALIDATION_MESSAGES.STEP_DECIMALS({
            where,
            key,
            value,
            step,
            nearest,
            decimalStep,
            unit: plan.unit,
          }),
        }),
      );
    }
  };
  for (const item of plan.items) check(at.item(item.code), item.stated);
  if (plan.statedTotals) check(at.plan(), plan.statedTotals);
  return findings;
}
