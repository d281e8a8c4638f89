import type { Finding } from '../findings';
import { TONG } from '../findings';
import type { Plan, StatedAmounts } from '../plan';
import { makeFinding, sumDefined, type ValidationContext } from './context';
import { itemTotalMessage } from './messages';

/**
 * ITEM_TOTAL (error): a stated total that is not the sum of the stated sources.
 * Checked only when at least one source is stated: a total alone is not a contradiction.
 * The plan's own totals (`TONG`) are one more such set of figures and are checked too.
 */
export function checkItemTotals(plan: Plan, _context: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  const check = (where: string, a: StatedAmounts): void => {
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
        message: itemTotalMessage(where, total, sources, plan.unit),
      }),
    );
  };
  for (const item of plan.items) check(item.code, item.stated);
  if (plan.statedTotals) check(TONG, plan.statedTotals);
  return findings;
}
