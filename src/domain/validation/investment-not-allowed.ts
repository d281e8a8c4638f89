import { entryLabel } from '../catalogue';
import type { Finding } from '../findings';
import { ZERO } from '../money/decimal';
import type { Plan } from '../plan';
import { makeFinding, type ValidationContext } from './context';
import { investmentMessage } from './messages';

/**
 * INVESTMENT_NOT_ALLOWED (warning): vốn đầu tư phát triển on an item whose catalogue entry
 * takes recurrent money only. A warning, not an error: provinces do re-assign money and
 * the catalogue may lag behind them. Items outside the built-in catalogue are skipped.
 */
export function checkInvestmentAllowed(plan: Plan, context: ValidationContext): Finding[] {
  const catalogue = context.catalogue;
  if (!catalogue) return [];
  const findings: Finding[] = [];
  for (const item of plan.items) {
    const value = item.stated.nstw_dau_tu;
    if (value === undefined || !value.isPositive() || value.isZero()) continue;
    const entry = catalogue.get(item.code);
    if (!entry || entry.investment) continue;
    findings.push(
      makeFinding({
        severity: 'warning',
        code: 'INVESTMENT_NOT_ALLOWED',
        where: item.code,
        expected: ZERO,
        actual: value,
        message: investmentMessage(item.code, entryLabel(entry), value, plan.unit),
      }),
    );
  }
  return findings;
}
