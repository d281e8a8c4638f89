import { at, type Where } from '../findings';
import type { Plan, StatedAmounts } from '../plan';
import { makeFinding, sumDefined, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * ITEM_TOTAL (error): a stated total that is not the sum of the stated sources.
 * Checked only when at least one source is stated: a total alone is not a contradiction.
 * The plan's own totals (`TONG`) are one more such set of figures and are checked too.
 */
export function checkItemTotals(plan: Plan, _context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const check = (where: Where, a: StatedAmounts): void => {
    const total = a.total;
    if (total === undefined) return;
    // Same figure as `sumOfSources` (stated NSTW, else its stated parts), built with fewer additions.
    const sources = sumDefined([a.nstw ?? sumDefined([a.nstw_su_nghiep, a.nstw_dau_tu]), a.nsdp, a.khac]);
    if (sources === undefined || sources.eq(total)) return;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'ITEM_TOTAL',
        where,
        expected: sources,
        actual: total,
        text: VALIDATION_MESSAGES.ITEM_TOTAL({ where, stated: total, sources, unit: plan.unit }),
      }),
    );
  };
  for (const item of plan.items) check(at.item(item.code), item.stated);
  if (plan.statedTotals) check(at.plan(), plan.statedTotals);
  return findings;
}
