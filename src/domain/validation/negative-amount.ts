import type { Finding } from '../findings';
import { TONG } from '../findings';
import { AMOUNT_KEYS, type Plan, type StatedAmounts } from '../plan';
import { makeFinding, type ValidationContext } from './context';
import { negativeMessage } from './messages';

/** NEGATIVE_AMOUNT (error): a stated amount below zero, on an item or among the plan's totals. */
export function checkNegativeAmounts(plan: Plan, _context: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  const check = (where: string, a: StatedAmounts): void => {
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
          message: negativeMessage(where, key, value, plan.unit),
        }),
      );
    }
  };
  for (const item of plan.items) check(item.code, item.stated);
  if (plan.statedTotals) check(TONG, plan.statedTotals);
  return findings;
}
