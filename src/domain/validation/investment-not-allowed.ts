import { entryLabel } from '../catalogue';
import { at } from '../findings';
import { ZERO } from '../money/decimal';
import type { Plan } from '../plan';
import { makeFinding, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * INVESTMENT_NOT_ALLOWED (warning): vốn đầu tư phát triển on an item whose catalogue entry
 * takes recurrent money only. A warning, not an error: provinces do re-assign money and
 * the catalogue may lag behind them. Items outside the plan's built-in catalogue (user rows, a
 * catalogue the outline does not know) are skipped.
 */
export function checkInvestmentAllowed(plan: Plan, context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  for (const item of plan.items) {
    const value = item.stated.nstw_dau_tu;
    if (value === undefined || !value.isPositive() || value.isZero()) continue;
    const entry = context.entryOf(item);
    if (!entry || entry.investment) continue;
    const below = context.childSum(item, 'nstw_dau_tu');
    if (below !== undefined && below.eq(value)) continue;
    findings.push(
      makeFinding({
        severity: 'warning',
        code: 'INVESTMENT_NOT_ALLOWED',
        where: at.item(item.code),
        expected: ZERO,
        actual: value,
        text: VALIDATION_MESSAGES.INVESTMENT_NOT_ALLOWED({
          code: item.code,
          label: entryLabel(entry, context.outline.catalogue),
          value,
          unit: plan.unit,
        }),
      }),
    );
  }
  return findings;
}
