import type { Finding } from '../findings';
import { ZERO } from '../money/decimal';
import type { Plan } from '../plan';
import { makeFinding, statedEntries, type ValidationContext } from './context';
import { notApplicableMessage } from './messages';

/**
 * NOT_APPLICABLE_MONEY (error): an item the plan marks "không thuộc đối tượng" that still
 * states a non-zero amount. A stated zero is how plans often write "nothing", so it passes.
 * One finding per item: its amounts are one mistake, listed together in the message;
 * `actual` is the first of them (the total when it is stated).
 */
export function checkNotApplicableMoney(plan: Plan, context: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  for (const item of plan.items) {
    if (item.applicable) continue;
    const nonZero = statedEntries(item.stated).filter(([, v]) => !v.isZero());
    const first = nonZero[0];
    if (!first) continue;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'NOT_APPLICABLE_MONEY',
        where: item.code,
        expected: ZERO,
        actual: first[1],
        message: notApplicableMessage(item.code, context.kindOf(item), nonZero, plan.unit),
      }),
    );
  }
  return findings;
}
