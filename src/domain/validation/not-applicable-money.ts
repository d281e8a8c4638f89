import { at } from '../findings';
import { ZERO } from '../money/decimal';
import type { Plan } from '../plan';
import { makeFinding, statedEntries, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * NOT_APPLICABLE_MONEY (error): an item the plan marks "không thuộc đối tượng" that still
 * states a non-zero amount. A stated zero is how plans often write "nothing", so it passes.
 * One finding per item: its amounts are one mistake, listed together in the message;
 * `actual` is the first of them (the total when it is stated).
 */
export function checkNotApplicableMoney(plan: Plan, context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  for (const item of plan.items) {
    if (item.applicable) continue;
    const nonZero = statedEntries(item.stated).filter(([, v]) => !v.isZero());
    const first = nonZero[0];
    if (!first) continue;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'NOT_APPLICABLE_MONEY',
        where: at.item(item.code),
        expected: ZERO,
        actual: first[1],
        text: VALIDATION_MESSAGES.NOT_APPLICABLE_MONEY({
          code: item.code,
          kind: context.kindOf(item),
          amounts: nonZero,
          unit: plan.unit,
        }),
      }),
    );
  }
  return findings;
}
