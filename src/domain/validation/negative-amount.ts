import { at, type Where } from '../findings';
import { AMOUNT_KEYS, type Plan, type StatedAmounts } from '../plan';
import { makeFinding, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/** NEGATIVE_AMOUNT (error): a stated amount below zero, on an item or among the plan's totals. */
export function checkNegativeAmounts(plan: Plan, _context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const check = (where: Where, a: StatedAmounts): void => {
    for (const key of AMOUNT_KEYS) {
      const value = a[key];
      // Sign checks, not `lt(0)` (which builds a Decimal per call); a stated -0 is zero, not negative.
      if (value === undefined || !value.isNegative() || value.isZero()) continue;
      findings.push(
        makeFinding({
          severity: 'error',
          code: 'NEGATIVE_AMOUNT',
          where,
          actual: value,
          text: VALIDATION_MESSAGES.NEGATIVE_AMOUNT({ where, key, value, unit: plan.unit }),
        }),
      );
    }
  };
  for (const item of plan.items) check(at.item(item.code), item.stated);
  if (plan.statedTotals) check(at.plan(), plan.statedTotals);
  return findings;
}
