import { at } from '../findings';
import { SOURCE_LABEL_EN, SOURCE_LABEL_VI, type Plan } from '../plan';
import { makeFinding, statedEntries, type ValidationContext, type ValidationFinding } from './context';
import { intervalOf } from './approximate';
import { VALIDATION_MESSAGES } from './messages';
import { partRange } from './not-split';
import { judge, withNote } from './rounded';

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
      const range = partRange(key, (k) => context.outline.childAmount(node, k));
      if (children === undefined || range === undefined) continue;
      const precision = item.approx?.[key];
      const judged = judge({
        where: at.item(item.code),
        what: { vi: SOURCE_LABEL_VI[key].toLowerCase(), en: SOURCE_LABEL_EN[key].toLowerCase() },
        otherWhat: { vi: 'tổng các dòng con', en: 'the rows below add up to' },
        statedValue: stated,
        statedPrecision: precision,
        stated: intervalOf(stated, precision),
        other: range,
        unit: plan.unit,
      });
      if (judged.info && precision !== undefined) findings.push(judged.info);
      if (judged.verdict !== 'outside') continue;
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
          text: withNote(
            VALIDATION_MESSAGES.PARENT_SUM({
              code: item.code,
              kind: node.kind,
              key,
              stated,
              children,
              childKinds: contributing.map((k) => k.kind),
              childCodes: contributing.map((k) => k.code),
              unit: plan.unit,
            }),
            precision !== undefined ? judged.note : undefined,
          ),
        }),
      );
    }
  });
  return findings;
}
