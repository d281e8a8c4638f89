import type { Finding } from '../findings';
import { TONG } from '../findings';
import type { Plan } from '../plan';
import { makeFinding, statedEntries, type ValidationContext } from './context';
import { planTotalMessage } from './messages';

/**
 * PLAN_TOTAL (error, at `TONG`): a stated plan total that differs from the sum over the
 * Dự án. The items' side goes through `planAmount`, which derives `nstw` from its parts,
 * so "NSTW 7.538" is compared even when the items state only vốn sự nghiệp.
 * A key no item states is not checked.
 */
export function checkPlanTotals(plan: Plan, context: ValidationContext): Finding[] {
  if (!plan.statedTotals) return [];
  const findings: Finding[] = [];
  for (const [key, stated] of statedEntries(plan.statedTotals)) {
    const items = context.planAmount(key);
    if (items === undefined || items.eq(stated)) continue;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'PLAN_TOTAL',
        where: TONG,
        expected: items,
        actual: stated,
        message: planTotalMessage(key, stated, items, plan.unit),
      }),
    );
  }
  return findings;
}
