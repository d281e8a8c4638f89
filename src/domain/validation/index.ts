/**
 * Plan validation: every place where a plan's figures do not add up or break a rule,
 * as findings (never thrown). Each rule is a pure function of the plan and a shared
 * context in its own file; the context reads the plan's outline, whose own findings (a parent
 * cycle, an unknown parent, a repeated code) come first. This module runs the rules and orders
 * what they find.
 */
import type { Where } from '../findings';
import type { Plan } from '../plan';
import { createContext, type Rule, type ValidationFinding, type ValidationOptions } from './context';
import { checkCounterpartRatio } from './counterpart-ratio';
import { checkFloatDrift } from './float-drift';
import { checkInvestmentAllowed } from './investment-not-allowed';
import { checkItemTotals } from './item-total';
import { checkNegativeAmounts } from './negative-amount';
import { checkNotApplicableMoney } from './not-applicable-money';
import { checkNstwSplit } from './nstw-split';
import { checkParentSums } from './parent-sum';
import { checkPlanTotals } from './plan-total';
import { checkStepDecimals } from './step-decimals';

export {
  createContext,
  type Rule,
  type ValidationContext,
  type ValidationFinding,
  type ValidationOptions,
} from './context';
export { VALIDATION_MESSAGES, type ValidationCode } from './messages';
export {
  checkCounterpartRatio,
  checkFloatDrift,
  checkInvestmentAllowed,
  checkItemTotals,
  checkNegativeAmounts,
  checkNotApplicableMoney,
  checkNstwSplit,
  checkParentSums,
  checkPlanTotals,
  checkStepDecimals,
};

/**
 * The rules in the order their findings appear for one item (after the outline's, about the
 * structure): the sums, then what an item may hold, then the warnings about how a figure is written.
 */
export const RULES: readonly Rule[] = [
  checkItemTotals,
  checkNstwSplit,
  checkParentSums,
  checkPlanTotals,
  checkNotApplicableMoney,
  checkNegativeAmounts,
  checkCounterpartRatio,
  checkInvestmentAllowed,
  checkStepDecimals,
  checkFloatDrift,
];

/**
 * Validates a plan. Findings come in document order of the items they point at, a finding about
 * the input as a whole (an unknown catalogue) first and the plan's totals (`TONG`) last; for one
 * place, the outline's finding first, then in the order of {@link RULES}. Each problem of the
 * plan's tree is the outline's finding, reported once, with the same code and text as the
 * section, the Word table and the sheet template report it.
 * Options override `plan.settings`; the default step is 1 đồng in the plan's unit and
 * the counterpart ratio is checked only when one is set.
 */
export function validatePlan(plan: Plan, options: ValidationOptions = {}): ValidationFinding[] {
  const context = createContext(plan, options);
  const findings: ValidationFinding[] = [...context.outline.findings];
  for (const rule of RULES) findings.push(...rule(plan, context));
  const position = new Map<string, number>();
  plan.items.forEach((item, i) => {
    if (!position.has(item.code)) position.set(item.code, i);
  });
  // Findings point at items, at the plan's totals or (the outline's) at the input as a whole.
  const rank = (where: Where) =>
    where.kind === 'item'
      ? (position.get(where.code) ?? plan.items.length)
      : where.kind === 'none'
        ? -1
        : Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable, so findings for one place keep the rules' order.
  return findings
    .map((finding, i) => ({ finding, key: rank(finding.where), i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.finding);
}
