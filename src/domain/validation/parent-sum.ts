import { at } from '../findings';
import type { Plan } from '../plan';
import { makeFinding, statedEntries, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * PARENT_SUM (error): for each amount a parent states, the sum of what the rows below it show
 * in the outline (their own figure, else their children's) differs from it. A key no child
 * shows is not checked: a Dự án given only at its own level (DA7 in seed 001) has nothing to
 * disagree with.
 */
export function checkParentSums(plan: Plan, context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  plan.items.forEach((item, i) => {
    const node = context.nodeAt(i);
    // A row without children has no sum: nothing to compare.
    if (!node || node.children.length === 0) return;
    for (const [key, stated] of statedEntries(item.stated)) {
      const children = context.outline.childAmount(node, key);
      if (children === undefined || children.eq(stated)) continue;
      // Only the children that contribute are named: those are the figures to re-check.
      const contributing = context.outline
        .children(node)
        .filter((k) => context.outline.amount(k, key) !== undefined);
      findings.push(
        makeFinding({
          severity: 'error',
          code: 'PARENT_SUM',
          where: at.item(item.code),
          expected: children,
          actual: stated,
          text: VALIDATION_MESSAGES.PARENT_SUM({
            code: item.code,
            kind: node.kind,
            key,
            stated,
            children,
            childKinds: contributing.map((k) => k.kind),
            childCodes: contributing.map((k) => k.code),
            unit: plan.unit,
          }),
        }),
      );
    }
  });
  return findings;
}
