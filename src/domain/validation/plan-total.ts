import { at } from '../findings';
import type { Plan } from '../plan';
import { makeFinding, statedEntries, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * PLAN_TOTAL (error, at `TONG`): a stated plan total that differs from the sum over the
 * Dự án. The items' side goes through `planAmount`, which derives `nstw` from its parts,
 * so "NSTW 7.538" is compared even when the items state only vốn sự nghiệp.
 * A key no item states is not checked.
 */
export function checkPlanTotals(plan: Plan, context: ValidationContext): ValidationFinding[] {
  if (!plan.statedTotals) return [];
  const findings: ValidationFinding[] = [];
  for (const [key, stated] of statedEntries(plan.statedTotals)) {
    const items = context.planAmount(key);
    if (items === undefined || items.eq(stated)) continue;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'PLAN_TOTAL',
        where: at.plan(),
        expected: items,
        actual: stated,
        text: VALIDATION_MESSAGES.PLAN_TOTAL({ key, stated, items, unit: plan.unit }),
      }),
    );
  }
  return findings;
}
