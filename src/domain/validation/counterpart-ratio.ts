import { at } from '../findings';
import { ZERO } from '../money/decimal';
import { amountOf, type AmountKey, type Plan } from '../plan';
import { makeFinding, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * COUNTERPART_RATIO (error, at `TONG`): the plan's Ngân sách địa phương is below the
 * minimum counterpart, `ratio × Ngân sách trung ương`. The ratio is the province's
 * parameter; without one nothing is checked. Amounts come from the items, falling back
 * to the plan's stated totals for a source the items do not give. An NSĐP the plan
 * never states counts as none, since a required counterpart is then missing.
 */
export function checkCounterpartRatio(plan: Plan, context: ValidationContext): ValidationFinding[] {
  const ratio = context.minCounterpartRatio;
  if (ratio === undefined || !ratio.gt(0)) return [];
  const amount = (key: AmountKey) =>
    context.planAmount(key) ?? (plan.statedTotals ? amountOf(plan.statedTotals, key) : undefined);
  const nstw = amount('nstw');
  if (nstw === undefined || !nstw.gt(0)) return [];
  const nsdp = amount('nsdp');
  const minimum = ratio.times(nstw);
  const actual = nsdp ?? ZERO;
  if (actual.gte(minimum)) return [];
  return [
    makeFinding({
      severity: 'error',
      code: 'COUNTERPART_RATIO',
      where: at.plan(),
      expected: minimum,
      actual,
      text: VALIDATION_MESSAGES.COUNTERPART_RATIO({ nsdp, minimum, ratio, nstw, unit: plan.unit }),
    }),
  ];
}
