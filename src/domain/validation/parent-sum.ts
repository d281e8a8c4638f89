import type { EntryKind } from '../catalogue';
import { at } from '../findings';
import type { Plan } from '../plan';
import { makeFinding, statedEntries, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * PARENT_SUM (error): for each amount a parent states, the sum of what its children
 * contribute (their own figure, else their children's, as `rollup`) differs from it.
 * A key no child states is not checked: a Dự án given only at its own level
 * (DA7 in seed 001) has nothing to disagree with.
 */
export function checkParentSums(plan: Plan, context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  for (const item of plan.items) {
    const kids = context.children.get(item.code);
    if (!kids || kids.length === 0) continue;
    for (const [key, stated] of statedEntries(item.stated)) {
      const children = context.childSum(item.code, key);
      if (children === undefined || children.eq(stated)) continue;
      // Only the children that contribute are named: those are the figures to re-check.
      const contributing = kids.filter((k) => context.rollup(k, key) !== undefined);
      const childKinds: EntryKind[] = contributing.map((k) => context.kindOf(k));
      findings.push(
        makeFinding({
          severity: 'error',
          code: 'PARENT_SUM',
          where: at.item(item.code),
          expected: children,
          actual: stated,
          text: VALIDATION_MESSAGES.PARENT_SUM({
            code: item.code,
            kind: context.kindOf(item),
            key,
            stated,
            children,
            childKinds,
            childCodes: contributing.map((k) => k.code),
            unit: plan.unit,
          }),
        }),
      );
    }
  }
  return findings;
}
