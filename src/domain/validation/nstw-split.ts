import { at, type Where } from '../findings';
import type { Plan, StatedAmounts } from '../plan';
import { makeFinding, sumDefined, type ValidationContext, type ValidationFinding } from './context';
import { VALIDATION_MESSAGES } from './messages';

/**
 * NSTW_SPLIT (error): stated Ngân sách trung ương that is not vốn sự nghiệp + vốn đầu tư phát triển.
 * Checked only when a part is stated; an unstated part counts as zero because the stated
 * part and the whole are both given, so the other part is what the plan implies.
 */
export function checkNstwSplit(plan: Plan, _context: ValidationContext): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const check = (where: Where, a: StatedAmounts): void => {
    const nstw = a.nstw;
    if (nstw === undefined) return;
    const parts = sumDefined([a.nstw_su_nghiep, a.nstw_dau_tu]);
    if (parts === undefined || parts.eq(nstw)) return;
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'NSTW_SPLIT',
        where,
        expected: parts,
        actual: nstw,
        text: VALIDATION_MESSAGES.NSTW_SPLIT({ where, stated: nstw, parts, unit: plan.unit }),
      }),
    );
  };
  for (const item of plan.items) check(at.item(item.code), item.stated);
  if (plan.statedTotals) check(at.plan(), plan.statedTotals);
  return findings;
}
