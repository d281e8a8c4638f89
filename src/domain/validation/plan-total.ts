import { kindOfLevel } from '../catalogue';
import { at } from '../findings';
import type { Plan } from '../plan';
import { intervalOf } from './approximate';
import { makeFinding, statedEntries, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';
import { partRange } from './not-split';
import { judge, withNote } from './rounded';
import { SOURCE_LABEL_EN, SOURCE_LABEL_VI } from '../plan/amounts';

/**
 * PLAN_TOTAL (error, at `TONG`): a stated plan total that differs from the sum over the
 * Dự án. The items' side goes through `planAmount`, which derives `nstw` from its parts,
 * so "NSTW 7.538" is compared even when the items state only vốn sự nghiệp.
 * A key no item states is not checked. NSTW an item states without its split is not counted as
 * a zero part: a stated vốn sự nghiệp total is an error only when no split of it could match.
 * A total written with a qualifier ("hơn 512 tỷ") is an interval (ROUNDED_MATCH when it overlaps).
 */
export function checkPlanTotals(plan: Plan, context: ValidationContext): ValidationFinding[] {
  if (!plan.statedTotals) return [];
  const findings: ValidationFinding[] = [];
  for (const [key, stated] of statedEntries(plan.statedTotals)) {
    const items = context.planAmount(key);
    const range = partRange(key, (k) => context.planAmount(k));
    if (items === undefined || range === undefined) continue;
    const where = at.plan();
    const judged = judge({
      where,
      what: { vi: SOURCE_LABEL_VI[key].toLowerCase(), en: SOURCE_LABEL_EN[key].toLowerCase() },
      otherWhat: { vi: 'tổng các Dự án', en: 'the Projects add up to' },
      statedValue: stated,
      statedPrecision: plan.statedTotalsApprox?.[key],
      stated: intervalOf(stated, plan.statedTotalsApprox?.[key]),
      other: range,
      unit: plan.unit,
    });
    // A range that comes only from unsplit NSTW is not a rounding: no verdict is given for it.
    if (judged.info && plan.statedTotalsApprox?.[key] !== undefined) findings.push(judged.info);
    if (judged.verdict !== 'outside') continue;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'PLAN_TOTAL',
        where,
        expected: items,
        actual: stated,
        text: withNote(
          VALIDATION_MESSAGES.PLAN_TOTAL({
            key,
            stated,
            items,
            unit: plan.unit,
            top: kindOfLevel(context.outline.catalogue, 1),
          }),
          plan.statedTotalsApprox?.[key] !== undefined ? judged.note : undefined,
        ),
      }),
    );
  }
  return findings;
}
